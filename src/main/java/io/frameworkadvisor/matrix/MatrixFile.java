package io.frameworkadvisor.matrix;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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

	/** A claim, named by its source and a verbatim fragment of its quote. */
	public record EvidenceRef(String source, String quote) {
	}

	public record QuestionEntry(String key, String label, String help, List<OptionEntry> options) {
	}

	public record OptionEntry(String key, String label, String help, Map<String, BigDecimal> weights,
			List<MustHaveEntry> mustHaves, String basis) {
	}

	public record MustHaveEntry(String criterion, BigDecimal minScore, String reason) {
	}

}
