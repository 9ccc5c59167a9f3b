package io.frameworkadvisor.evidence;

import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.evidence.EvidenceViews.ClaimView;
import io.frameworkadvisor.evidence.EvidenceViews.DatasetDetail;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence pages over the seeded topic, rendered through the whole application on the
 * real database.
 */
@WebTest
class EvidencePagesTest {

	private static final String C6I = "c6i-2xlarge-wrk2-1000rps";

	private static final String TOPIC = "python-web-frameworks";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EvidenceService evidence;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void indexListsEverySourceItsDatasetsClaimsAndTheMetrics() {
		assertThat(this.mvc.get().uri("/evidence")).hasStatusOk()
			.hasViewName("evidence/index")
			.bodyText()
			.contains("<title>Evidence · Framework Advisor</title>")
			.contains("href=\"/evidence/sources/c6i-real-world-benchmarks-2026\"",
					"href=\"/evidence/sources/bytepulse-30-day-benchmark-2026\"",
					"href=\"/evidence/sources/python-web-landscape-2026\"",
					"href=\"/evidence/sources/rebalai-what-i-actually-use-2026\"")
			.contains("href=\"/evidence/" + C6I + "\"", "href=\"/evidence/bytepulse-epyc-500-connections\"",
					"href=\"/evidence/serverless-cold-starts-lambda-cloud-run\"")
			.contains("c6i.2xlarge EC2 instances (8 vCPUs, 16 GiB RAM) · Ubuntu 24.04 LTS")
			.contains("000_e4b4396c4dfe83bc.txt")
			.contains("https://blog.rebalai.com/en/2026/03/08/")
			.contains("45 claims from this source")
			.contains("href=\"/evidence/topics/" + TOPIC + "/metrics/cold_start\"",
					"href=\"/evidence/topics/" + TOPIC + "/metrics/latency_p95\"");
	}

	@Test
	void datasetPageShowsMethodologyFiguresChartsAndTheSourcesClaims() {
		DatasetDetail detail = this.evidence.dataset(C6I);
		ClaimView claim = detail.claims()
			.stream()
			.filter(candidate -> candidate.quote().matches("[^&<>\"']{30,}"))
			.findFirst()
			.orElseThrow();

		assertThat(this.mvc.get().uri("/evidence/{slug}", C6I)).hasStatusOk()
			.hasViewName("evidence/dataset")
			.bodyText()
			.contains("<h1>FastAPI vs Django vs Flask on c6i.2xlarge, wrk2 at 1,000 RPS</h1>")
			.contains("c6i.2xlarge EC2 instances (8 vCPUs, 16 GiB RAM)", "Ubuntu 24.04 LTS", "Python 3.12.5",
					"wrk2 (v4.2.0)", "SQLite in-memory")
			// the methodology, verbatim, as a quotation of its source
			.contains("<blockquote class=\"quote\">")
			.contains("We ran identical workloads across three identical environments")
			.contains("Caveats (our words)")
			// figures as printed, with their quoted table rows
			.contains("<td class=\"num figure\">182 ms</td>", "<td class=\"num figure\">3.2 ms</td>")
			.contains("Cold start (first request) 182 ms 341 ms 256 ms")
			.contains("Flask 3.0 + gunicorn 23.0.0 + eventlet")
			// one chart per metric, accessible, pointing at its table
			.contains("<svg class=\"chart__svg\" role=\"img\"", "<title id=\"chart-cold_start-title\">",
					"<desc id=\"chart-cold_start-desc\">", "href=\"#table-cold_start\"")
			.contains("href=\"/evidence/topics/" + TOPIC + "/metrics/cold_start\"")
			// the source's claims, quoted, with kind and stances in words
			.contains(claim.quote())
			.contains(">Assessment<", ">Recommendation<", "FastAPI: favoured");
	}

	@Test
	void datasetPageSaysWhatTheSourceDoesNotState() {
		assertThat(this.mvc.get().uri("/evidence/{slug}", "serverless-cold-starts-lambda-cloud-run")).hasStatusOk()
			.bodyText()
			.contains("120–200 ms")
			.contains("chart__bar--extension")
			.containsPattern("(?s)Hardware</dt>\\s*<dd>\\s*<span class=\"not-stated\">not stated</span>");
	}

