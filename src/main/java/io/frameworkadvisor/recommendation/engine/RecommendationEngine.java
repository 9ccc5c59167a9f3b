package io.frameworkadvisor.recommendation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Cell;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CriterionInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Disagreement;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceItem;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.MustHave;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Option;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;
import io.frameworkadvisor.recommendation.engine.Recommendation.Confidence;
import io.frameworkadvisor.recommendation.engine.Recommendation.ConfidenceFactor;
import io.frameworkadvisor.recommendation.engine.Recommendation.FlipKind;
import io.frameworkadvisor.recommendation.engine.Recommendation.FlipPoint;
import io.frameworkadvisor.recommendation.engine.Recommendation.MustHaveFailure;
import io.frameworkadvisor.recommendation.engine.Recommendation.Ranked;
import io.frameworkadvisor.recommendation.engine.Recommendation.Reason;
import io.frameworkadvisor.recommendation.engine.Recommendation.Split;

/**
 * Computes a recommendation from answers on one matrix version. Plain Java without Spring
 * or JPA: the same answers on the same matrix always give the same result. Create one
 * engine per matrix version and reuse it; it is immutable and thread-safe.
 *
 * <p>
 * The method (shown to users on /method): every answered option adds its weights to
 * criteria; a candidate's score is the weighted mean of its cell scores; candidates
 * failing a must-have are ranked after those that pass, never dropped.
 */
public final class RecommendationEngine {

	/** Bump when the method changes in a way that changes results. */
	public static final int METHOD_VERSION = 1;

	/** Below this margin (score points) the result is a coin toss. */
	public static final double VERY_NARROW_MARGIN = 0.4;

	/** From this margin on the result is clear. */
	public static final double CLEAR_MARGIN = 1.0;

	/**
	 * A criterion carrying at least this share of the total weight is a heavily weighted
	 * need.
	 */
	public static final double HEAVY_SHARE = 0.10;

	/**
	 * A candidate "clearly wins" a criterion when it leads the next one by this many
	 * points.
	 */
	public static final double CLEAR_LEAD = 2.0;

	/**
	 * A group of needs is worth a split when it carries at least this share of the
	 * weight.
	 */
	public static final double SPLIT_GROUP_SHARE = 0.20;

	public static final int MAX_REASONS = 4;

	public static final int MAX_TRADE_OFFS = 3;

	/** A weighted criterion is a trade-off when another candidate leads by this much. */
	public static final double TRADE_OFF_GAP = 1.0;

	/**
	 * Confidence drops when more than this share of the weight rests on the winner's
	 * judgement cells (cells without evidence).
	 */
	public static final double MOSTLY_JUDGEMENT_SHARE = 0.5;

	/** With fewer answers than this, confidence is at most medium. */
	public static final int FEW_ANSWERS = 3;

	public static final int MAX_WEIGHT_FLIPS = 3;

	private final DecisionMatrix matrix;

	private final List<String> candidates;

	private final List<String> criteria;

	private final Map<String, Integer> criterionIndex = new HashMap<>();

	/**
	 * Question key to option key to option: looked up for every alternative answer of the
	 * flip search, where a scan of the lists was a third of the engine's time.
	 */
	private final Map<String, Map<String, Option>> options = new HashMap<>();

	/** scores[candidate][criterion] */
	private final double[][] scores;

	private final Cell[][] cells;

	RecommendationEngine(DecisionMatrix matrix) {
		this.matrix = matrix;
		this.candidates = matrix.candidates().stream().map(DecisionMatrix.CandidateInfo::key).toList();
		this.criteria = matrix.criteria().stream().map(CriterionInfo::key).toList();
		for (int k = 0; k < this.criteria.size(); k++) {
			this.criterionIndex.put(this.criteria.get(k), k);
		}
		for (Question question : matrix.questions()) {
			Map<String, Option> byKey = new HashMap<>();
			question.options().forEach((option) -> byKey.put(option.key(), option));
			this.options.put(question.key(), byKey);
		}
		this.scores = new double[this.candidates.size()][this.criteria.size()];
		this.cells = new Cell[this.candidates.size()][this.criteria.size()];
		for (Cell cell : matrix.cells()) {
			int c = this.candidates.indexOf(cell.candidate());
			Integer k = this.criterionIndex.get(cell.criterion());
			if (c < 0 || k == null) {
				throw new IllegalArgumentException("Cell for unknown candidate/criterion " + cell);
			}
			this.scores[c][k] = cell.score();
			this.cells[c][k] = cell;
		}
		for (int c = 0; c < this.candidates.size(); c++) {
			for (int k = 0; k < this.criteria.size(); k++) {
				if (this.cells[c][k] == null) {
					throw new IllegalArgumentException(
							"No score for " + this.candidates.get(c) + " on " + this.criteria.get(k));
				}
			}
		}
	}

