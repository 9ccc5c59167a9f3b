package io.frameworkadvisor.recommendation.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a recommendation depends on, as published in one immutable matrix version:
 * the candidates, criteria, scored cells with their evidence, and the questions with
 * their weights. Stored as the jsonb snapshot of a matrix version, so a recommendation
 * can always be recomputed from its version alone.
 */
public record DecisionMatrix(int methodVersion, String topicKey, String topicName, int version, Instant publishedAt,
		List<CandidateInfo> candidates, List<CriterionInfo> criteria, List<Cell> cells, List<Question> questions,
		Map<String, EvidenceItem> evidence, List<EvidenceItem> pairingAdvice) {

	public Optional<Cell> cell(String candidate, String criterion) {
		return this.cells.stream()
			.filter(cell -> cell.candidate().equals(candidate) && cell.criterion().equals(criterion))
			.findFirst();
	}

	public Optional<Question> question(String key) {
		return this.questions.stream().filter(question -> question.key().equals(key)).findFirst();
	}

	public Optional<CriterionInfo> criterion(String key) {
		return this.criteria.stream().filter(criterion -> criterion.key().equals(key)).findFirst();
	}

	public Optional<CandidateInfo> candidate(String key) {
		return this.candidates.stream().filter(candidate -> candidate.key().equals(key)).findFirst();
	}

	/** An evidence item that a cell, a disagreement or the pairing advice refers to. */
	public Optional<EvidenceItem> evidenceItem(String id) {
		EvidenceItem item = this.evidence.get(id);
		if (item != null) {
			return Optional.of(item);
		}
		return (this.pairingAdvice != null)
				? this.pairingAdvice.stream().filter(advice -> advice.id().equals(id)).findFirst() : Optional.empty();
	}

	public record CandidateInfo(String key, String name) {
	}

	/**
	 * @param derived whether scores come from measurements rather than judgement
	 * @param disagreements where the sources disagree on this criterion, found when the
	 * version was published
	 */
	public record CriterionInfo(String key, String name, String description, boolean derived,
			List<Disagreement> disagreements) {
	}

	/**
	 * A disagreement between sources on a criterion.
	 *
	 * @param kind what kind of disagreement
	 * @param candidate the candidate it is about (null when about the order of
	 * candidates)
	 * @param evidence the evidence ids on the two sides
	 * @param detail numbers that quantify it, e.g. the spread ratio of a measurement
	 */
	public record Disagreement(DisagreementKind kind, String candidate, List<String> evidence, Double detail) {
	}

	public enum DisagreementKind {

		/** Two sources rank the candidates in a different order on the same metric. */
		RANKINGS_DIFFER,
		/** One candidate's figure differs a lot between sources (detail = max/min). */
		FIGURES_SPREAD,
		/** Claims favour a candidate that the measurements do not rank best. */
		CLAIMS_CONTRADICT_MEASUREMENTS,
		/** One source favours a candidate where another speaks against it. */
		STANCES_CONFLICT

	}

	/**
	 * One (candidate, criterion) score.
	 *
	 * @param evidence ids into {@link DecisionMatrix#evidence()}; empty means the cell is
	 * judgement
	 * @param derivation for derived cells, the per-dataset relative values behind the
	 * score
	 */
	public record Cell(String candidate, String criterion, double score, CellMode mode, String rationale,
			String overrideReason, List<String> evidence, List<DerivationStep> derivation) {

		public boolean judgement() {
			return this.evidence.isEmpty();
		}

	}

	public enum CellMode {

		JUDGEMENT, DERIVED, OVERRIDE

	}

	/**
	 * One dataset's contribution to a derived score: the candidate's value relative to
	 * the best.
	 */
	public record DerivationStep(String datasetSlug, String metric, String workload, double relative) {
	}

	public record Question(String key, String label, String help, List<Option> options) {

		public Optional<Option> option(String key) {
			return this.options.stream().filter(option -> option.key().equals(key)).findFirst();
		}

	}

	public record Option(String key, String label, String help, Map<String, Double> weights, List<MustHave> mustHaves,
			String basis) {
	}

	public record MustHave(String criterion, double minScore, String reason) {
	}

	/**
	 * A piece of evidence as shown with a recommendation: a measurement (with its figure
	 * and the setup it was measured on) or a claim (with its quote). Carries display data
	 * so that a stored version never needs the live evidence tables.
	 */
	public record EvidenceItem(String id, EvidenceType type, String sourceKey, String sourceTitle, String quote,
			Measured measured, Map<String, String> stances) {
	}

	public enum EvidenceType {

		MEASUREMENT, CLAIM

	}

	/**
	 * What a measurement says, ready to show: "FastAPI 182 ms, cold start, c6i.2xlarge".
	 */
	public record Measured(String candidate, String metricKey, String metricName, String statistic, String workload,
			String display, double valueInMetricUnit, String datasetSlug, String datasetTitle, String hardware) {
	}

}
