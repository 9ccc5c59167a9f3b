package io.frameworkadvisor.matrix;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.recommendation.RecommendationService;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CandidateInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CriterionInfo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /matrix} over the seeded, published matrix: the heat map with every criterion
 * and candidate, and each cell's rationale and evidence further down.
 */
@WebTest
class MatrixPagesTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RecommendationService recommendations;

	@Test
	void heatMapShowsEveryCriterionAndCandidateWithScoresAndMarkers() throws Exception {
		DecisionMatrix matrix = this.recommendations.latestMatrix(MatrixPage.DEFAULT_TOPIC);
		String body = body("/matrix");

		assertThat(this.mvc.get().uri("/matrix")).hasStatusOk().hasViewName("matrix/index");
		String table = section(body, "<table class=\"table mx-heatmap\"", "</table>");
		for (CriterionInfo criterion : matrix.criteria()) {
			assertThat(table).contains(">" + criterion.name() + "</a>")
				.contains("href=\"#criterion-" + criterion.key() + "\"");
		}
		for (CandidateInfo candidate : matrix.candidates()) {
			assertThat(table).contains(">" + candidate.name() + "</th>");
		}
		// every cell: its score as a number, a colour step, and a link to its details
		assertThat(count(table, "class=\"mx-heat__link\"")).isEqualTo(matrix.cells().size());
		assertThat(table).contains("href=\"#cell-cold_start-django\"")
			.contains("<span class=\"mx-heat__score\">6.6</span>")
			.containsPattern(
					"class=\"mx-heat mx-heat--7\">\\s*<a class=\"mx-heat__link\" href=\"#cell-cold_start-django\"")
			// the colour is never alone: the derived criteria say so in words
			.contains("derived from measurements")
			.contains("sources disagree");
		assertThat(count(table, ">derived from measurements<"))
			.isEqualTo(matrix.criteria().stream().filter(CriterionInfo::derived).count());
		assertThat(body).contains("Version 1").contains("<time datetime=\"");
	}

	@Test
	void eachCellOpensItsRationaleEvidenceAndDerivation() throws Exception {
		String body = body("/matrix");
		String django = section(body, "id=\"cell-cold_start-django\"", "</article>");

		assertThat(django).contains("Django")
			.contains("<span class=\"mx-marker mx-marker--derived\">derived</span>")
			.contains("slowest in both measured datasets")
			// the derivation: each dataset relative to its best, the geometric mean, the
			// score
			.contains("341 ms against the best, 182 ms (FastAPI), so 182 ms ÷ 341 ms = 0.53")
			.contains("2.4 s against the best, 0.7 s (FastAPI), so 0.7 s ÷ 2.4 s = 0.29")
			.contains("√(0.29 × 0.53) = 0.39")
			.contains("Score: 10 + 2.5 × log₂(0.39) = 6.6");
		String details = section(django, "<details", "</details>");
		assertThat(details).contains("<strong class=\"figure\">341 ms</strong>")
			.contains("href=\"/evidence/c6i-2xlarge-wrk2-1000rps\"")
			.contains("c6i.2xlarge")
			.contains("<blockquote class=\"mx-evidence__quote\">")
			.contains("<cite><a href=\"/evidence/sources/");

		String fastapiIo = section(body, "id=\"cell-io_concurrency-fastapi\"", "</article>");
		assertThat(section(fastapiIo, "<details", "</details>"))
			.contains("allows a single worker to handle many concurrent requests while waiting on external APIs");
	}

	@Test
	void disagreementsAreSentencesWithTheirEvidence() throws Exception {
		String body = body("/matrix");
		String coldStart = section(body, "id=\"criterion-cold_start\"", "<div class=\"mx-cells\">");

		assertThat(coldStart).contains("Where the sources disagree")
			.contains("Django’s figures differ by a factor of 7.0 between datasets: 341 ms in")
			.contains(
					"A claim in “The 2026 Python Web Landscape: A Shift in Gravity” favours Flask, but the measurements rank FastAPI best")
			.contains("Flask consistently starts faster than the other two frameworks.");
	}

	@Test
	void anUnknownTopicIsNotFound() {
		assertThat(this.mvc.get().uri("/matrix?topic=message-brokers")).hasStatus(HttpStatus.NOT_FOUND)
			.hasViewName("error/404");
	}

	private String body(String uri) throws Exception {
		return this.mvc.get().uri(uri).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static String section(String html, String start, String end) {
		int from = html.indexOf(start);
		assertThat(from).as("'%s' in the page", start).isNotNegative();
		int to = html.indexOf(end, from);
		assertThat(to).as("'%s' after '%s'", end, start).isPositive();
		return html.substring(from, to + end.length());
	}

	static long count(String html, String needle) {
		Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(html);
		long count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
