package io.frameworkadvisor.recommendation;

import java.util.List;
import java.util.Map;

import io.frameworkadvisor.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Export as ADR": a seed scenario downloaded as a Markdown architecture decision record
 * in the MADR layout, naming the chosen option, the drivers, the options with pros and
 * cons, and links to the evidence and to the share link.
 */
@WebTest
class AdrExportTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RecommendationService recommendations;

	@Test
	void anAiBackendRecommendationIsAMadrRecordWithDriversOptionsAndEvidenceLinks() throws Exception {
		String id = this.recommendations
			.recommend("python-web-frameworks", Map.of("service_kind", "ai_backend", "io_profile", "external_waits",
					"realtime", "streaming", "admin_needs", "none"))
			.id();

		MvcTestResult result = this.mvc.get().uri("/r/{id}/adr.md", id).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/markdown;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"adr-fastapi-" + id + ".md\"");
		String adr = result.getResponse().getContentAsString();
		List<String> headings = adr.lines().filter((line) -> line.startsWith("#")).toList();
		assertThat(headings).startsWith("# Use FastAPI for an AI agent")
			.containsSubsequence("## Context and Problem Statement", "## Decision Drivers", "## Considered Options",
					"## Decision Outcome", "### Consequences", "## Pros and Cons of the Options", "### FastAPI",
					"### Django", "### Flask", "## More Information");
		assertThat(adr).startsWith("---\nstatus: proposed\ndate: ")
			.contains("Chosen option: “FastAPI”, because FastAPI scores")
			.contains("* Good, because ")
			.contains("* Bad, because ")
			.contains("% of the weight of our answers)")
			.contains("<http://localhost/r/" + id + ">")
			.contains("](http://localhost/evidence/")
			.doesNotContain("[(", "#{", "${", "null");
		// valid Markdown lists: every bullet on a line of its own
		assertThat(adr.lines().filter((line) -> line.contains("* Good, because") && !line.startsWith("* "))).isEmpty();
	}

	@Test
	void theResultPageLinksToTheRecord() {
		String id = this.recommendations.recommend("python-web-frameworks", Map.of("admin_needs", "must")).id();

		assertThat(this.mvc.get().uri("/r/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("href=\"/r/" + id + "/adr.md\"")
			.contains("href=\"/api/v1/recommendations/" + id + "\"");
	}

	@Test
	void aShareLinkPreviewsWithItsWinnerPurposeAndReasons() {
		String id = this.recommendations
			.recommend("python-web-frameworks", Map.of("service_kind", "ai_backend", "io_profile", "external_waits"))
			.id();

		assertThat(this.mvc.get().uri("/r/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("<meta property=\"og:title\" content=\"FastAPI for an AI agent — Framework Advisor\">")
			.contains("<meta name=\"twitter:card\" content=\"summary\">")
			.contains("<meta property=\"og:url\" content=\"http://localhost/r/" + id + "\">")
			.containsPattern(
					"<meta property=\"og:description\" content=\"FastAPI, decided by I/O concurrency under slow"
							+ " external calls[^\"]*confidence, with the benchmark figures and quotes behind it.\">");
		assertThat(this.mvc.get().uri("/wizard")).hasStatusOk().bodyText().doesNotContain("og:title");
	}

	@Test
	void anUnknownIdIsA404() {
		assertThat(this.mvc.get().uri("/r/AAAAAAAAAAAAAAAA/adr.md")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
