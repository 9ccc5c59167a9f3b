package io.frameworkadvisor.recommendation.engine;

import java.util.List;
import java.util.Map;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Disagreement;

/**
 * The outcome of a set of answers on one matrix version: stored as it is with a share
 * link and never recomputed for that link. Evidence is referred to by id: the items
 * themselves live in the pinned (immutable) matrix version, so a stored result stays
 * small and still shows the same evidence forever.
 *
 * @param answers the answers that counted (question key to option key), in question order
 * @param winner the best-ranked candidate that fails no must-have (or the best overall
 * when all fail one)
 * @param margin score of the winner minus the score of the next candidate that passes the
 * same must-haves (0 when the winner is the only one passing them)
 * @param reasons the criteria that contributed most to the winner's lead, most important
 * first
 * @param tradeOffs weighted criteria on which the winner is behind another candidate
 * @param split a suggested pairing when two candidates each clearly win a different group
 * of heavily weighted needs, else null
 */
public record Recommendation(int methodVersion, String topicKey, int matrixVersion, Map<String, String> answers,
		List<Ranked> ranking, String winner, double margin, Confidence confidence,
		List<ConfidenceFactor> confidenceFactors, List<Reason> reasons, List<Reason> tradeOffs, Split split,
		List<FlipPoint> flipPoints) {

	public Ranked winnerRow() {
		return this.ranking.stream().filter(row -> row.candidate().equals(this.winner)).findFirst().orElseThrow();
	}

	public record Ranked(int rank, String candidate, String name, double score,
			List<MustHaveFailure> mustHaveFailures) {

		public boolean failsMustHave() {
			return !this.mustHaveFailures.isEmpty();
		}

	}

	/** The candidate scores below what an answer requires on a criterion. */
	public record MustHaveFailure(String question, String option, String criterion, String criterionName,
			double minScore, double score, String reason) {
	}

	public enum Confidence {

		HIGH, MEDIUM, LOW

	}

	/** Why the confidence is not higher (or, for HIGH, why it is high). */
	public enum ConfidenceFactor {

		CLEAR_MARGIN, ONLY_ONE_MEETS_MUST_HAVES, NARROW_MARGIN, VERY_NARROW_MARGIN, SOURCES_DISAGREE, MOSTLY_JUDGEMENT,
		ALL_FAIL_MUST_HAVES, FEW_ANSWERS

	}

	/**
	 * One criterion in the explanation.
	 *
	 * @param weight the total weight the answers put on it
	 * @param weightShare weight / total weight
	 * @param scores every candidate's score on it
	 * @param contribution how much it adds to the winner's lead over the runner-up, in
	 * score points
	 * @param rationale the winner's cell rationale
	 * @param evidence evidence ids of every candidate's cell on this criterion
	 * @param judgement true when the winner's cell rests on no evidence
	 */
	public record Reason(String criterion, String criterionName, double weight, double weightShare,
			Map<String, Double> scores, double contribution, String rationale, List<String> evidence,
			List<Disagreement> disagreements, boolean judgement, boolean derived) {
	}

	/**
	 * "Use {@code primary} for these needs and {@code secondary} for those", with the
	 * sources' advice.
	 */
	public record Split(String primary, String secondary, List<String> primaryCriteria, List<String> secondaryCriteria,
			List<String> advice) {
	}

	/**
	 * The smallest changes that would change the winner.
	 *
	 * @param kind an answer change or a weight change
	 * @param question for ANSWER: the question whose answer changes
	 * @param fromOption the current answer (null when unanswered)
	 * @param toOption the other answer (null = leaving the question unanswered)
	 * @param criterion for WEIGHT: the criterion whose weight changes
	 * @param factor for WEIGHT: the weight multiplier at which the winner changes (above
	 * 1: it would have to matter more)
	 * @param newWinner who would win then
	 */
	public record FlipPoint(FlipKind kind, String question, String fromOption, String toOption, String criterion,
			Double factor, String newWinner) {
	}

	public enum FlipKind {

		ANSWER, WEIGHT

	}

}
