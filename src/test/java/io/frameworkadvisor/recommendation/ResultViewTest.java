package io.frameworkadvisor.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import io.frameworkadvisor.recommendation.RecommendationService.NewerAnswer;
import io.frameworkadvisor.recommendation.RecommendationService.Shared;
import io.frameworkadvisor.recommendation.ResultEvidence.Figure;
import io.frameworkadvisor.recommendation.ResultEvidence.MeasurementLine;
import io.frameworkadvisor.recommendation.ResultView.ReasonView;
import io.frameworkadvisor.recommendation.ResultView.Sentence;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CandidateInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Cell;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CellMode;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CriterionInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Disagreement;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.DisagreementKind;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceItem;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceType;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Measured;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.MustHave;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Option;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;
import io.frameworkadvisor.recommendation.engine.Recommendation;
import io.frameworkadvisor.recommendation.engine.Recommendation.Confidence;
import io.frameworkadvisor.recommendation.engine.Recommendation.ConfidenceFactor;
import io.frameworkadvisor.recommendation.engine.Recommendation.FlipKind;
import io.frameworkadvisor.recommendation.engine.Recommendation.FlipPoint;
import io.frameworkadvisor.recommendation.engine.RecommendationEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result page's view model on a small hand-made matrix: evidence grouped into lines,
 * answers and flip points phrased in the user's terms, links back into the wizard, and
 * every sentence it produces backed by a message that takes its arguments.
 */
class ResultViewTest {

	private static final String C6I = "c6i-2xlarge";

	private static final String BYTEPULSE = "bytepulse-epyc";

	private static Properties messages;

	@BeforeAll
	static void loadMessages() throws IOException {
		messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
	}

