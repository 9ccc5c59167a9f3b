package io.frameworkadvisor.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.frameworkadvisor.recommendation.RecommendationService.NewerAnswer;
import io.frameworkadvisor.recommendation.RecommendationService.Shared;
import io.frameworkadvisor.recommendation.ResultEvidence.ClaimLine;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Option;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;
import io.frameworkadvisor.recommendation.engine.Recommendation;
import io.frameworkadvisor.recommendation.engine.Recommendation.Confidence;
import io.frameworkadvisor.recommendation.engine.Recommendation.FlipKind;
import io.frameworkadvisor.recommendation.engine.Recommendation.FlipPoint;
import io.frameworkadvisor.recommendation.engine.Recommendation.MustHaveFailure;
import io.frameworkadvisor.recommendation.engine.Recommendation.Ranked;
import io.frameworkadvisor.recommendation.engine.Recommendation.Split;
import io.frameworkadvisor.wizard.WizardLinks;

/**
 * A stored recommendation as the result page shows it, built from the recommendation and
 * its pinned matrix version only (never from the live evidence tables), so that a share
 * link shows the same result forever. Text that needs words comes as a {@link Sentence}:
 * a message key with its arguments, resolved by the template.
 *
 * @param purpose a short phrase for what is being built ("an AI agent"), or null
 * @param runnerUpName the candidate the margin is measured against
 * @param answerFlips answer changes that would change the winner
 * @param weightFlips weight changes that would change the winner
 * @param newer set when a newer matrix version exists
 * @param rerunUrl the wizard's review page with these answers, on the latest version
 */
