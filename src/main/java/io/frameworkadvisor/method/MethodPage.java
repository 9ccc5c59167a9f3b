package io.frameworkadvisor.method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.frameworkadvisor.evidence.EvidenceViews.DatasetDetail;
import io.frameworkadvisor.matrix.DisagreementView;
import io.frameworkadvisor.matrix.MatrixPage;
import io.frameworkadvisor.matrix.MatrixPage.CellView;
import io.frameworkadvisor.matrix.MatrixPage.CriterionRow;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CandidateInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.DerivationStep;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.DisagreementKind;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceItem;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceType;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Option;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;
import io.frameworkadvisor.recommendation.engine.DisagreementFinder;
import io.frameworkadvisor.recommendation.engine.Recommendation.Ranked;
import io.frameworkadvisor.recommendation.engine.RecommendationEngine;
import io.frameworkadvisor.recommendation.engine.ScoreDerivation;

/**
 * What {@code /method} explains with live data: the datasets and an example claim, the
 * worked derivation of a derived criterion, the weights of every answer option with the
 * reasoning behind them, a worked weighted mean, one disagreement of each kind, and the
 * sources' pairing advice. The thresholds come from the engine's own constants.
 */
public record MethodPage(MatrixPage matrix, List<DatasetDetail> datasets, EvidenceItem exampleClaim,
		CriterionRow workedCriterion, CellView workedCell, List<ScalePoint> scale, List<QuestionView> questions,
		WeightedExample weightedExample, List<DisagreementView> disagreementExamples, List<EvidenceItem> pairingAdvice,
		Constants constants) {

	/** Relative values whose scores the scale table shows: 1, ½, ¼, … and ¾ between. */
	private static final double[] SCALE = { 1.0, 0.75, 0.5, 0.25, 0.125, 0.0625 };

	static MethodPage of(DecisionMatrix matrix, List<DatasetDetail> datasets) {
		MatrixPage page = MatrixPage.of(matrix);
		CriterionRow worked = workedCriterion(page).orElse(null);
		CellView workedCell = (worked != null) ? worked.cellsByScore().get(0) : null;
		List<ScalePoint> scale = new ArrayList<>();
		for (double relative : SCALE) {
			scale.add(new ScalePoint(relative, ScoreDerivation.score(relative)));
		}
		return new MethodPage(page, datasets, exampleClaim(page).orElse(null), worked, workedCell, scale,
				matrix.questions().stream().map(question -> QuestionView.of(question, matrix)).toList(),
				WeightedExample.of(matrix).orElse(null), examplePerKind(page), matrix.pairingAdvice(),
				Constants.current());
	}

	/**
	 * The simplest derived criterion to work through: one metric measured in more than
	 * one dataset (cold start in the seeded topic), so each candidate has one relative
	 * value per dataset and a mean of them.
	 */
	private static Optional<CriterionRow> workedCriterion(MatrixPage page) {
		return page.derivedRows()
			.stream()
			.filter(row -> row.cells().stream().allMatch(cell -> cell.derivation() != null))
			.filter(row -> row.cells()
				.stream()
				.flatMap(cell -> cell.cell().derivation().stream())
				.map(DerivationStep::metric)
				.distinct()
				.count() == 1)
			.filter(row -> row.cells().stream().anyMatch(cell -> cell.derivation().combined()))
			.findFirst()
			.or(() -> page.derivedRows()
				.stream()
				.filter(row -> row.cells().stream().allMatch(cell -> cell.derivation() != null))
				.findFirst());
	}

	/** A claim that takes sides, to show what a claim looks like. */
	private static Optional<EvidenceItem> exampleClaim(MatrixPage page) {
		return page.cells()
			.stream()
			.flatMap(cell -> cell.claims().stream())
			.filter(item -> item.stances().containsValue("favours") && item.stances().containsValue("against"))
			.findFirst()
			.or(() -> page.cells().stream().flatMap(cell -> cell.claims().stream()).findFirst());
	}

	private static List<DisagreementView> examplePerKind(MatrixPage page) {
		Map<DisagreementKind, DisagreementView> first = new EnumMap<>(DisagreementKind.class);
		page.rows()
			.stream()
			.flatMap(row -> row.disagreements().stream())
			.filter(DisagreementView::detailed)
			.forEach(view -> first.putIfAbsent(view.kind(), view));
		return List.copyOf(first.values());
	}

	public long measurementCount() {
		return this.datasets.stream().mapToLong(DatasetDetail::measurementCount).sum();
	}

	public long claimCount() {
		return this.matrix.matrix()
			.evidence()
			.values()
			.stream()
			.filter(item -> item.type() == EvidenceType.CLAIM)
			.count();
	}

	public Optional<DisagreementView> exampleOf(String kind) {
		return this.disagreementExamples.stream().filter(view -> view.kind().name().equals(kind)).findFirst();
	}

	/** A relative value and the score it maps to. */
	public record ScalePoint(double relative, double score) {

		/** The heat map's colour step for the score. */
		public long heat() {
			return Math.round(this.score);
		}

	}

	/** A question with every option's weights and must-haves. */
	public record QuestionView(Question question, List<OptionView> options) {

		static QuestionView of(Question question, DecisionMatrix matrix) {
			return new QuestionView(question,
					question.options().stream().map(option -> OptionView.of(option, matrix)).toList());
		}

	}

	/** An option's weights, heaviest first, and its must-haves, with criterion names. */
	public record OptionView(Option option, List<Weight> weights, List<MustHaveView> mustHaves) {

		static OptionView of(Option option, DecisionMatrix matrix) {
			List<Weight> weights = option.weights()
				.entrySet()
				.stream()
				.filter(entry -> entry.getValue() != 0)
				.map(entry -> new Weight(criterionName(matrix, entry.getKey()), entry.getValue()))
				.sorted(Comparator.comparingDouble(Weight::weight).reversed())
				.toList();
			List<MustHaveView> mustHaves = option.mustHaves()
				.stream()
				.map(mustHave -> new MustHaveView(criterionName(matrix, mustHave.criterion()), mustHave.minScore(),
						mustHave.reason()))
				.toList();
			return new OptionView(option, weights, mustHaves);
		}

		private static String criterionName(DecisionMatrix matrix, String key) {
			return matrix.criterion(key).map(DecisionMatrix.CriterionInfo::name).orElse(key);
		}

	}

	public record Weight(String criterionName, double weight) {
	}

	public record MustHaveView(String criterionName, double minScore, String reason) {
	}

	/**
	 * The weighted mean worked through for one answer: each weighted criterion's weight
	 * and scores, the weighted sums, and the engine's own result for that answer.
	 *
	 * @param rows one per weighted criterion
	 * @param sums per candidate (in matrix order) the sum of weight × score
	 * @param ranking what the engine computes for this single answer
	 */
	public record WeightedExample(Question question, Option option, List<CandidateInfo> candidates,
			List<WeightedRow> rows, double totalWeight, List<Double> sums, List<Ranked> ranking) {

		static Optional<WeightedExample> of(DecisionMatrix matrix) {
			return matrix.questions()
				.stream()
				.flatMap(question -> question.options()
					.stream()
					.filter(option -> option.weights().size() > 1)
					.map(option -> of(matrix, question, option)))
				.findFirst();
		}

		private static WeightedExample of(DecisionMatrix matrix, Question question, Option option) {
			List<WeightedRow> rows = new ArrayList<>();
			double total = 0;
			double[] sums = new double[matrix.candidates().size()];
			for (DecisionMatrix.CriterionInfo criterion : matrix.criteria()) {
				Double weight = option.weights().get(criterion.key());
				if (weight == null || weight == 0) {
					continue;
				}
				total += weight;
				List<Double> scores = new ArrayList<>();
				for (int c = 0; c < sums.length; c++) {
					double score = matrix.cell(matrix.candidates().get(c).key(), criterion.key())
						.map(DecisionMatrix.Cell::score)
						.orElse(0.0);
					scores.add(score);
					sums[c] += weight * score;
				}
				rows.add(new WeightedRow(criterion.name(), weight, scores));
			}
			List<Ranked> ranking = RecommendationEngine.of(matrix)
				.recommend(Map.of(question.key(), option.key()))
				.ranking();
			return new WeightedExample(question, option, matrix.candidates(), rows, total,
					Arrays.stream(sums).boxed().toList(), ranking);
		}

		/**
		 * The weighted mean of a candidate (in matrix order), as the engine rounds it.
		 */
		public double mean(int candidateIndex) {
			String key = this.candidates.get(candidateIndex).key();
			return this.ranking.stream()
				.filter(row -> row.candidate().equals(key))
				.mapToDouble(Ranked::score)
				.findFirst()
				.orElse(0);
		}

	}

	public record WeightedRow(String criterionName, double weight, List<Double> scores) {
	}

	/**
	 * The numbers the method uses, read from the engine's constants so that the page
	 * cannot drift from the code.
	 */
	public record Constants(int methodVersion, double pointsPerHalving, double noDataScore, double clearMargin,
			double veryNarrowMargin, double mostlyJudgementShare, int fewAnswers, double heavyShare, double clearLead,
			double splitGroupShare, double tradeOffGap, int maxReasons, int maxTradeOffs, int maxWeightFlips,
			double spreadWorthShowing) {

		static Constants current() {
			return new Constants(RecommendationEngine.METHOD_VERSION, ScoreDerivation.POINTS_PER_HALVING,
					ScoreDerivation.NO_DATA_SCORE, RecommendationEngine.CLEAR_MARGIN,
					RecommendationEngine.VERY_NARROW_MARGIN, RecommendationEngine.MOSTLY_JUDGEMENT_SHARE,
					RecommendationEngine.FEW_ANSWERS, RecommendationEngine.HEAVY_SHARE, RecommendationEngine.CLEAR_LEAD,
					RecommendationEngine.SPLIT_GROUP_SHARE, RecommendationEngine.TRADE_OFF_GAP,
					RecommendationEngine.MAX_REASONS, RecommendationEngine.MAX_TRADE_OFFS,
					RecommendationEngine.MAX_WEIGHT_FLIPS, DisagreementFinder.SPREAD_WORTH_SHOWING);
		}

		/** The relative value at which a derived score reaches 0. */
		public double zeroAt() {
			return Math.pow(2, -10 / this.pointsPerHalving);
		}

	}

}
