package io.frameworkadvisor.admin.matrix;

import java.math.BigDecimal;
import java.util.List;

import io.frameworkadvisor.matrix.ScoreEditor.CellEdit;
import io.frameworkadvisor.matrix.ScoreEditor.CellRow;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One matrix cell as edited: the score (0–10, not used in mode derived), the mode, the
 * rationale, the reason for an override and the chosen evidence ids.
 */
record CellForm(
		@Pattern(regexp = "\\s*(\\d{1,2}([.,]\\d{1,2})?)?\\s*", message = "{admin.matrix.error.score}") String value,
		@NotBlank(message = "{admin.matrix.error.required}") @Pattern(regexp = "judgement|derived|override",
				message = "{admin.matrix.error.choice}") String mode,
		@Size(max = 5000, message = "{admin.matrix.error.tooLong}") String rationale,
		@Size(max = 2000, message = "{admin.matrix.error.tooLong}") String overrideReason, List<String> evidence,
		Long version) {

	static CellForm of(CellRow row) {
		return new CellForm((row.value() != null) ? row.value().stripTrailingZeros().toPlainString() : "", row.mode(),
				row.rationale(), row.overrideReason(), row.evidence(), row.version());
	}

	CellForm withVersion(long version) {
		return new CellForm(this.value, this.mode, this.rationale, this.overrideReason, this.evidence, version);
	}

	/** The score, or null when none was given; call once the pattern was checked. */
	BigDecimal number() {
		return (this.value == null || this.value.isBlank()) ? null
				: new BigDecimal(this.value.strip().replace(',', '.'));
	}

	public List<String> evidenceOrEmpty() {
		return (this.evidence != null) ? this.evidence : List.of();
	}

	CellEdit toEdit() {
		return new CellEdit(number(), this.mode, (this.rationale != null) ? this.rationale : "",
				(this.overrideReason != null) ? this.overrideReason.strip() : null, evidenceOrEmpty(),
				(this.version != null) ? this.version : -1);
	}

}