public record ResultView(String id, String topicKey, String topicName, String winnerName, String purpose,
		Sentence summary, List<RankRow> ranking, String runnerUpName, String margin, Confidence confidence,
		List<Sentence> confidenceFactors, List<ReasonView> reasons, List<ReasonView> tradeOffs, SplitView split,
		List<FlipView> answerFlips, List<FlipView> weightFlips, List<AnswerView> answers, int answered,
		int matrixVersion, Instant publishedAt, Instant createdAt, NewerView newer, String rerunUrl) {

	/** The question whose answer names what is being built. */
	static final String PURPOSE_QUESTION = "service_kind";

	public static ResultView of(Shared shared) {
		Recommendation result = shared.result();
		DecisionMatrix matrix = shared.matrix();
		Ranked winner = result.winnerRow();
		Ranked runnerUp = runnerUp(result.ranking(), winner);
		ResultEvidence evidence = new ResultEvidence(result, matrix);
		String topic = result.topicKey();
		Map<String, String> given = inQuestionOrder(matrix, result.answers());
		List<AnswerView> answers = answers(topic, matrix, given);
		return new ResultView(shared.id(), topic, matrix.topicName(), winner.name(), purpose(matrix, result.answers()),
				summary(result, winner, runnerUp), ranking(result, matrix), (runnerUp != null) ? runnerUp.name() : null,
				margin(result.margin()), result.confidence(),
				result.confidenceFactors()
					.stream()
					.map(factor -> new Sentence("result.confidence.factor." + factor.name(), winner.name(),
							(runnerUp != null) ? runnerUp.name() : "", margin(result.margin())))
					.toList(),
				result.reasons().stream().map(evidence::reason).toList(),
				result.tradeOffs().stream().map(evidence::tradeOff).toList(), split(result.split(), evidence, matrix),
				flips(result, matrix, FlipKind.ANSWER), flips(result, matrix, FlipKind.WEIGHT), answers,
				result.answers().size(), matrix.version(), matrix.publishedAt(), shared.createdAt(),
				shared.newer().map(newer -> newer(newer, matrix)).orElse(null), WizardLinks.review(topic, given));
	}

	/**
	 * The answers in the order of the questions (a stored result keeps them in jsonb,
	 * which orders keys its own way), so that links list them as the wizard does.
	 */
	static Map<String, String> inQuestionOrder(DecisionMatrix matrix, Map<String, String> answers) {
		Map<String, String> ordered = new LinkedHashMap<>();
		matrix.questions().forEach(question -> {
			if (answers.containsKey(question.key())) {
				ordered.put(question.key(), answers.get(question.key()));
			}
		});
		answers.forEach(ordered::putIfAbsent);
		return ordered;
	}

	public String path() {
		return "/r/" + this.id;
	}

	/** The message key of the confidence level. */
	public String confidenceKey() {
		return "result.confidence.level." + this.confidence.name();
	}

	public Date publishedDate() {
		return Date.from(this.publishedAt);
	}

	public LocalDate publishedOn() {
		return LocalDate.ofInstant(this.publishedAt, ZoneOffset.UTC);
	}

	public Date createdDate() {
		return Date.from(this.createdAt);
	}

	public LocalDate createdOn() {
		return LocalDate.ofInstant(this.createdAt, ZoneOffset.UTC);
	}

	/** Whether the page has a notice that a newer version would answer differently. */
	public boolean newerDiffers() {
		return this.newer != null && this.newer.differs();
	}

	/** The wizard at its first step with these answers, to change several of them. */
	public String changeUrl() {
		return WizardLinks.step(this.topicKey, answerMap(), 1);
	}

	private Map<String, String> answerMap() {
		Map<String, String> map = new LinkedHashMap<>();
		this.answers.stream()
			.filter(AnswerView::answered)
			.forEach(answer -> map.put(answer.question(), answer.option()));
		return map;
	}

	/**
	 * The candidate the winner is measured against, as the engine does: the next one that
	 * passes the same must-haves, or else simply the next one.
	 */
	static Ranked runnerUp(List<Ranked> ranking, Ranked winner) {
		return ranking.stream()
			.filter(row -> row != winner && row.failsMustHave() == winner.failsMustHave())
			.findFirst()
			.orElse(ranking.stream().filter(row -> row != winner).findFirst().orElse(null));
	}

	private static Sentence summary(Recommendation result, Ranked winner, Ranked runnerUp) {
		String score = points(winner.score());
		if (winner.failsMustHave()) {
			return new Sentence("result.summary.allFail", winner.name(), score);
		}
		if (runnerUp == null) {
			return new Sentence("result.summary.alone", winner.name(), score);
		}
		if (runnerUp.failsMustHave()) {
			return new Sentence("result.summary.onlyOne", winner.name(), score);
		}
		return new Sentence("result.summary.lead", winner.name(), score, runnerUp.name(), margin(result.margin()));
	}

	/**
	 * A short phrase from the label of the "what are you building" answer: "An AI agent,
	 * RAG or LLM-orchestration backend" becomes "an AI agent", "A JSON API or
	 * microservice for web or mobile clients" becomes "a JSON API or microservice".
	 */
	static String purpose(DecisionMatrix matrix, Map<String, String> answers) {
		String option = answers.get(PURPOSE_QUESTION);
		if (option == null) {
			return null;
		}
		return matrix.question(PURPOSE_QUESTION)
			.flatMap(question -> question.option(option))
			.map(Option::label)
			.map(ResultView::shorten)
			.orElse(null);
	}

	static String shorten(String label) {
		String phrase = label.strip();
		for (String cut : List.of(" (", ":", " with ", " for ", " in front of ", " that ")) {
			int at = phrase.indexOf(cut);
			if (at > 0) {
				phrase = phrase.substring(0, at);
			}
		}
		if (phrase.length() > 32 && phrase.indexOf(',') > 0) {
			phrase = phrase.substring(0, phrase.indexOf(','));
		}
		String firstWord = phrase.split(" ", 2)[0];
		if (List.of("A", "An", "The").contains(firstWord)) {
			phrase = phrase.substring(0, 1).toLowerCase(Locale.ROOT) + phrase.substring(1);
		}
		return phrase;
	}

	private static List<RankRow> ranking(Recommendation result, DecisionMatrix matrix) {
		return result.ranking()
			.stream()
			.map(row -> new RankRow(row.rank(), row.candidate(), row.name(), points(row.score()), percent(row.score()),
					row.candidate().equals(result.winner()),
					row.mustHaveFailures().stream().map(failure -> failure(row, failure, matrix)).toList()))
			.toList();
	}

	private static Sentence failure(Ranked row, MustHaveFailure failure, DecisionMatrix matrix) {
		Question question = matrix.question(failure.question()).orElse(null);
		String questionLabel = (question != null) ? question.label() : failure.question();
		String optionLabel = (question != null)
				? question.option(failure.option()).map(Option::label).orElse(failure.option()) : failure.option();
		return new Sentence("result.ranking.failure", row.name(), points(failure.score()), failure.criterionName(),
				points(failure.minScore()), optionLabel, questionLabel, failure.reason());
	}

	private static SplitView split(Split split, ResultEvidence evidence, DecisionMatrix matrix) {
		if (split == null) {
			return null;
		}
		return new SplitView(evidence.candidateName(split.primary()), evidence.candidateName(split.secondary()),
				criterionNames(split.primaryCriteria(), matrix), criterionNames(split.secondaryCriteria(), matrix),
				split.advice().stream().map(evidence::claim).filter(Objects::nonNull).toList());
	}

	private static List<String> criterionNames(List<String> keys, DecisionMatrix matrix) {
		return keys.stream()
			.map(key -> matrix.criterion(key).map(DecisionMatrix.CriterionInfo::name).orElse(key))
			.toList();
	}

	private static List<FlipView> flips(Recommendation result, DecisionMatrix matrix, FlipKind kind) {
		List<FlipView> flips = new ArrayList<>();
		String winnerName = result.winnerRow().name();
		for (FlipPoint flip : result.flipPoints()) {
			if (flip.kind() != kind) {
				continue;
			}
			String newWinner = result.ranking()
				.stream()
				.filter(row -> row.candidate().equals(flip.newWinner()))
				.map(Ranked::name)
				.findFirst()
				.orElse(flip.newWinner());
			flips.add((kind == FlipKind.ANSWER) ? answerFlip(result, matrix, flip, newWinner)
					: weightFlip(matrix, flip, newWinner, winnerName));
		}
		return flips;
	}

	private static FlipView answerFlip(Recommendation result, DecisionMatrix matrix, FlipPoint flip, String newWinner) {
		Question question = matrix.question(flip.question()).orElse(null);
		String questionLabel = (question != null) ? question.label() : flip.question();
		Map<String, String> changed = new LinkedHashMap<>(result.answers());
		if (flip.toOption() == null) {
			changed.remove(flip.question());
		}
		else {
			changed.put(flip.question(), flip.toOption());
		}
		String tryUrl = WizardLinks.review(result.topicKey(), inQuestionOrder(matrix, changed));
		if (flip.fromOption() == null) {
			return new FlipView(new Sentence("result.flip.answer.added", optionLabel(question, flip.toOption()),
					questionLabel, newWinner), tryUrl);
		}
		if (flip.toOption() == null) {
			return new FlipView(new Sentence("result.flip.answer.removed", questionLabel,
					optionLabel(question, flip.fromOption()), newWinner), tryUrl);
		}
		return new FlipView(new Sentence("result.flip.answer.changed", optionLabel(question, flip.toOption()),
				optionLabel(question, flip.fromOption()), questionLabel, newWinner), tryUrl);
	}

	private static FlipView weightFlip(DecisionMatrix matrix, FlipPoint flip, String newWinner, String winnerName) {
		String criterion = matrix.criterion(flip.criterion())
			.map(DecisionMatrix.CriterionInfo::name)
			.orElse(flip.criterion());
		double factor = flip.factor();
		if (factor >= 1) {
			return new FlipView(
					new Sentence("result.flip.weight.more", criterion, factor(factor), newWinner, winnerName), null);
		}
		long less = Math.round((1 - factor) * 100);
		if (less >= 100) {
			return new FlipView(new Sentence("result.flip.weight.none", criterion, newWinner, winnerName), null);
		}
		return new FlipView(
				new Sentence("result.flip.weight.less", criterion, Math.max(1, less), newWinner, winnerName), null);
	}

	private static String optionLabel(Question question, String option) {
		if (question == null) {
			return option;
		}
		return question.option(option).map(Option::label).orElse(option);
	}

	private static List<AnswerView> answers(String topic, DecisionMatrix matrix, Map<String, String> answers) {
		List<AnswerView> views = new ArrayList<>();
		List<Question> questions = matrix.questions();
		for (int i = 0; i < questions.size(); i++) {
			Question question = questions.get(i);
			String option = answers.get(question.key());
			views.add(new AnswerView(i + 1, question.key(), question.label(), option,
					(option != null) ? optionLabel(question, option) : null,
					WizardLinks.step(topic, answers, question.key())));
		}
		return views;
	}

	private static NewerView newer(NewerAnswer newer, DecisionMatrix matrix) {
		String winnerName = (newer.winner() != null)
				? matrix.candidate(newer.winner()).map(DecisionMatrix.CandidateInfo::name).orElse(newer.winner())
				: null;
		return new NewerView(newer.version(), winnerName, newer.differs());
	}

	/** A score on the 0–10 scale: one decimal, without a trailing ".0". */
	static String points(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

	/** A margin: like a score, but small margins keep their second decimal. */
	static String margin(double value) {
		return (value > 0 && value < 0.1) ? String.format(Locale.ROOT, "%.2f", value) : points(value);
	}

	static String factor(double value) {
		return (value >= 10) ? String.valueOf(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value);
	}

	/** A 0–10 score as a percentage of the scale, for the width of a bar. */
	static double percent(double score) {
		return Math.max(0, Math.min(100, Math.round(score * 100) / 10.0));
	}

	/** A text with words: a message key and its arguments. */
	public record Sentence(String key, Object... args) {
	}

	/**
	 * @param failures the must-haves this candidate fails, each as a sentence with its
	 * reason
	 */
	public record RankRow(int rank, String candidate, String name, String score, double percent, boolean winner,
			List<Sentence> failures) {
	}

	/**
	 * One criterion in the explanation: why it counts, the scores, and the evidence.
	 *
	 * @param weightPercent the share of the answers' weight on it
	 * @param summary what it does for (or costs) the winner
	 * @param judgement whether the winner's score rests on no evidence
	 * @param measurements one line per (dataset, metric, workload)
	 * @param figuresSpread whether a candidate's figures differ a lot between datasets
	 * (the page then says why figures of different setups do not compare)
	 */
	public record ReasonView(String criterion, String name, long weightPercent, Sentence summary, String rationale,
			boolean judgement, boolean derived, List<ResultEvidence.ScoreView> scores,
			List<ResultEvidence.MeasurementLine> measurements, List<ClaimLine> claims, List<Sentence> disagreements,
			boolean figuresSpread) {
	}

	public record SplitView(String primary, String secondary, List<String> primaryCriteria,
			List<String> secondaryCriteria, List<ClaimLine> advice) {
	}

	/**
	 * @param tryUrl the review page with the changed answer, or null
	 */
	public record FlipView(Sentence sentence, String tryUrl) {
	}

	/**
	 * @param option the option key, or null when unanswered
	 * @param answer the option's label, or null when unanswered
	 * @param changeUrl the wizard at this question with every answer filled in
	 */
	public record AnswerView(int number, String question, String label, String option, String answer,
			String changeUrl) {

		public boolean answered() {
			return this.option != null;
		}

	}

	/**
	 * @param winnerName who the newer version recommends (null: it cannot say)
	 */
	public record NewerView(int version, String winnerName, boolean differs) {
	}

}