	public static RecommendationEngine of(DecisionMatrix matrix) {
		return new RecommendationEngine(matrix);
	}

	public DecisionMatrix matrix() {
		return this.matrix;
	}

	/**
	 * @param answers question key to option key; a null or blank option means unanswered
	 * @throws UnknownAnswerException for a question or option the matrix does not have
	 */
	public Recommendation recommend(Map<String, String> answers) {
		Map<String, String> given = normalise(answers);
		Outcome outcome = score(given);
		int winner = outcome.order[0];
		int runnerUp = runnerUp(outcome, winner);
		List<Reason> reasons = reasons(outcome, winner, runnerUp);
		List<Reason> tradeOffs = tradeOffs(outcome, winner);
		Split split = split(outcome, winner);
		List<FlipPoint> flipPoints = new ArrayList<>(answerFlips(given, winner));
		flipPoints.addAll(weightFlips(outcome, winner));
		// Against a candidate that fails a must-have the winner wins by that, whatever
		// the scores say.
		double margin = Math.max(0, outcome.score[winner] - outcome.score[runnerUp]);
		List<ConfidenceFactor> factors = new ArrayList<>();
		Confidence confidence = confidence(outcome, winner, margin, reasons, given, factors);
		return new Recommendation(METHOD_VERSION, this.matrix.topicKey(), this.matrix.version(), given,
				ranking(outcome), this.candidates.get(winner), round(margin), confidence, factors, reasons, tradeOffs,
				split, flipPoints);
	}

	/** The winner only, for callers that compare versions. */
	public String winner(Map<String, String> answers) {
		Outcome outcome = score(normalise(answers));
		return this.candidates.get(outcome.order[0]);
	}

	private Map<String, String> normalise(Map<String, String> answers) {
		Map<String, String> given = new LinkedHashMap<>();
		for (Map.Entry<String, String> answer : answers.entrySet()) {
			Map<String, Option> optionsOfQuestion = this.options.get(answer.getKey());
			if (optionsOfQuestion == null) {
				throw UnknownAnswerException.question(answer.getKey());
			}
			if (answer.getValue() != null && !answer.getValue().isBlank()
					&& !optionsOfQuestion.containsKey(answer.getValue())) {
				throw UnknownAnswerException.option(answer.getKey(), answer.getValue());
			}
		}
		// Keep question order so that equal answers give equal results and equal stored
		// JSON.
		for (Question question : this.matrix.questions()) {
			String option = answers.get(question.key());
			if (option != null && !option.isBlank()) {
				given.put(question.key(), option);
			}
		}
		return given;
	}

	/**
	 * The candidate the winner is measured against: the next one that passes the same
	 * must-haves, or, when no other does, simply the next one.
	 */
	private static int runnerUp(Outcome outcome, int winner) {
		for (int i = 1; i < outcome.order.length; i++) {
			int c = outcome.order[i];
			if (outcome.failures.get(c).isEmpty() == outcome.failures.get(winner).isEmpty()) {
				return c;
			}
		}
		return (outcome.order.length > 1) ? outcome.order[1] : winner;
	}

	private Outcome score(Map<String, String> given) {
		double[] weights = new double[this.criteria.size()];
		List<MustHaveCheck> mustHaves = new ArrayList<>();
		for (Question question : this.matrix.questions()) {
			String optionKey = given.get(question.key());
			if (optionKey == null) {
				continue;
			}
			Option option = this.options.get(question.key()).get(optionKey);
			option.weights().forEach((criterion, weight) -> weights[index(criterion)] += weight);
			option.mustHaves().forEach(mustHave -> mustHaves.add(new MustHaveCheck(question, option, mustHave)));
		}
		return evaluate(weights, mustHaves);
	}