	@Test
	void groupsMeasurementsIntoOneLinePerDatasetMetricAndWorkloadInRankingOrder() {
		ResultView view = ResultView.of(shared(Map.of("deployment", "serverless", "service_kind", "ai_backend")));

		assertThat(view.winnerName()).isEqualTo("FastAPI");
		ReasonView coldStart = view.reasons().get(0);
		assertThat(coldStart.name()).isEqualTo("Cold start");
		assertThat(coldStart.measurements()).hasSize(2);
		MeasurementLine c6i = coldStart.measurements().get(0);
		assertThat(c6i.datasetSlug()).isEqualTo(C6I);
		assertThat(c6i.metricName()).isEqualTo("Cold start");
		assertThat(c6i.workload()).isEqualTo("First request");
		assertThat(c6i.hardware()).isEqualTo("c6i.2xlarge EC2 instances");
		assertThat(c6i.sourceTitle()).isEqualTo("FastAPI 0.115 vs Django 5.2 vs Flask 3.0 in 2026");
		assertThat(c6i.statistic()).isNull();
		// ranking order: FastAPI (winner), Flask, Django
		assertThat(c6i.figures()).extracting(Figure::candidateName, Figure::display, Figure::winner)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("FastAPI", "182 ms", true),
					org.assertj.core.groups.Tuple.tuple("Flask", "256 ms", false),
					org.assertj.core.groups.Tuple.tuple("Django", "341 ms", false));
		assertThat(coldStart.measurements().get(1).figures()).extracting(Figure::display).containsExactly("0.7 s");
		assertThat(coldStart.measurements().get(1).statistic()).isEqualTo("p95");
		assertThat(coldStart.claims()).singleElement()
			.satisfies(claim -> assertThat(claim.quote()).isEqualTo("Flask consistently starts faster."));
		assertThat(coldStart.scores()).extracting(ResultEvidence.ScoreView::name, ResultEvidence.ScoreView::score)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("FastAPI", "10"),
					org.assertj.core.groups.Tuple.tuple("Flask", "9"),
					org.assertj.core.groups.Tuple.tuple("Django", "6.6"));
		assertThat(coldStart.figuresSpread()).isTrue();
		assertThat(coldStart.disagreements()).singleElement()
			.satisfies(sentence -> assertThat(text(sentence)).isEqualTo(
					"FastAPI’s figures differ 4.4× between sources: 182 ms in “FastAPI vs Django vs Flask on c6i.2xlarge” against 0.7 s in “Bytepulse 30-day benchmark”."));
	}

	@Test
	void headlineNamesWhatIsBeingBuiltInAShortPhrase() {
		assertThat(ResultView.of(shared(Map.of("service_kind", "ai_backend"))).purpose()).isEqualTo("an AI agent");
		assertThat(ResultView.of(shared(Map.of("deployment", "serverless"))).purpose()).isNull();
		assertThat(ResultView.shorten("A JSON API or microservice for web or mobile clients"))
			.isEqualTo("a JSON API or microservice");
		assertThat(ResultView.shorten("A user-facing web app with pages, forms and accounts"))
			.isEqualTo("a user-facing web app");
		assertThat(ResultView.shorten("An HTTP endpoint in front of a data-science or ML model"))
			.isEqualTo("an HTTP endpoint");
		assertThat(ResultView.shorten("JSON API")).isEqualTo("JSON API");
	}

	@Test
	void answerFlipsSayWhichAnswerWouldChangeTheWinnerAndLinkToTheReviewWithThatAnswer() {
		ResultView view = ResultView.of(shared(Map.of("deployment", "serverless", "service_kind", "ai_backend")));

		assertThat(view.answerFlips()).extracting(flip -> text(flip.sentence()))
			.contains(
					"If you answered “Yes, it is a must” to “Do staff need an admin?” (you left it unanswered), Django would win.");
		assertThat(view.answerFlips()).filteredOn(flip -> text(flip.sentence()).contains("Yes, it is a must"))
			.singleElement()
			.satisfies(flip -> assertThat(flip.tryUrl())
				.isEqualTo("/wizard/review?topic=t&service_kind=ai_backend&deployment=serverless&admin_needs=must"));
	}

	@Test
	void weightFlipsAreSaidAsHowMuchMoreOrLessACriterionWouldHaveToMatter() {
		Shared shared = shared(Map.of("deployment", "serverless"));
		Recommendation result = withFlips(shared.result(),
				List.of(new FlipPoint(FlipKind.WEIGHT, null, null, null, "cold_start", 2.34, "flask"),
						new FlipPoint(FlipKind.WEIGHT, null, null, null, "admin", 0.4, "django"),
						new FlipPoint(FlipKind.WEIGHT, null, null, null, "admin", 0.001, "django"),
						new FlipPoint(FlipKind.ANSWER, "deployment", "serverless", "vm", null, null, "django"),
						new FlipPoint(FlipKind.ANSWER, "deployment", "serverless", null, null, null, "django")));
		ResultView view = ResultView.of(new Shared("id", Instant.now(), shared.matrix(), result, Optional.empty()));

		assertThat(view.weightFlips()).extracting(flip -> text(flip.sentence()))
			.containsExactly(
					"If “Cold start” mattered 2.3× as much as your answers imply, Flask would overtake FastAPI.",
					"If “Built-in admin” mattered 60% less than your answers imply, Django would overtake FastAPI.",
					"If “Built-in admin” did not matter at all, Django would overtake FastAPI.");
		assertThat(view.answerFlips()).extracting(flip -> text(flip.sentence()))
			.containsExactly(
					"If you answered “A VM” instead of “Serverless” to “Where will it run?”, Django would win.",
					"If you left “Where will it run?” unanswered instead of answering “Serverless”, Django would win.");
	}

	@Test
	void answersListEveryQuestionWithAChangeLinkThatOpensItsStepWithAllAnswers() {
		ResultView view = ResultView.of(shared(Map.of("deployment", "serverless", "service_kind", "ai_backend")));

		assertThat(view.answers()).extracting(ResultView.AnswerView::label, ResultView.AnswerView::answer)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("What are you building?",
							"An AI agent, RAG or LLM-orchestration backend"),
					org.assertj.core.groups.Tuple.tuple("Where will it run?", "Serverless"),
					org.assertj.core.groups.Tuple.tuple("Do staff need an admin?", null));
		assertThat(view.answers().get(1).changeUrl())
			.isEqualTo("/wizard?topic=t&step=deployment&service_kind=ai_backend&deployment=serverless");
		assertThat(view.rerunUrl()).isEqualTo("/wizard/review?topic=t&service_kind=ai_backend&deployment=serverless");
		assertThat(view.answered()).isEqualTo(2);
	}

	@Test
	void mustHaveFailuresAreExplainedWithTheAnswerThatRequiresThem() {
		ResultView view = ResultView.of(shared(Map.of("admin_needs", "must")));

		assertThat(view.winnerName()).isEqualTo("Django");
		assertThat(text(view.summary())).contains("only candidate that meets all your must-haves");
		assertThat(view.ranking()).filteredOn(row -> row.name().equals("FastAPI"))
			.singleElement()
			.satisfies(row -> assertThat(row.failures()).extracting(ResultViewTest::text)
				.containsExactly(
						"FastAPI scores 2 on “Built-in admin”, below the 6 needed: your answer “Yes, it is a must” to “Do staff need an admin?” needs a usable built-in back office."));
	}

	@Test
	void newerVersionIsNamedWithItsWinner() {
		Shared shared = shared(Map.of("deployment", "serverless"));
		ResultView view = ResultView.of(new Shared(shared.id(), shared.createdAt(), shared.matrix(), shared.result(),
				Optional.of(new NewerAnswer(2, "django", true))));

		assertThat(view.newerDiffers()).isTrue();
		assertThat(view.newer().winnerName()).isEqualTo("Django");
		assertThat(view.newer().version()).isEqualTo(2);
	}

	@Test
	void numbersAreShownAsPeopleReadThem() {
		assertThat(ResultView.points(10.0)).isEqualTo("10");
		assertThat(ResultView.points(8.87)).isEqualTo("8.9");
		assertThat(ResultView.margin(0.04)).isEqualTo("0.04");
		assertThat(ResultView.margin(1.13)).isEqualTo("1.1");
		assertThat(ResultView.percent(6.77)).isEqualTo(67.7);
	}

	@Test
	void everySentenceTheViewCanProduceHasAMessageThatTakesItsArguments() {
		List<Sentence> sentences = new ArrayList<>();
		for (Map<String, String> answers : List.of(Map.of("deployment", "serverless", "service_kind", "ai_backend"),
				Map.of("admin_needs", "must"), Map.<String, String>of())) {
			ResultView view = ResultView.of(shared(answers));
			sentences.add(view.summary());
			sentences.addAll(view.confidenceFactors());
			view.ranking().forEach(row -> sentences.addAll(row.failures()));
			view.reasons().forEach(reason -> {
				sentences.add(reason.summary());
				sentences.addAll(reason.disagreements());
			});
			view.tradeOffs().forEach(reason -> sentences.add(reason.summary()));
			view.answerFlips().forEach(flip -> sentences.add(flip.sentence()));
		}
		assertThat(sentences).isNotEmpty().allSatisfy(sentence -> assertThat(text(sentence)).doesNotContain("{"));
		List<String> keys = new ArrayList<>();
		Arrays.stream(ConfidenceFactor.values()).forEach(factor -> keys.add("result.confidence.factor." + factor));
		Arrays.stream(Confidence.values()).forEach(level -> keys.add("result.confidence.level." + level));
		Arrays.stream(DisagreementKind.values()).forEach(kind -> keys.add("result.disagreement." + kind));
		keys.addAll(List.of("result.disagreement.other", "result.summary.lead", "result.summary.onlyOne",
				"result.summary.allFail", "result.summary.alone", "result.flip.answer.changed",
				"result.flip.answer.added", "result.flip.answer.removed", "result.flip.weight.more",
				"result.flip.weight.less", "result.flip.weight.none", "result.tradeOff.summary",
				"result.reason.summary", "result.ranking.failure"));
		assertThat(keys).allSatisfy(key -> assertThat(messages).containsKey(key));
	}

	private static String text(Sentence sentence) {
		String pattern = messages.getProperty(sentence.key());
		assertThat(pattern).as("message " + sentence.key()).isNotNull();
		return new MessageFormat(pattern, Locale.ENGLISH).format(sentence.args());
	}

	private static Recommendation withFlips(Recommendation r, List<FlipPoint> flips) {
		return new Recommendation(r.methodVersion(), r.topicKey(), r.matrixVersion(), r.answers(), r.ranking(),
				r.winner(), r.margin(), r.confidence(), r.confidenceFactors(), r.reasons(), r.tradeOffs(), r.split(),
				flips);
	}

	private static Shared shared(Map<String, String> answers) {
		DecisionMatrix matrix = matrix();
		Recommendation result = RecommendationEngine.of(matrix).recommend(answers);
		return new Shared("AbCdEfGhIjKlMnOp", Instant.parse("2026-03-04T10:00:00Z"), matrix, result, Optional.empty());
	}

	static DecisionMatrix matrix() {
		List<CandidateInfo> candidates = List.of(new CandidateInfo("fastapi", "FastAPI"),
				new CandidateInfo("django", "Django"), new CandidateInfo("flask", "Flask"));
		Map<String, EvidenceItem> evidence = new LinkedHashMap<>();
		evidence.put("m1", measurement("m1", "fastapi", C6I, "182 ms", 182, "unspecified"));
		evidence.put("m2", measurement("m2", "django", C6I, "341 ms", 341, "unspecified"));
		evidence.put("m3", measurement("m3", "flask", C6I, "256 ms", 256, "unspecified"));
		evidence.put("m4", measurement("m4", "fastapi", BYTEPULSE, "0.7 s", 800, "p95"));
		evidence.put("c1", new EvidenceItem("c1", EvidenceType.CLAIM, "landscape", "The 2026 Python Web Landscape",
				"Flask consistently starts faster.", null, Map.of("flask", "favours", "fastapi", "against")));
		List<CriterionInfo> criteria = List.of(
				new CriterionInfo("cold_start", "Cold start", "", true, List
					.of(new Disagreement(DisagreementKind.FIGURES_SPREAD, "fastapi", List.of("m1", "m4"), 4.4))),
				new CriterionInfo("admin", "Built-in admin", "", false, List.of()));
		List<Cell> cells = List.of(cell("fastapi", "cold_start", 10, "m1", "m4", "c1"),
				cell("django", "cold_start", 6.6, "m2"), cell("flask", "cold_start", 9, "m3", "c1"),
				cell("fastapi", "admin", 2), cell("django", "admin", 10), cell("flask", "admin", 2));
		List<Question> questions = List.of(
				new Question("service_kind", "What are you building?", "",
						List.of(new Option("ai_backend", "An AI agent, RAG or LLM-orchestration backend", "",
								Map.of("cold_start", 1.0), List.of(), ""))),
				new Question("deployment", "Where will it run?", "",
						List.of(new Option("serverless", "Serverless", "", Map.of("cold_start", 5.0), List.of(), ""),
								new Option("vm", "A VM", "", Map.of(), List.of(), ""))),
				new Question("admin_needs", "Do staff need an admin?", "",
						List.of(new Option("must", "Yes, it is a must", "", Map.of("admin", 5.0),
								List.of(new MustHave("admin", 6, "needs a usable built-in back office")), ""))));
		return new DecisionMatrix(1, "t", "Test topic", 1, Instant.parse("2026-03-01T00:00:00Z"), candidates, criteria,
				cells, questions, evidence, List.of());
	}

	private static EvidenceItem measurement(String id, String candidate, String dataset, String display, double value,
			String statistic) {
		boolean c6i = dataset.equals(C6I);
		return new EvidenceItem(id, EvidenceType.MEASUREMENT, c6i ? "c6i" : "bytepulse",
				c6i ? "FastAPI 0.115 vs Django 5.2 vs Flask 3.0 in 2026" : "Head-to-Head Comparison", "quote",
				new Measured(candidate, "cold_start", "Cold start", statistic,
						c6i ? "First request" : "Cold start time", display, value, dataset,
						c6i ? "FastAPI vs Django vs Flask on c6i.2xlarge" : "Bytepulse 30-day benchmark",
						c6i ? "c6i.2xlarge EC2 instances" : "8-core AMD EPYC"),
				Map.of());
	}

	private static Cell cell(String candidate, String criterion, double score, String... evidence) {
		return new Cell(candidate, criterion, score, (evidence.length > 0) ? CellMode.DERIVED : CellMode.JUDGEMENT,
				"Rationale of " + candidate + " on " + criterion, null, List.of(evidence), List.of());
	}

}
