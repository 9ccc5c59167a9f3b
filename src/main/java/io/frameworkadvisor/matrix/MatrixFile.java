package io.frameworkadvisor.matrix;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON format of {@code db/seed/<topic>/matrix.json}: derived criteria, scored cells
 * with evidence references, and the wizard's questions with their weights. Documented in
 * {@code db/seed/README.md}.
 */
public record MatrixFile(String topic, Map<String, List<MetricSource>> derivedCriteria, List<CellEntry> scores,
		List<QuestionEntry> questions) {

	public record MetricSource(String metric, String scenario) {
	}

	public record CellEntry(String candidate, String criterion, BigDecimal score, Boolean derived, String rationale,
			String overrideReason, List<EvidenceRef> evidence) {
	}

	/**
	 * A claim, named by its source and a verbatim fragment of its quote; or a
	 * measurement, named by what identifies it within its dataset.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record EvidenceRef(String source, String quote, MeasurementRef measurement) {

		public EvidenceRef(String source, String quote) {
			this(source, quote, null);
		}

	}

	/**
	 * A measurement by its dataset and the fields that are unique within it (see the
	 * measurement table).
	 */
	public record MeasurementRef(String dataset, String candidate, String metric, String scenario, String workload,
			String stack) {
	}

	public record QuestionEntry(String key, String label, String help, List<OptionEntry> options) {
	}

	public record OptionEntry(String key, String label, String help, Map<String, BigDecimal> weights,
			List<MustHaveEntry> mustHaves, String basis) {
	}

	public record MustHaveEntry(String criterion, BigDecimal minScore, String reason) {
	}

}