	@Test
	void sourcePageWithOnlyClaimsGroupsThemByCriterion() {
		assertThat(this.mvc.get().uri("/evidence/sources/{key}", "rebalai-what-i-actually-use-2026")).hasStatusOk()
			.hasViewName("evidence/source")
			.bodyText()
			.contains("FastAPI vs Django vs Flask: What I Actually Use After Testing All Three in 2026")
			.contains("8x fewer workers")
			.contains("This source has no benchmark datasets; it contributes claims only.")
			.contains("id=\"claims-general\"", ">General<")
			.contains("claim claim--recommendation", "claim claim--assessment")
			.contains("<time datetime=\"2026-03-08\">2026-03-08</time>")
			.containsPattern("(?s)Author</dt>\\s*<dd>\\s*<span class=\"not-stated\">not stated</span>");
	}

	@Test
	void coldStartAcrossSourcesShowsEverySourceAndWhereTheyDisagree() {
		assertThat(this.mvc.get().uri("/evidence/topics/{topic}/metrics/{metric}", TOPIC, "cold_start")).hasStatusOk()
			.hasViewName("evidence/metric")
			.bodyText()
			.contains("<h1>Cold start across sources</h1>")
			// one column per dataset, linked to it, with the figures as printed
			.contains("href=\"/evidence/" + C6I + "\"", "href=\"/evidence/bytepulse-epyc-500-connections\"",
					"href=\"/evidence/serverless-cold-starts-lambda-cloud-run\"")
			.contains("href=\"/evidence/sources/c6i-real-world-benchmarks-2026\"",
					"href=\"/evidence/sources/bytepulse-30-day-benchmark-2026\"",
					"href=\"/evidence/sources/python-web-landscape-2026\"")
			.contains(">182 ms<", ">0.7 s<", ">120–200 ms<")
			// relative to the best of the same dataset: Django 182/341 on c6i
			.contains("relative 1.00", "relative 0.53")
			.contains("8-core AMD EPYC, 32GB RAM (dedicated bare-metal server)")
			.contains("FastAPI with Mangum adapter on AWS Lambda")
			.contains("<svg class=\"chart__svg\" role=\"img\"")
			.contains("id=\"disagreement\"", "Where the sources disagree")
			.contains("Yes: every dataset that measured more than one candidate ranks them in the same order.")
			// FastAPI: 160 ms (midpoint of 120–200) to 700 ms
			.contains("from 160 to 700 ms across 3 figures", "(×4.4)")
			.contains("from 341 to 2,400 ms across 2 figures", "(×7.0)");
	}

	@Test
	void datasetPageTakesAFixedNumberOfStatements() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			// 15 figures and 45 claims; 16 figures and 89 claims; 1 figure and 157 claims
			long c6i = statementsToShow(statistics, C6I);
			long bytepulse = statementsToShow(statistics, "bytepulse-epyc-500-connections");
			long serverless = statementsToShow(statistics, "serverless-cold-starts-lambda-cloud-run");

			// dataset with source and topic, candidates, measurements, stacks, claims
			// with
			// their stances, the source's datasets
			assertThat(c6i).isLessThanOrEqualTo(6);
			assertThat(bytepulse).isEqualTo(c6i);
			assertThat(serverless).isEqualTo(c6i);
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

	private long statementsToShow(Statistics statistics, String slug) {
		statistics.clear();
		assertThat(this.mvc.get().uri("/evidence/{slug}", slug)).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/evidence/no-such-dataset", "/evidence/sources/no-such-source",
			"/evidence/topics/no-such-topic/metrics/cold_start",
			"/evidence/topics/python-web-frameworks/metrics/no_such_metric",
			"/evidence/topics/python-web-frameworks/metrics/Cold_Start", "/evidence/%E2%9C%93", "/evidence/a%20b",
			"/evidence/%3Cscript%3E", "/evidence/-leading-dash", "/evidence/UPPER" })
	void unknownOrMalformedKeysAreTheNotFoundPage(String path) {
		assertThat(this.mvc.get().uri(java.net.URI.create(path))).hasStatus(HttpStatus.NOT_FOUND)
			.hasViewName("error/404")
			.bodyText()
			.contains("We could not find that page")
			.contains("href=\"/evidence\"");
	}

	/** An encoded NUL, a dot segment or a semicolon never reach the application. */
	@ParameterizedTest
	@ValueSource(strings = { "/evidence/%00", "/evidence/sources/..%3B" })
	void pathsTheRequestFirewallRefusesAreABadRequest(String path) {
		assertThat(this.mvc.get().uri(java.net.URI.create(path))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aVeryLongSlugIsNotFound() {
		assertThat(this.mvc.get().uri("/evidence/{slug}", "a".repeat(5000))).hasStatus(HttpStatus.NOT_FOUND)
			.hasViewName("error/404");
		assertThat(this.mvc.get().uri("/evidence/sources/{key}", "b".repeat(121))).hasStatus(HttpStatus.NOT_FOUND);
	}

}
