package io.frameworkadvisor.method;

import java.nio.charset.StandardCharsets;

import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.matrix.MatrixPage;
import io.frameworkadvisor.recommendation.RecommendationService;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Option;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;
import io.frameworkadvisor.recommendation.engine.RecommendationEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /method}: the method in plain words, with the weights of every answer and worked
 * examples computed from the published matrix.
 */
@WebTest
class MethodPageTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RecommendationService recommendations;

	@Test
	void weightsTableShowsEveryQuestionAndOptionWithItsWeightsMustHavesAndBasis() throws Exception {
		DecisionMatrix matrix = this.recommendations.latestMatrix(MatrixPage.DEFAULT_TOPIC);
		String body = body();

		assertThat(this.mvc.get().uri("/method")).hasStatusOk().hasViewName("method/index");
		assertThat(matrix.questions()).hasSizeGreaterThanOrEqualTo(12);
		for (Question question : matrix.questions()) {
			assertThat(body).contains("id=\"question-" + question.key() + "\"")
				.contains("<span>" + escaped(question.label()) + "</span>")
				.contains("<code class=\"mx-key\">" + question.key() + "</code>");
			for (Option option : question.options()) {
				assertThat(body).contains("<code class=\"mx-key\">" + option.key() + "</code>");
				if (option.basis() != null) {
					assertThat(body).contains(escaped(option.basis()));
				}
			}
		}
		// a basis text, a weight and a must-have as the seed defines them
		assertThat(body).contains("(002) if/then list")
			.containsPattern(
					"<span>I/O concurrency under slow external calls</span>\\s*<strong class=\"mx-weight\">5</strong>")
			.contains("Built-in admin / back office at least 6: needs a usable built-in back office");
	}

	@Test
	void derivedCriteriaAreWorkedThroughWithTheColdStartFigures() throws Exception {
		String body = body();

		assertThat(body).contains("Worked example: Cold start")
			.contains("This is how Django’s score on Cold start comes about")
			.contains("341 ms against the best, 182 ms (FastAPI), so 182 ms ÷ 341 ms = 0.53")
			.contains("2.4 s against the best, 0.7 s (FastAPI), so 0.7 s ÷ 2.4 s = 0.29")
			.contains("√(0.29 × 0.53) = 0.39")
			.contains("Score: 10 + 2.5 × log₂(0.39) = 6.6")
			.contains("score = 10 + 2.5 × log₂(geometric mean of the relative values)")
			// the scale table comes from ScoreDerivation itself
			.containsPattern(
					"0.50</td>\\s*<td class=\"num\">\\s*<span class=\"mx-score mx-heat mx-heat--8\">7.5</span>")
			.contains("A candidate at 0.0625 of the best or less scores 0.");
	}

	@Test
	void thresholdsComeFromTheEngine() throws Exception {
		String body = body();

		assertThat(RecommendationEngine.CLEAR_MARGIN).isEqualTo(1.0);
		assertThat(body).contains("high when the margin is 1.0 points or more")
			.contains("medium from 0.4 up to 1.0 points")
			.contains("more than 50% of the weight rests on the winner’s scores that have no evidence")
			.contains("fewer than 3 answers were given")
			.contains("at least 10% of the total weight")
			.contains("leads the next one by 2 points or more")
			.contains("at least 20% of the weight")
			.contains("differ by a factor of 2 or more");
	}

	@Test
	void weightedMeanIsWorkedThroughWithTheEnginesOwnResult() throws Exception {
		String body = body();

		// "An AI agent, RAG or LLM-orchestration backend": io_concurrency 5, api_contract
		// 2, realtime 3; FastAPI 10, 10, 9 → 97 ÷ 10
		assertThat(body).contains("Weighted mean for the answer “An AI agent, RAG or LLM-orchestration backend”")
			.contains("97.0 ÷ 10 = 9.70");
	}

	@Test
	void explainsEveryKindOfDisagreementOverridesAndShareLinks() throws Exception {
		assertThat(body())
			.contains("Rankings differ", "Figures spread", "Claims contradict measurements",
					"Sources take opposite sides")
			.contains("No score is overridden in version 1.")
			.contains("Versions and share links")
			.contains("What would change the answer")
			.contains("Split suggestions");
	}

	/** Text as Thymeleaf escapes it in HTML. */
	private static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	private String body() throws Exception {
		return this.mvc.get().uri("/method").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
