package io.frameworkadvisor.home;

import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.evidence.EvidenceService;
import io.frameworkadvisor.evidence.EvidenceViews.Overview;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The landing page shows the seeded topic and counts that come from the database. */
@WebTest
class HomePageTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EvidenceService evidence;

	@Test
	void showsTheTopicItsCandidatesAndTheCountsOfTheEvidence() {
		Overview overview = this.evidence.overview();
		assertThat(overview.sourceCount()).isEqualTo(4);
		assertThat(overview.datasetCount()).isEqualTo(3);

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasViewName("home/index")
			.bodyText()
			.contains("<title>Choose a web framework on evidence · Framework Advisor</title>")
			.contains("Python web frameworks (2026)")
			.contains(">FastAPI<", ">Django<", ">Flask<")
			.contains("<span class=\"stat__number\">" + overview.measurementCount() + "</span>")
			.contains("<span class=\"stat__number\">" + overview.claimCount() + "</span>")
			.contains("href=\"/evidence\"")
			// the layout: landmarks, skip link, stylesheet and favicon served by the app
			.contains("<a class=\"skip-link\" href=\"#main\">", "<header", "<nav", "<main id=\"main\"", "<footer")
			.containsPattern("href=\"/css/app[^\"]*\\.css\"")
			.containsPattern("href=\"/favicon[^\"]*\\.svg\"")
			// the main navigation
			.contains("href=\"/wizard\"", "href=\"/matrix\"", "href=\"/compare\"", "href=\"/method\"");
	}

}
