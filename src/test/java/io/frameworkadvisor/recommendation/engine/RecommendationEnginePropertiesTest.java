package io.frameworkadvisor.recommendation.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CandidateInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Cell;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CellMode;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CriterionInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.MustHave;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Option;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;
import io.frameworkadvisor.recommendation.engine.Recommendation.Ranked;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that must hold for every matrix and every set of answers, checked on 300
 * random matrices (seeded, so a failure is reproducible from the seed in its name).
 */
class RecommendationEnginePropertiesTest {

	static Stream<Long> seeds() {
		return IntStream.range(0, 300).mapToObj(i -> 1000L + i);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void scoresStayWithinZeroAndTen(long seed) {
		Random random = new Random(seed);
		DecisionMatrix matrix = randomMatrix(random);
		Recommendation result = RecommendationEngine.of(matrix).recommend(randomAnswers(matrix, random));
		assertThat(result.ranking()).allSatisfy(row -> assertThat(row.score()).isBetween(0.0, 10.0));
		assertThat(result.margin()).isBetween(0.0, 10.0);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theSameAnswersOnTheSameVersionGiveTheSameResult(long seed) {
		Random random = new Random(seed);
		DecisionMatrix matrix = randomMatrix(random);
		Map<String, String> answers = randomAnswers(matrix, random);
		Recommendation first = RecommendationEngine.of(matrix).recommend(answers);
		Recommendation again = RecommendationEngine.of(matrix).recommend(new LinkedHashMap<>(answers));
		assertThat(again).isEqualTo(first);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyMustHaveFailureIsReportedAndNoCandidateIsDropped(long seed) {
		Random random = new Random(seed);
		DecisionMatrix matrix = randomMatrix(random);
		Map<String, String> answers = randomAnswers(matrix, random);
		Recommendation result = RecommendationEngine.of(matrix).recommend(answers);
		assertThat(result.ranking()).hasSize(matrix.candidates().size());
		answers.forEach((questionKey, optionKey) -> {
			Option option = matrix.question(questionKey).orElseThrow().option(optionKey).orElseThrow();
			for (MustHave mustHave : option.mustHaves()) {
				for (CandidateInfo candidate : matrix.candidates()) {
					double score = matrix.cell(candidate.key(), mustHave.criterion()).orElseThrow().score();
					Ranked row = row(result, candidate.key());
					if (score < mustHave.minScore()) {
						assertThat(row.mustHaveFailures()).anySatisfy(failure -> {
							assertThat(failure.question()).isEqualTo(questionKey);
							assertThat(failure.criterion()).isEqualTo(mustHave.criterion());
						});
					}
				}
			}
		});
		// Candidates that pass every must-have rank before those that fail one.
		List<Boolean> fails = result.ranking().stream().map(Ranked::failsMustHave).toList();
		assertThat(fails).isSortedAccordingTo(Boolean::compare);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void raisingTheWeightOfACriterionACandidateLeadsNeverLowersItsRank(long seed) {
		Random random = new Random(seed);
		DecisionMatrix matrix = randomMatrix(random);
		Map<String, String> answers = randomAnswers(matrix, random);
		if (answers.isEmpty()) {
			return;
		}
		String questionKey = answers.keySet().iterator().next();
		String criterion = matrix.criteria().get(random.nextInt(matrix.criteria().size())).key();
		String leader = strictLeader(matrix, criterion);
		if (leader == null) {
			return;
		}
		Recommendation before = RecommendationEngine.of(matrix).recommend(answers);
		DecisionMatrix heavier = withExtraWeight(matrix, questionKey, answers.get(questionKey), criterion,
				1 + random.nextInt(20));
		Recommendation after = RecommendationEngine.of(heavier).recommend(answers);
		assertThat(row(after, leader).rank()).isLessThanOrEqualTo(row(before, leader).rank());
	}

	private static String strictLeader(DecisionMatrix matrix, String criterion) {
		List<Cell> cells = matrix.cells().stream().filter(cell -> cell.criterion().equals(criterion)).toList();
		double best = cells.stream().mapToDouble(Cell::score).max().orElseThrow();
		List<Cell> leaders = cells.stream().filter(cell -> cell.score() == best).toList();
		return (leaders.size() == 1) ? leaders.get(0).candidate() : null;
	}

	private static DecisionMatrix withExtraWeight(DecisionMatrix matrix, String questionKey, String optionKey,
			String criterion, double extra) {
		List<Question> questions = matrix.questions().stream().map(question -> {
			if (!question.key().equals(questionKey)) {
				return question;
			}
			List<Option> options = question.options().stream().map(option -> {
				if (!option.key().equals(optionKey)) {
					return option;
				}
				Map<String, Double> weights = new LinkedHashMap<>(option.weights());
				weights.merge(criterion, extra, Double::sum);
				return new Option(option.key(), option.label(), option.help(), weights, option.mustHaves(),
						option.basis());
			}).toList();
			return new Question(question.key(), question.label(), question.help(), options);
		}).toList();
		return new DecisionMatrix(matrix.methodVersion(), matrix.topicKey(), matrix.topicName(), matrix.version(),
				matrix.publishedAt(), matrix.candidates(), matrix.criteria(), matrix.cells(), questions,
				matrix.evidence(), matrix.pairingAdvice());
	}

	private static Ranked row(Recommendation result, String candidate) {
		return result.ranking().stream().filter(row -> row.candidate().equals(candidate)).findFirst().orElseThrow();
	}

	static DecisionMatrix randomMatrix(Random random) {
		int candidates = 2 + random.nextInt(5);
		int criteria = 2 + random.nextInt(9);
		List<CandidateInfo> candidateInfos = IntStream.range(0, candidates)
			.mapToObj(c -> new CandidateInfo("cand" + c, "Candidate " + c))
			.toList();
		List<CriterionInfo> criterionInfos = IntStream.range(0, criteria)
			.mapToObj(k -> new CriterionInfo("crit" + k, "Criterion " + k, "", false, List.of()))
			.toList();
		List<Cell> cells = new ArrayList<>();
		for (CandidateInfo candidate : candidateInfos) {
			for (CriterionInfo criterion : criterionInfos) {
				double score = Math.round(random.nextDouble() * 20) / 2.0;
				List<String> evidence = random.nextBoolean() ? List.of() : List.of("c1");
				cells.add(new Cell(candidate.key(), criterion.key(), score, CellMode.JUDGEMENT, "", null, evidence,
						List.of()));
			}
		}
		List<Question> questions = new ArrayList<>();
		int questionCount = 1 + random.nextInt(6);
		for (int q = 0; q < questionCount; q++) {
			List<Option> options = new ArrayList<>();
			int optionCount = 2 + random.nextInt(3);
			for (int o = 0; o < optionCount; o++) {
				Map<String, Double> weights = new LinkedHashMap<>();
				for (CriterionInfo criterion : criterionInfos) {
					if (random.nextDouble() < 0.3) {
						weights.put(criterion.key(), 1.0 + random.nextInt(5));
					}
				}
				List<MustHave> mustHaves = (random.nextDouble() < 0.2) ? List
					.of(new MustHave(criterionInfos.get(random.nextInt(criteria)).key(), random.nextInt(11), "needed"))
						: List.of();
				options.add(new Option("opt" + o, "Option " + o, null, weights, mustHaves, ""));
			}
			questions.add(new Question("q" + q, "Question " + q, "", options));
		}
		return new DecisionMatrix(RecommendationEngine.METHOD_VERSION, "topic", "Topic", 1, Instant.EPOCH,
				candidateInfos, criterionInfos, cells, questions, Map.of(), List.of());
	}

	static Map<String, String> randomAnswers(DecisionMatrix matrix, Random random) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Question question : matrix.questions()) {
			if (random.nextDouble() < 0.8) {
				answers.put(question.key(), question.options().get(random.nextInt(question.options().size())).key());
			}
		}
		return answers;
	}

}