	private Outcome evaluate(double[] weights, List<MustHaveCheck> mustHaves) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		boolean noPreference = total == 0;
		double[] effective = weights;
		if (noPreference) {
			// No answer carries weight: every criterion counts the same, and confidence
			// says so.
			effective = new double[weights.length];
			java.util.Arrays.fill(effective, 1.0);
			total = weights.length;
		}
		int n = this.candidates.size();
		double[] score = new double[n];
		List<List<MustHaveFailure>> failures = new ArrayList<>();
		for (int c = 0; c < n; c++) {
			double sum = 0;
			for (int k = 0; k < effective.length; k++) {
				sum += effective[k] * this.scores[c][k];
			}
			score[c] = (total > 0) ? sum / total : 0;
			List<MustHaveFailure> failed = new ArrayList<>();
			for (MustHaveCheck check : mustHaves) {
				int k = index(check.mustHave().criterion());
				if (this.scores[c][k] < check.mustHave().minScore()) {
					failed.add(new MustHaveFailure(check.question().key(), check.option().key(), this.criteria.get(k),
							criterionName(k), check.mustHave().minScore(), this.scores[c][k],
							check.mustHave().reason()));
				}
			}
			failures.add(failed);
		}
		Integer[] order = new Integer[n];
		for (int c = 0; c < n; c++) {
			order[c] = c;
		}
		java.util.Arrays.sort(order,
				Comparator.comparing((Integer c) -> failures.get(c).isEmpty() ? 0 : 1)
					.thenComparing(c -> -score[c])
					.thenComparing(c -> c));
		int[] sorted = new int[n];
		for (int i = 0; i < n; i++) {
			sorted[i] = order[i];
		}
		return new Outcome(effective, total, score, failures, sorted, noPreference);
	}

	private List<Ranked> ranking(Outcome outcome) {
		List<Ranked> ranking = new ArrayList<>();
		for (int i = 0; i < outcome.order.length; i++) {
			int c = outcome.order[i];
			ranking.add(new Ranked(i + 1, this.candidates.get(c), this.matrix.candidates().get(c).name(),
					round(outcome.score[c]), outcome.failures.get(c)));
		}
		return ranking;
	}

	private List<Reason> reasons(Outcome outcome, int winner, int runnerUp) {
		List<Reason> all = new ArrayList<>();
		for (int k = 0; k < this.criteria.size(); k++) {
			if (outcome.weights[k] <= 0) {
				continue;
			}
			double contribution = outcome.weights[k] * (this.scores[winner][k] - this.scores[runnerUp][k])
					/ outcome.total;
			all.add(reason(outcome, winner, k, contribution));
		}
		List<Reason> positive = all.stream()
			.filter(reason -> reason.contribution() > 0)
			.sorted(Comparator.comparingDouble(Reason::contribution).reversed())
			.limit(MAX_REASONS)
			.toList();
		if (!positive.isEmpty()) {
			return positive;
		}
		// Nothing separates the winner from the runner-up: explain by what weighs most.
		return all.stream().sorted(Comparator.comparingDouble(Reason::weight).reversed()).limit(MAX_REASONS).toList();
	}

	private List<Reason> tradeOffs(Outcome outcome, int winner) {
		List<Reason> tradeOffs = new ArrayList<>();
		for (int k = 0; k < this.criteria.size(); k++) {
			if (outcome.weights[k] <= 0) {
				continue;
			}
			double best = bestOther(k, winner);
			if (best - this.scores[winner][k] >= TRADE_OFF_GAP) {
				tradeOffs.add(reason(outcome, winner, k,
						outcome.weights[k] * (this.scores[winner][k] - best) / outcome.total));
			}
		}
		return tradeOffs.stream()
			.sorted(Comparator.comparingDouble(Reason::contribution))
			.limit(MAX_TRADE_OFFS)
			.toList();
	}

	private Reason reason(Outcome outcome, int winner, int k, double contribution) {
		Map<String, Double> byCandidate = new LinkedHashMap<>();
		Set<String> evidence = new LinkedHashSet<>();
		for (int c = 0; c < this.candidates.size(); c++) {
			byCandidate.put(this.candidates.get(c), this.scores[c][k]);
			evidence.addAll(this.cells[c][k].evidence());
		}
		Cell winnerCell = this.cells[winner][k];
		CriterionInfo criterion = this.matrix.criteria().get(k);
		return new Reason(criterion.key(), criterion.name(), round(outcome.weights[k]),
				round(outcome.weights[k] / outcome.total), byCandidate, round(contribution), winnerCell.rationale(),
				List.copyOf(evidence), criterion.disagreements(), winnerCell.judgement(), criterion.derived());
	}

	private Split split(Outcome outcome, int winner) {
		Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
		Map<Integer, Double> shares = new HashMap<>();
		for (int k = 0; k < this.criteria.size(); k++) {
			double share = outcome.weights[k] / outcome.total;
			if (outcome.noPreference || share < HEAVY_SHARE) {
				continue;
			}
			int leader = leader(k);
			double lead = this.scores[leader][k] - bestOther(k, leader);
			if (lead >= CLEAR_LEAD) {
				groups.computeIfAbsent(leader, c -> new ArrayList<>()).add(k);
				shares.merge(leader, share, Double::sum);
			}
		}
		if (!groups.containsKey(winner)) {
			return null;
		}
		int partner = -1;
		for (Map.Entry<Integer, Double> entry : shares.entrySet()) {
			if (entry.getKey() != winner && entry.getValue() >= SPLIT_GROUP_SHARE
					&& (partner < 0 || entry.getValue() > shares.get(partner))) {
				partner = entry.getKey();
			}
		}
		if (partner < 0) {
			return null;
		}
		String primary = this.candidates.get(winner);
		String secondary = this.candidates.get(partner);
		List<String> advice = this.matrix.pairingAdvice()
			.stream()
			.filter(item -> "favours".equals(item.stances().get(primary))
					&& "favours".equals(item.stances().get(secondary)))
			.map(EvidenceItem::id)
			.toList();
		return new Split(primary, secondary, groups.get(winner).stream().map(this.criteria::get).toList(),
				groups.get(partner).stream().map(this.criteria::get).toList(), advice);
	}

	private List<FlipPoint> answerFlips(Map<String, String> given, int winner) {
		List<FlipPoint> flips = new ArrayList<>();
		for (Question question : this.matrix.questions()) {
			String current = given.get(question.key());
			List<String> alternatives = new ArrayList<>();
			question.options().stream().map(Option::key).filter(key -> !key.equals(current)).forEach(alternatives::add);
			if (current != null) {
				alternatives.add(null);
			}
			for (String alternative : alternatives) {
				Map<String, String> changed = new LinkedHashMap<>(given);
				if (alternative == null) {
					changed.remove(question.key());
				}
				else {
					changed.put(question.key(), alternative);
				}
				int newWinner = score(changed).order[0];
				if (newWinner != winner) {
					flips.add(new FlipPoint(FlipKind.ANSWER, question.key(), current, alternative, null, null,
							this.candidates.get(newWinner)));
				}
			}
		}
		return flips;
	}

	/**
	 * For each weighted criterion, the factor on its weight at which another candidate
	 * overtakes the winner. With D the winner's weighted lead and d its score difference
	 * on the criterion, the lead vanishes at factor 1 - D / (w d).
	 */
	private List<FlipPoint> weightFlips(Outcome outcome, int winner) {
		if (outcome.noPreference) {
			return List.of();
		}
		List<FlipPoint> flips = new ArrayList<>();
		for (int k = 0; k < this.criteria.size(); k++) {
			double w = outcome.weights[k];
			if (w <= 0) {
				continue;
			}
			Double bestFactor = null;
			int overtaker = -1;
			for (int c = 0; c < this.candidates.size(); c++) {
				if (c == winner || outcome.failures.get(c).isEmpty() != outcome.failures.get(winner).isEmpty()) {
					continue;
				}
				double lead = 0;
				for (int j = 0; j < this.criteria.size(); j++) {
					lead += outcome.weights[j] * (this.scores[winner][j] - this.scores[c][j]);
				}
				double d = this.scores[winner][k] - this.scores[c][k];
				if (d == 0) {
					continue;
				}
				double factor = 1 - lead / (w * d);
				if (factor <= 0) {
					continue;
				}
				if (bestFactor == null || Math.abs(Math.log(factor)) < Math.abs(Math.log(bestFactor))) {
					bestFactor = factor;
					overtaker = c;
				}
			}
			if (bestFactor != null && bestFactor != 1.0) {
				flips.add(new FlipPoint(FlipKind.WEIGHT, null, null, null, this.criteria.get(k), round(bestFactor),
						this.candidates.get(overtaker)));
			}
		}
		return flips.stream()
			.sorted(Comparator.comparingDouble(flip -> Math.abs(Math.log(Math.max(flip.factor(), 1e-9)))))
			.limit(MAX_WEIGHT_FLIPS)
			.toList();
	}

	private Confidence confidence(Outcome outcome, int winner, double margin, List<Reason> reasons,
			Map<String, String> given, List<ConfidenceFactor> factors) {
		int level;
		boolean onlyOnePasses = outcome.failures.get(winner).isEmpty() && outcome.order.length > 1
				&& !outcome.failures.get(runnerUp(outcome, winner)).isEmpty();
		if (onlyOnePasses) {
			level = 0;
			factors.add(ConfidenceFactor.ONLY_ONE_MEETS_MUST_HAVES);
		}
		else if (margin >= CLEAR_MARGIN) {
			level = 0;
			factors.add(ConfidenceFactor.CLEAR_MARGIN);
		}
		else if (margin >= VERY_NARROW_MARGIN) {
			level = 1;
			factors.add(ConfidenceFactor.NARROW_MARGIN);
		}
		else {
			level = 2;
			factors.add(ConfidenceFactor.VERY_NARROW_MARGIN);
		}
		if (reasons.stream()
			.flatMap(reason -> reason.disagreements().stream())
			.anyMatch(RecommendationEngine::undermines)) {
			level++;
			factors.add(ConfidenceFactor.SOURCES_DISAGREE);
		}
		double judgementWeight = 0;
		for (int k = 0; k < this.criteria.size(); k++) {
			if (this.cells[winner][k].judgement()) {
				judgementWeight += outcome.weights[k];
			}
		}
		if (judgementWeight / outcome.total > MOSTLY_JUDGEMENT_SHARE) {
			level++;
			factors.add(ConfidenceFactor.MOSTLY_JUDGEMENT);
		}
		if (!outcome.failures.get(winner).isEmpty()) {
			level = 2;
			factors.add(ConfidenceFactor.ALL_FAIL_MUST_HAVES);
		}
		if (outcome.noPreference || given.size() < FEW_ANSWERS) {
			level = Math.max(level, 1);
			factors.add(ConfidenceFactor.FEW_ANSWERS);
		}
		return Confidence.values()[Math.min(level, 2)];
	}

	/**
	 * Whether a disagreement puts the winner's lead in doubt: measurements ranking
	 * candidates differently, or claims contradicting the measurements. Sources taking
	 * opposite stances on a candidate are shown but are usually a caveat beside a
	 * strength, and a spread of figures across different hardware is expected; neither
	 * lowers confidence on its own.
	 */
	static boolean undermines(Disagreement disagreement) {
		return switch (disagreement.kind()) {
			case RANKINGS_DIFFER, CLAIMS_CONTRADICT_MEASUREMENTS -> true;
			case STANCES_CONFLICT, FIGURES_SPREAD -> false;
		};
	}

	private int leader(int k) {
		int leader = 0;
		for (int c = 1; c < this.candidates.size(); c++) {
			if (this.scores[c][k] > this.scores[leader][k]) {
				leader = c;
			}
		}
		return leader;
	}

	private double bestOther(int k, int except) {
		double best = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < this.candidates.size(); c++) {
			if (c != except) {
				best = Math.max(best, this.scores[c][k]);
			}
		}
		return (best == Double.NEGATIVE_INFINITY) ? this.scores[except][k] : best;
	}

	private int index(String criterion) {
		Integer k = this.criterionIndex.get(criterion);
		if (k == null) {
			throw new IllegalStateException("Matrix refers to unknown criterion '" + criterion + "'");
		}
		return k;
	}

	private String criterionName(int k) {
		return this.matrix.criteria().get(k).name();
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private record MustHaveCheck(Question question, Option option, MustHave mustHave) {
	}

	private record Outcome(double[] weights, double total, double[] score, List<List<MustHaveFailure>> failures,
			int[] order, boolean noPreference) {
	}

}
