package io.frameworkadvisor.matrix;

import java.nio.charset.StandardCharsets;

import io.frameworkadvisor.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.frameworkadvisor.matrix.MatrixPagesTest.count;
import static io.frameworkadvisor.matrix.MatrixPagesTest.section;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /compare}: chosen candidates side by side, with bad choices answered clearly.
 */
@WebTest
class ComparePageTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void comparesAllCandidatesByDefaultWithTheBestMarkedAndUnweightedTotals() throws Exception {
		assertThat(this.mvc.get().uri("/compare")).hasStatusOk()
			.hasViewName("matrix/compare")
			.model()
			.extractingByKey("comparison")
			.satisfies(comparison -> assertThat(((Comparison) comparison).chosen()).hasSize(3));
		String body = body("/compare");
		String table = section(body, "<table", "</table>");

		assertThat(table).contains(">FastAPI</th>", ">Django</th>", ">Flask</th>")
			.contains("3 candidates on 18 criteria")
			.contains("Built-in admin / back office")
			// Django leads the admin row alone; FastAPI leads cold start
			.containsPattern(
					"mx-compare__best\">\\s*<p class=\"mx-compare__score\">\\s*<span class=\"mx-score mx-heat mx-heat--10\">10.0</span>\\s*<span class=\"mx-marker mx-marker--best\">best</span>")
			.contains("href=\"/matrix#cell-admin-django\"")
			.contains("Unweighted average");
		// one best mark per decided row at least, and a short rationale per cell
		assertThat(count(table, ">best</span>") + count(table, ">tied best</span>")).isGreaterThanOrEqualTo(18);
		assertThat(count(table, "class=\"mx-compare__rationale\"")).isEqualTo(3 * 18);
		assertThat(body).contains("The average is unweighted.")
			.containsPattern("id=\"candidate-fastapi\"\\s+value=\"fastapi\" checked=\"checked\">");
	}

	@Test
	void comparesTheTwoCandidatesTheUserTicked() throws Exception {
		assertThat(this.mvc.get().uri("/compare?candidate=django&candidate=flask")).hasStatusOk();
		String body = body("/compare?candidate=django&candidate=flask");
		String table = section(body, "<table", "</table>");

		assertThat(table).contains(">Django</th>", ">Flask</th>")
			.doesNotContain(">FastAPI</th>")
			.contains("2 candidates on 18 criteria");
		// without FastAPI, Flask leads cold start (8.9 against Django's 6.6)
		assertThat(section(table, "href=\"/matrix#criterion-cold_start\"", "</tr>"))
			.containsPattern("mx-heat--9\">8.9</span>\\s*<span class=\"mx-marker mx-marker--best\">best</span>");
		assertThat(body).containsPattern("id=\"candidate-fastapi\"\\s+value=\"fastapi\">")
			.containsPattern("id=\"candidate-django\"\\s+value=\"django\" checked=\"checked\">");
	}

	@Test
	void anUnknownCandidateIsNamedInA400PageNotA500() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/compare")
			.param("candidate", "fastapi", "rails", "<script>")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("matrix/compare");
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("We do not know 2 of the candidates you asked for")
			.contains("“rails” is not a candidate in this matrix.")
			.contains("“&lt;script&gt;” is not a candidate in this matrix.")
			.doesNotContain("<script>");
	}

	@Test
	void aSingleCandidateIsShownWithoutAWinner() throws Exception {
		String body = body("/compare?candidate=flask");

		assertThat(body).contains("With one candidate there is nothing to compare against");
		assertThat(section(body, "<table", "</table>")).doesNotContain(">best</span>", ">tied best</span>");
	}

	private String body(String uri) throws Exception {
		return this.mvc.get().uri(uri).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
