package io.frameworkadvisor.recommendation;

import java.util.Map;

import io.frameworkadvisor.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result page of stored recommendations on the seeded matrix: the winner, the
 * ranking, the reasons with their evidence inline, disagreements, flip points, the
 * answers with change links and the share link, cached with an ETag.
 */
@WebTest
class ResultPageTest {

	private static final String TOPIC = "python-web-frameworks";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RecommendationService recommendations;

	private String recommend(Map<String, String> answers) {
		return this.recommendations.recommend(TOPIC, answers).id();
	}

	@Test
	void serverlessResultShowsTheColdStartEvidenceInlineAndWhereTheSourcesDisagree() {
		String id = recommend(Map.of("deployment", "serverless"));

		assertThat(this.mvc.get().uri("/r/{id}", id)).hasStatusOk()
			.hasViewName(RecommendationController.RESULT_VIEW)
			.bodyText()
			.contains(
					"<title>FastAPI · your recommendation on Python web frameworks (2026) · Framework Advisor</title>")
			.contains("<span class=\"result-winner__name\">FastAPI</span>")
			.contains("and leads Flask by 1.1 points")
			.contains("Medium confidence")
			.contains("The sources disagree on a criterion that decided the result")
			// the ranking, with scores out of 10
			.containsSubsequence("class=\"result-rank__name\">FastAPI<", "10 of 10",
					"class=\"result-rank__name\">Flask<", "8.9 of 10", "class=\"result-rank__name\">Django<",
					"6.8 of 10")
			// the reason, its rationale and one line per dataset: figures as printed,
			// linked to the dataset
			.contains("<h3 class=\"reason__name\" id=\"reason-cold_start-heading\">Cold start</h3>")
			.contains("71% of your answers’ weight", "Derived from measurements")
			.containsSubsequence(">FastAPI 182 ms<", ">Flask 256 ms<", ">Django 341 ms<",
					"on c6i.2xlarge EC2 instances (8 vCPUs, 16 GiB RAM)",
					"href=\"http://localhost/evidence/c6i-2xlarge-wrk2-1000rps\"",
					"“FastAPI 0.115 vs Django 5.2 vs Flask 3.0 in 2026: Real-World Benchmarks, Tradeoffs, and When to Choose Each”")
			.containsSubsequence(">FastAPI 0.7 s<", ">Flask 0.9 s<", ">Django 2.4 s<")
			// claims as quotes with their source
			.contains("Flask consistently starts faster than the other two frameworks.")
			.contains("href=\"http://localhost/evidence/sources/python-web-landscape-2026\"")
			// where the sources disagree, as sentences naming their evidence
			.contains("Where the sources disagree")
			.contains("FastAPI’s figures differ 4.4× between sources: 120–200 ms in")
			.contains("favours Flask, while the measurements put FastAPI ahead")
			.contains("The sources disagree about FastAPI:")
			// what would change it, in the user's terms, with a link to try it
			.contains(
					"If you answered “Flask” to “What do you already run and know?” (you left it unanswered), Flask would win.")
			.contains("href=\"/wizard/review?deployment=serverless&amp;existing_stack=flask\"")
			// the answers, each with a link into the wizard with every answer filled in
			.contains("<dt>Where will it run?</dt>", "Serverless / scale-to-zero")
			.contains("href=\"/wizard?step=deployment&amp;deployment=serverless\"")
			.contains("href=\"/wizard?step=service_kind&amp;deployment=serverless\"")
			// version and share link
			.contains("Decision matrix version 1, published")
			.contains("<label class=\"result-share__label\" for=\"share-url\">Link to this result</label>")
			.contains(
					"<input id=\"share-url\" class=\"result-share__input\" type=\"text\" readonly value=\"http://localhost/r/"
							+ id + "\">")
			.contains("<script src=\"/js/result-")
			.doesNotContain("A newer version answers differently");
	}

	@Test
	void headlineSaysWhatIsBeingBuiltAndSplitAndMustHaveFailuresAreExplained() {
		String id = recommend(Map.of("existing_stack", "django", "service_kind", "ai_backend", "io_profile",
				"external_waits", "admin_needs", "must", "auth_model", "browser_sessions_roles"));

		assertThat(this.mvc.get().uri("/r/{id}", id)).hasStatusOk()
			.bodyText()
			.contains("<span class=\"result-winner__name\">Django</span>")
			.contains("<span class=\"result-winner__purpose\">for an AI agent</span>")
			.contains("Fails a must-have:")
			.contains(
					"FastAPI scores 2 on “Built-in admin / back office”, below the 6 needed: your answer “Yes, it is a must” to “Do support or operations staff need a back-office UI over the data?” needs a usable built-in back office.")
			// the trade-off of the winner
			.contains("What you give up with Django")
			.contains("<h3 class=\"reason__name\" id=\"trade-off-io_concurrency-heading\">")
			// the split and the sources' own advice
			.contains("Consider a split", "Use Django for", "Use FastAPI for")
			.contains("teams start with Django for the admin panel, then add a FastAPI service");
	}

	@Test
	void unknownIdIsTheNotFoundPage() {
		assertThat(this.mvc.get().uri("/r/unknown-id")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
		assertThat(this.mvc.get().uri("/r/AAAAAAAAAAAAAAAA")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
	}

	@Test
	void aStoredResultIsCachedBrieflyAndRevalidatedWithItsETag() {
		String id = recommend(Map.of("service_kind", "glue_service"));

		MvcTestResult first = this.mvc.get().uri("/r/{id}", id).exchange();
		assertThat(first).hasStatusOk()
			.headers()
			.hasValue(HttpHeaders.CACHE_CONTROL, "max-age=60, public")
			.containsHeader(HttpHeaders.ETAG);
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/\"" + id + "-v1-");

		MvcTestResult again = this.mvc.get().uri("/r/{id}", id).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED).body().isEmpty();
		assertThat(again).headers().hasValue(HttpHeaders.ETAG, etag);

		assertThat(this.mvc.get().uri("/r/{id}", id).header(HttpHeaders.IF_NONE_MATCH, "W/\"other\"")).hasStatusOk();
	}

}
