package io.frameworkadvisor.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.frameworkadvisor.recommendation.RecommendationService.NewerAnswer;
import io.frameworkadvisor.recommendation.RecommendationService.Shared;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.Recommendation;
import io.frameworkadvisor.recommendation.engine.Recommendation.Ranked;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.annotation.JsonSerialize;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A recommendation as the JSON API returns it, mapped from the stored result and its
 * pinned matrix version (never recomputed), so the same id always gives the same body;
 * only {@code newerVersion} can appear later. The field names are a public contract: add
 * fields, never rename or remove them. Enumerated values are lower case.
 */
@Schema(name = "Recommendation",
		description = "A ranking of the topic's candidates for the given answers, with the criteria that decided it, the "
				+ "evidence behind them, how confident it is and what would change it.")
record RecommendationResponse(
		@Schema(requiredMode = REQUIRED,
				description = "The share-link id: random and unguessable (at least 64 bits), URL-safe.",
				example = "q3Yx0Jm2_4kLr9Tw") String id,
		@Schema(requiredMode = REQUIRED, description = "The absolute URL of the result page (`/r/{id}`).",
				example = "https://advisor.example.com/r/q3Yx0Jm2_4kLr9Tw") String url,
		@Schema(requiredMode = REQUIRED, description = "Key of the topic.",
				example = "python-web-frameworks") String topic,
		@Schema(requiredMode = REQUIRED,
				description = "The matrix version the recommendation was computed on " + "and stays pinned to.",
				example = "1") int matrixVersion,
		@Schema(requiredMode = REQUIRED, description = "When it was computed.") Instant createdAt,
		@Schema(requiredMode = REQUIRED,
				description = "The answers that counted (unanswered questions left out), in question order.",
				example = "{\"service_kind\": \"ai_backend\", \"io_profile\": \"external_waits\"}") Map<String, String> answers,
		@Schema(requiredMode = REQUIRED,
				description = "Key of the recommended candidate: the best-ranked one that fails no must-have "
						+ "(the best overall when all fail one).",
				example = "fastapi") String winner,
		@Schema(requiredMode = REQUIRED, description = "Every candidate, best first.") List<RankedCandidate> ranking,
		@Schema(requiredMode = REQUIRED,
				description = "Score points between the winner and the next candidate that meets the same must-haves.",
				example = "1.62") double margin,
		@Schema(requiredMode = REQUIRED, allowableValues = {
				"high", "medium", "low" }, example = "high") String confidence,
		@Schema(requiredMode = REQUIRED, description = "Why the confidence is what it is.",
				example = "[\"clear_margin\"]") List<String> confidenceFactors,
		@Schema(requiredMode = REQUIRED,
				description = "The criteria that contributed most to the winner's lead, most important first, "
						+ "with their evidence.") List<Reason> reasons,
		@Schema(requiredMode = REQUIRED,
				description = "Weighted criteria on which another candidate beats the winner: what you give up.") List<Reason> tradeOffs,
		@Schema(requiredMode = REQUIRED, nullable = true,
				description = "When two candidates each clearly win a different group of heavily weighted needs: "
						+ "the pairing the sources suggest. Null otherwise.") Split split,
		@Schema(requiredMode = REQUIRED,
				description = "The smallest changes of the answers or of one weight that would change the winner.") List<FlipPoint> flipPoints,
		@Schema(requiredMode = REQUIRED, nullable = true,
				description = "Set when a matrix version newer than the pinned one has been published: what it "
						+ "recommends for the same answers. Null otherwise.") NewerVersion newerVersion){

	static RecommendationResponse of(Shared shared, String url, EvidenceLists evidence) {
		Recommendation result = shared.result();
		DecisionMatrix matrix = shared.matrix();
		List<String> order = result.ranking().stream().map(Ranked::candidate).toList();
		return new RecommendationResponse(shared.id(), url, result.topicKey(), result.matrixVersion(),
				shared.createdAt(), new LinkedHashMap<>(result.answers()), result.winner(),
				result.ranking().stream().map(RankedCandidate::of).toList(), result.margin(),
				lowerCase(result.confidence()),
				result.confidenceFactors().stream().map(RecommendationResponse::lowerCase).toList(),
				result.reasons().stream().map(reason -> Reason.of(reason, order, matrix, evidence)).toList(),
				result.tradeOffs().stream().map(reason -> Reason.of(reason, order, matrix, evidence)).toList(),
				(result.split() != null) ? Split.of(result.split(), matrix, evidence) : null,
				result.flipPoints().stream().map(FlipPoint::of).toList(),
				shared.newer().map(NewerVersion::of).orElse(null));
	}

	private static String lowerCase(Enum<?> value) {
		return (value != null) ? value.name().toLowerCase(Locale.ROOT) : null;
	}

	@Schema(name = "RankedCandidate", description = "A candidate's place in the ranking.")
	record RankedCandidate(@Schema(requiredMode = REQUIRED, example = "fastapi") String candidate,
			@Schema(requiredMode = REQUIRED, example = "FastAPI") String name,
			@Schema(requiredMode = REQUIRED, description = "Weighted mean of its criterion scores, 0–10.",
					example = "8.47") double score,
			@Schema(requiredMode = REQUIRED,
					description = "The must-haves of the answers it fails; empty when none. A candidate failing one is "
							+ "ranked after those that pass, never left out.") List<MustHaveFailure> mustHaveFailures) {

		static RankedCandidate of(Ranked row) {
			return new RankedCandidate(row.candidate(), row.name(), row.score(),
					row.mustHaveFailures().stream().map(MustHaveFailure::of).toList());
		}

	}

	@Schema(name = "MustHaveFailure", description = "An answer requires a minimum score the candidate does not reach.")
	record MustHaveFailure(@Schema(requiredMode = REQUIRED, example = "realtime") String question,
			@Schema(requiredMode = REQUIRED, example = "streaming") String option,
			@Schema(requiredMode = REQUIRED, description = "Key of the criterion.",
					example = "realtime") String criterion,
			@Schema(requiredMode = REQUIRED, example = "Real-time and streaming") String criterionName,
			@Schema(requiredMode = REQUIRED, example = "5.0") double minScore,
			@Schema(requiredMode = REQUIRED, description = "The candidate's score on the criterion.",
					example = "3.0") double score,
			@Schema(requiredMode = REQUIRED, description = "What the candidate lacks.") String reason) {

		static MustHaveFailure of(Recommendation.MustHaveFailure failure) {
			return new MustHaveFailure(failure.question(), failure.option(), failure.criterion(),
					failure.criterionName(), failure.minScore(), failure.score(), failure.reason());
		}

	}

	@Schema(name = "Reason",
			description = "A weighted criterion in the explanation, with the evidence behind its scores.")
	record Reason(
			@Schema(requiredMode = REQUIRED, description = "Key of the criterion.",
					example = "io_concurrency") String criterion,
			@Schema(requiredMode = REQUIRED,
					example = "I/O concurrency under slow external calls") String criterionName,
			@Schema(requiredMode = REQUIRED, description = "The total weight the answers put on the criterion.",
					example = "10.0") double weight,
			@Schema(requiredMode = REQUIRED, description = "That weight as a share of the total weight, 0–1.",
					example = "0.31") double weightShare,
			@Schema(requiredMode = REQUIRED,
					description = "Every candidate's score on the criterion, 0–10, by candidate "
							+ "key, in ranking order.",
					example = "{\"fastapi\": 9.0, \"django\": 5.0, \"flask\": 3.0}") Map<String, Double> scores,
			@Schema(requiredMode = REQUIRED,
					description = "What the criterion adds to the winner's lead over the runner-up, in score points "
							+ "(negative for a trade-off).",
					example = "0.93") double contribution,
			@Schema(requiredMode = REQUIRED, nullable = true,
					description = "Why the winner scores what it does on the criterion.") String rationale,
			@Schema(requiredMode = REQUIRED,
					description = "True when the winner's score rests on no evidence (an editor's judgement).") boolean judgement,
			@Schema(requiredMode = REQUIRED,
					description = "True when the scores are derived from the measurements.") boolean derived,
			@Schema(requiredMode = REQUIRED,
					description = "The measurements and claims behind the candidates' scores on the criterion.") @JsonSerialize(
							using = EvidenceLists.Serializer.class) List<EvidenceReference> evidence,
			@Schema(requiredMode = REQUIRED,
					description = "Where the sources disagree on the criterion; empty when they do not.") List<Disagreement> disagreements) {

		static Reason of(Recommendation.Reason reason, List<String> order, DecisionMatrix matrix,
				EvidenceLists evidence) {
			Map<String, Double> scores = new LinkedHashMap<>();
			order.stream()
				.filter(reason.scores()::containsKey)
				.forEach(candidate -> scores.put(candidate, reason.scores().get(candidate)));
			reason.scores().forEach(scores::putIfAbsent);
			List<Disagreement> disagreements = (reason.disagreements() != null)
					? reason.disagreements().stream().map(d -> Disagreement.of(d, matrix, evidence)).toList()
					: List.of();
			return new Reason(reason.criterion(), reason.criterionName(), reason.weight(), reason.weightShare(), scores,
					reason.contribution(), reason.rationale(), reason.judgement(), reason.derived(),
					evidence.of(reason.evidence(), matrix), disagreements);
		}

	}

	@Schema(name = "Disagreement", description = "Sources that contradict each other on a criterion.")
	record Disagreement(@Schema(requiredMode = REQUIRED, allowableValues = {
			"rankings_differ", "figures_spread", "claims_contradict_measurements", "stances_conflict" },
			example = "figures_spread") String kind,
			@Schema(requiredMode = REQUIRED, nullable = true,
					description = "Key of the candidate it is about; null when it is about the order of candidates.",
					example = "fastapi") String candidate,
			@Schema(requiredMode = REQUIRED, nullable = true,
					description = "A number that quantifies it, e.g. how many times larger one source's figure is.",
					example = "3.85") Double detail,
			@Schema(requiredMode = REQUIRED, description = "The evidence on the two sides.") @JsonSerialize(
					using = EvidenceLists.Serializer.class) List<EvidenceReference> evidence){

		static Disagreement of(DecisionMatrix.Disagreement disagreement, DecisionMatrix matrix,
				EvidenceLists evidence) {
			return new Disagreement(lowerCase(disagreement.kind()), disagreement.candidate(), disagreement.detail(),
					evidence.of(disagreement.evidence(), matrix));
		}

	}

	@Schema(name = "Split",
			description = "Use `primary` for the needs in `primaryCriteria` and `secondary` for those in "
					+ "`secondaryCriteria`, as the sources advise.")
	record Split(@Schema(requiredMode = REQUIRED, example = "django") String primary,
			@Schema(requiredMode = REQUIRED, example = "fastapi") String secondary,
			@Schema(requiredMode = REQUIRED, description = "Keys of the criteria the primary candidate clearly wins.",
					example = "[\"admin\", \"auth\"]") List<String> primaryCriteria,
			@Schema(requiredMode = REQUIRED, description = "Keys of the criteria the secondary candidate clearly wins.",
					example = "[\"io_concurrency\"]") List<String> secondaryCriteria,
			@Schema(requiredMode = REQUIRED,
					description = "The sources' own advice on such a pairing, quoted.") @JsonSerialize(
							using = EvidenceLists.Serializer.class) List<EvidenceReference> advice) {

		static Split of(Recommendation.Split split, DecisionMatrix matrix, EvidenceLists evidence) {
			return new Split(split.primary(), split.secondary(), split.primaryCriteria(), split.secondaryCriteria(),
					evidence.of(split.advice(), matrix));
		}

	}

	@Schema(name = "FlipPoint", description = "A smallest change that would change the winner.")
	record FlipPoint(
			@Schema(requiredMode = REQUIRED,
					description = "A different answer, or a different weight of one criterion.", allowableValues = {
							"answer", "weight" },
					example = "answer") String kind,
			@Schema(requiredMode = REQUIRED, nullable = true,
					description = "For `answer`: the question whose answer changes.",
					example = "realtime") String question,
			@Schema(requiredMode = REQUIRED, nullable = true,
					description = "For `answer`: the current answer (null when unanswered).",
					example = "streaming") String fromOption,
			@Schema(requiredMode = REQUIRED, nullable = true,
					description = "For `answer`: the other answer (null: leaving the question unanswered).",
					example = "none") String toOption,
			@Schema(requiredMode = REQUIRED, nullable = true,
					description = "For `weight`: key of the criterion whose weight changes.") String criterion,
			@Schema(requiredMode = REQUIRED, nullable = true,
					description = "For `weight`: the multiplier of its weight at which the winner changes (above 1: it "
							+ "would have to matter more).",
					example = "2.5") Double factor,
			@Schema(requiredMode = REQUIRED, description = "Who would win then.", example = "django") String newWinner){

		static FlipPoint of(Recommendation.FlipPoint flip) {
			return new FlipPoint(lowerCase(flip.kind()), flip.question(), flip.fromOption(), flip.toOption(),
					flip.criterion(), flip.factor(), flip.newWinner());
		}

	}

	@Schema(name = "NewerVersion",
			description = "A newer published matrix version than the one the recommendation is pinned to.")
	record NewerVersion(@Schema(requiredMode = REQUIRED, example = "2") int matrixVersion,
			@Schema(requiredMode = REQUIRED, nullable = true,
					description = "Who it recommends for the same answers; null when the answers no longer fit its "
							+ "questions.",
					example = "django") String winner,
			@Schema(requiredMode = REQUIRED,
					description = "Whether that differs from this recommendation: if so, post the answers again for "
							+ "an up-to-date one.") boolean differs) {

		static NewerVersion of(NewerAnswer newer) {
			return new NewerVersion(newer.version(), newer.winner(), newer.differs());
		}

	}

}
