package io.frameworkadvisor.admin.matrix;

import io.frameworkadvisor.matrix.MetricEditor.MetricRow;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A metric; unit, direction and statistic as the schema allows them. */
record MetricForm(
		@NotBlank(message = "{admin.matrix.error.required}") @Pattern(regexp = "[a-z0-9][a-z0-9_]{0,62}",
				message = "{admin.matrix.error.identifier}") String key,
		@NotBlank(message = "{admin.matrix.error.required}") @Size(max = 200,
				message = "{admin.matrix.error.tooLong}") String name,
		@NotBlank(message = "{admin.matrix.error.required}") @Pattern(regexp = "ms|s|MB|GB|req/s",
				message = "{admin.matrix.error.choice}") String unit,
		@NotBlank(message = "{admin.matrix.error.required}") @Pattern(regexp = "lower|higher",
				message = "{admin.matrix.error.choice}") String better,
		@NotBlank(message = "{admin.matrix.error.required}") @Pattern(
				regexp = "p50|p90|p95|p99|mean|median|max|unspecified",
				message = "{admin.matrix.error.choice}") String statistic,
		@NotBlank(message = "{admin.matrix.error.required}") @Pattern(regexp = "\\s*\\d{1,4}\\s*",
				message = "{admin.matrix.error.position}") String position,
		Long version) {

	static final java.util.List<String> UNITS = java.util.List.of("ms", "s", "MB", "GB", "req/s");

	static final java.util.List<String> STATISTICS = java.util.List.of("p50", "p90", "p95", "p99", "mean", "median",
			"max", "unspecified");

	static MetricForm empty(int position) {
		return new MetricForm("", "", "ms", "lower", "p95", String.valueOf(position), null);
	}

	static MetricForm of(MetricRow row) {
		return new MetricForm(row.key(), row.name(), row.unit(), row.better(), row.statistic(),
				String.valueOf(row.position()), row.version());
	}

	MetricForm withVersion(long version) {
		return new MetricForm(this.key, this.name, this.unit, this.better, this.statistic, this.position, version);
	}

	MetricRow toRow() {
		return new MetricRow(0, this.key, this.name, this.unit, this.better, this.statistic, positionNumber(),
				(this.version != null) ? this.version : 0, 0);
	}

	/** Call once validation passed. */
	int positionNumber() {
		return Integer.parseInt(this.position.strip());
	}

}
