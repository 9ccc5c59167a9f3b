import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CandidateInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Cell;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CellMode;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CriterionInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.MustHave;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Option;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;
import io.frameworkadvisor.recommendation.engine.RecommendationEngine;

/**
 * How long one recommendation takes as the topic grows: the seeded size (3 candidates, 18
 * criteria, 12 questions) and the large topic (50 × 40 × 30), including the answer and
 * weight flip-point search. Run from the project root after `./mvnw -q compile`:
 *
 * <pre>java -cp target/classes bench/engine/EngineScale.java</pre>
 */
public class EngineScale {

	public static void main(String[] args) {
		measure("seeded size   3 candidates × 18 criteria × 12 questions", 3, 18, 12);
		measure("large topic  50 candidates × 40 criteria × 30 questions", 50, 40, 30);
	}

	static void measure(String label, int candidates, int criteria, int questions) {
		Random random = new Random(42);
		DecisionMatrix matrix = matrix(random, candidates, criteria, questions);
		RecommendationEngine engine = RecommendationEngine.of(matrix);
		List<Map<String, String>> answerSets = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			answerSets.add(answers(matrix, random));
		}
		for (int i = 0; i < 2000; i++) {
			engine.recommend(answerSets.get(i % answerSets.size()));
		}
		int runs = 11;
		double[] medians = new double[runs];
		for (int run = 0; run < runs; run++) {
			int n = 200;
			long[] times = new long[n];
			for (int i = 0; i < n; i++) {
				long start = System.nanoTime();
				engine.recommend(answerSets.get(i));
				times[i] = System.nanoTime() - start;
			}
			Arrays.sort(times);
			medians[run] = times[n / 2] / 1e6;
		}
		Arrays.sort(medians);
		System.out.printf("%s: median %.3f ms per recommendation (min of run medians %.3f, max %.3f)%n", label,
				medians[runs / 2], medians[0], medians[runs - 1]);
	}

	static DecisionMatrix matrix(Random random, int candidateCount, int criterionCount, int questionCount) {
		List<CandidateInfo> candidates = new ArrayList<>();
		for (int c = 0; c < candidateCount; c++) {
			candidates.add(new CandidateInfo("c" + c, "Candidate " + c));
		}
		List<CriterionInfo> criteria = new ArrayList<>();
		for (int k = 0; k < criterionCount; k++) {
			criteria.add(new CriterionInfo("k" + k, "Criterion " + k, "", false, List.of()));
		}
		List<Cell> cells = new ArrayList<>();
		for (CandidateInfo candidate : candidates) {
			for (CriterionInfo criterion : criteria) {
				cells.add(new Cell(candidate.key(), criterion.key(), random.nextInt(21) / 2.0, CellMode.JUDGEMENT,
						"", null, List.of(), List.of()));
			}
		}
		List<Question> questions = new ArrayList<>();
		for (int q = 0; q < questionCount; q++) {
			List<Option> options = new ArrayList<>();
			for (int o = 0; o < 4; o++) {
				Map<String, Double> weights = new LinkedHashMap<>();
				for (int w = 0; w < 3; w++) {
					weights.put("k" + random.nextInt(criterionCount), 1.0 + random.nextInt(5));
				}
				List<MustHave> mustHaves = (o == 0 && q % 5 == 0)
						? List.of(new MustHave("k" + random.nextInt(criterionCount), 6, "")) : List.of();
				options.add(new Option("o" + o, "Option " + o, null, weights, mustHaves, ""));
			}
			questions.add(new Question("q" + q, "Question " + q, "", options));
		}
		return new DecisionMatrix(1, "bench", "Bench", 1, Instant.EPOCH, candidates, criteria, cells, questions,
				Map.of(), List.of());
	}

	static Map<String, String> answers(DecisionMatrix matrix, Random random) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Question question : matrix.questions()) {
			answers.put(question.key(), question.options().get(random.nextInt(question.options().size())).key());
		}
		return answers;
	}

}
