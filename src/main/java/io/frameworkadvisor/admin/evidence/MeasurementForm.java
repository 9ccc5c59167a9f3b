package io.frameworkadvisor.admin.evidence;

import java.math.BigDecimal;
import java.util.Map;

import io.frameworkadvisor.evidence.MeasurementEditor;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The measurement form. A blank {@code stack} means the dataset's stack for the
 * candidate.
 */
record MeasurementForm(@NotBlank(message = "{evidence.form.required}") String candidate,
		@NotBlank(message = "{evidence.form.required}") String metric,
		@NotBlank(message = "{evidence.form.required}") @Pattern(regexp = "[a-z0-9][a-z0-9_]{0,62}",
				message = "{evidence.form.identifier}") String scenario,
		@NotBlank(message = "{evidence.form.required}") @Size(max = 300,
				message = "{evidence.form.tooLong}") String workload,
		@Size(max = 300, message = "{evidence.form.tooLong}") String stack,
		@NotBlank(message = "{evidence.form.required}") @Pattern(regexp = NUMBER,
				message = "{evidence.form.number}") String value,
		@Pattern(regexp = NUMBER, message = "{evidence.form.number}") String valueMax, Boolean approximate,
		@NotBlank(message = "{evidence.form.required}") String unit,
		@NotBlank(message = "{evidence.form.required}") @Size(max = 20000,
				message = "{evidence.form.tooLong}") String quote,
		@Size(max = 20000, message = "{evidence.form.tooLong}") String note, Long version) {

	/** A number as {@code Measurement.fits} allows it, or nothing. */
	static final String NUMBER = "\\s*(\\d{1,15}(\\.\\d{1,6})?)?\\s*";

	static MeasurementForm empty() {
		return new MeasurementForm("", "", "", "", "", null, null, false, "", "", "", 0L);
	}

	/** The form of a stored measurement, from its fields as text. */
	static MeasurementForm of(Map<String, String> fields) {
		return new MeasurementForm(fields.get("candidate"), fields.get("metric"), fields.get("scenario"),
				fields.get("workload"), fields.get("stack"), fields.get("value"), fields.get("valueMax"),
				Boolean.valueOf(fields.get("approximate")), fields.get("unit"), fields.get("quote"), fields.get("note"),
				Long.valueOf(fields.get("version")));
	}

	MeasurementEditor.Input toInput() {
		return new MeasurementEditor.Input(this.candidate, this.metric, this.scenario.strip(), this.workload.strip(),
				this.stack, new BigDecimal(this.value.strip()), number(this.valueMax),
				Boolean.TRUE.equals(this.approximate), this.unit, this.quote.strip(), this.note);
	}

	private static BigDecimal number(String text) {
		return (text == null || text.isBlank()) ? null : new BigDecimal(text.strip());
	}

	/** The fields as text, named like the stored ones of a conflict. */
	Map<String, String> fields() {
		return Conflicts.fields("candidate", this.candidate, "metric", this.metric, "scenario", this.scenario,
				"workload", this.workload, "stack", this.stack, "value", this.value, "valueMax", this.valueMax,
				"approximate", String.valueOf(Boolean.TRUE.equals(this.approximate)), "unit", this.unit, "quote",
				this.quote, "note", this.note);
	}

	MeasurementForm withVersion(long storedVersion) {
		return new MeasurementForm(this.candidate, this.metric, this.scenario, this.workload, this.stack, this.value,
				this.valueMax, this.approximate, this.unit, this.quote, this.note, storedVersion);
	}

}
