package io.frameworkadvisor.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.matrix.TopicFile;
import io.frameworkadvisor.matrix.TopicImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence API over the seeded topic, on the real database: the JSON contract (field
 * names included), the problem details of its errors and the OpenAPI description.
 */
@WebTest
class DatasetApiTest {

	private static final String TOPIC = "python-web-frameworks";

	private static final String DATASETS = "/api/v1/topics/" + TOPIC + "/datasets";

	private static final String C6I = "c6i-2xlarge-wrk2-1000rps";

	private static final String EPYC = "bytepulse-epyc-500-connections";

	private static final String LAMBDA = "serverless-cold-starts-lambda-cloud-run";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TopicImporter topicImporter;

	@Test
	void listsEveryDatasetOfTheTopicWithItsMeasurements() {
		MvcTestResult result = this.mvc.get().uri(DATASETS).accept(MediaType.APPLICATION_JSON).exchange();

		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$[*].slug")
			.asArray()
			.containsExactlyInAnyOrder(C6I, EPYC, LAMBDA);
		assertThat(measurement(result, C6I, "fastapi", "cold_start")).containsEntry("value", 182)
			.containsEntry("valueMax", null)
			.containsEntry("unit", "ms")
			.containsEntry("valueInMetricUnit", 182.0)
			.containsEntry("scenario", "startup")
			.containsEntry("stack", "FastAPI 0.115 + uvicorn 0.29.0")
			.containsEntry("quote", "Cold start (first request) 182 ms 341 ms 256 ms")
			.containsEntry("metric", Map.of("key", "cold_start", "name", "Cold start", "unit", "ms", "better", "lower",
					"statistic", "unspecified"));
		// As printed (0.7 s), and converted to the metric's unit for comparisons.
		assertThat(measurement(result, EPYC, "fastapi", "cold_start")).containsEntry("value", 0.7)
			.containsEntry("unit", "s")
			.containsEntry("valueInMetricUnit", 700.0)
			.containsEntry("approximate", false);
		assertThat(measurement(result, EPYC, "fastapi", "throughput_mean")).containsEntry("value", 8520)
			.containsEntry("unit", "req/s");
		// A range: both ends as printed, its midpoint for comparisons.
		assertThat(measurement(result, LAMBDA, "fastapi", "cold_start")).containsEntry("value", 120)
			.containsEntry("valueMax", 200)
			.containsEntry("unit", "ms")
			.containsEntry("valueInMetricUnit", 160.0);
	}

	@Test
	void listedDatasetsCarryTheirSourceMethodologyStacksAndLinksButNoClaims() {
		MvcTestResult result = this.mvc.get().uri(DATASETS).exchange();

		String c6i = "$[?(@.slug == '" + C6I + "')]";
		assertThat(result).bodyJson()
			.extractingPath(c6i + ".source.seedFile")
			.asArray()
			.containsExactly("000_e4b4396c4dfe83bc.txt");
		assertThat(result).bodyJson().extractingPath(c6i + ".methodology.connections").asArray().containsExactly(100);
		assertThat(result).bodyJson()
			.extractingPath(c6i + ".stacks.flask")
			.asArray()
			.containsExactly("Flask 3.0 + gunicorn 23.0.0 + eventlet");
		assertThat(result).bodyJson()
			.extractingPath(c6i + ".links.self")
			.asArray()
			.containsExactly(DATASETS + "/" + C6I);
		assertThat(result).bodyJson().extractingPath(c6i + ".links.html").asArray().containsExactly("/evidence/" + C6I);
		assertThat(result).bodyJson().extractingPath("$[*].claims").asArray().isEmpty();
		assertThat(result).bodyJson().extractingPath(c6i + ".measurements.length()").asArray().containsExactly(15);
	}

	@Test
	void oneDatasetComesWithItsMethodologyAndItsSourcesClaims() {
		MvcTestResult result = this.mvc.get().uri(DATASETS + "/{slug}", C6I).exchange();

		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.slug").isEqualTo(C6I);
		assertThat(result).bodyJson().extractingPath("$.source.key").isEqualTo("c6i-real-world-benchmarks-2026");
		assertThat(result).bodyJson()
			.extractingPath("$.methodology.hardware")
			.isEqualTo("c6i.2xlarge EC2 instances (8 vCPUs, 16 GiB RAM)");
		assertThat(result).bodyJson().extractingPath("$.methodology.loadTool").isEqualTo("wrk2 (v4.2.0)");
		assertThat(result).bodyJson().extractingPath("$.methodology.database").isEqualTo("SQLite in-memory");
		assertThat(result).bodyJson().extractingPath("$.measurements.length()").isEqualTo(15);
		assertThat(result).bodyJson().extractingPath("$.claims[0].kind").isEqualTo("assessment");
		assertThat(result).bodyJson()
			.extractingPath("$.claims[0].quote")
			.asString()
			.startsWith("In 2026, FastAPI, Django, and Flask have all matured significantly");
		assertThat(result).bodyJson()
			.extractingPath("$.claims[1].stances")
			.isEqualTo(Map.of("fastapi", "favours", "django", "neutral", "flask", "against"));
		assertThat(result).bodyJson()
			.extractingPath("$.claims[1].quote")
			.asString()
			.startsWith("In my experience, these deltas hold up at 5K+ RPS");
		assertThat(result).bodyJson().extractingPath("$.claims[1].criterion").isNotNull();
	}

	@Test
	void anUnknownTopicIsA404ProblemNamingIt() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/topics/no-such-topic/datasets").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(404);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/topic-not-found");
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Topic not found");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("No topic 'no-such-topic'");
		assertThat(result).bodyJson().extractingPath("$.key").isEqualTo("no-such-topic");
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/api/v1/topics/no-such-topic/datasets");
	}

	@Test
	void anUnknownTopicOfAKnownDatasetIsA404NamingTheTopic() {
		assertThat(this.mvc.get().uri("/api/v1/topics/no-such-topic/datasets/{slug}", C6I))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No topic 'no-such-topic'");
	}

	@Test
	void anUnknownSlugIsA404ProblemNamingIt() {
		MvcTestResult result = this.mvc.get().uri(DATASETS + "/foo").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/dataset-not-found");
		assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Dataset not found");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("No dataset 'foo'");
	}

	@Test
	@Transactional // the other topic is rolled back
	void aDatasetOfAnotherTopicIsNotFoundThere() {
		List<String> problems = this.topicImporter.importTopic(new TopicFile("message-brokers", "Message brokers", null,
				List.of(new TopicFile.Entry("kafka", "Kafka", null)),
				List.of(new TopicFile.Entry("throughput", "Throughput", null)), List.of()));
		assertThat(problems).isEmpty();

		assertThat(this.mvc.get().uri("/api/v1/topics/message-brokers/datasets/{slug}", C6I))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No dataset '" + C6I + "'");
		assertThat(this.mvc.get().uri("/api/v1/topics/message-brokers/datasets")).hasStatusOk()
			.bodyJson()
			.isEqualTo("[]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Not-A-Slug", "a%20b", "%C3%A9t%C3%A9", "-" })
	void aMalformedSlugIsA404ProblemNotAServerError(String encodedSlug) {
		assertThat(this.mvc.get().uri(URI.create(DATASETS + "/" + encodedSlug))).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Dataset not found");
	}

	@Test
	void aTooLongSlugIsA404ProblemNotAServerError() {
		assertThat(this.mvc.get().uri(DATASETS + "/{slug}", "x".repeat(5000))).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	/**
	 * An encoded NUL or a dot segment never reaches the application: the request firewall
	 * (and on a real server Tomcat before it) refuses it.
	 */
	@ParameterizedTest
	@ValueSource(strings = { DATASETS + "/%00", DATASETS + "/..", "/api/v1/topics/%00/datasets" })
	void aNulOrDotSegmentIsRefusedAsABadRequest(String path) {
		assertThat(this.mvc.get().uri(URI.create(path))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aMalformedTopicIsA404ProblemNotAServerError() {
		assertThat(this.mvc.get().uri(URI.create("/api/v1/topics/Not_A_Topic/datasets")))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Topic not found");
	}

	/**
	 * Only the status: the problem detail of a 406 comes from the container's error path,
	 * which MockMvc does not run.
	 */
	@Test
	void anAcceptThatAllowsNoJsonIsA406() {
		assertThat(this.mvc.get().uri(DATASETS).accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_ACCEPTABLE);
		assertThat(this.mvc.get().uri(DATASETS + "/{slug}", C6I).accept(MediaType.valueOf("application/yaml")))
			.hasStatus(HttpStatus.NOT_ACCEPTABLE);
		assertThat(this.mvc.get().uri(DATASETS).accept(MediaType.APPLICATION_PROBLEM_JSON))
			.hasStatus(HttpStatus.NOT_ACCEPTABLE);
	}

	@Test
	void problemsAreProblemJsonEvenWhenTheClientAsksForJson() {
		assertThat(this.mvc.get().uri(DATASETS + "/foo").accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void theOpenApiDescriptionDocumentsBothEndpointsAndTheirSchemas() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/v1/topics/{topic}/datasets", "/api/v1/topics/{topic}/datasets/{slug}");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/topics/{topic}/datasets/{slug}'].get.responses['404'].content")
			.asMap()
			.containsKey("application/problem+json");
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.Dataset.properties")
			.asMap()
			.containsKeys("slug", "title", "source", "methodology", "stacks", "measurements", "claims", "links");
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.Measurement.properties.valueInMetricUnit.description")
			.asString()
			.isNotBlank();
		// Every field is always there (null when unknown), except the claims of a listed
		// dataset.
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.Dataset.required")
			.asArray()
			.contains("slug", "measurements", "links")
			.doesNotContain("claims");
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.Measurement.required")
			.asArray()
			.contains("value", "valueMax", "unit", "valueInMetricUnit");
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.Problem.properties")
			.asMap()
			.containsKeys("type", "title", "status", "detail", "instance", "key");
	}

	@Test
	void theSwaggerUiIsServedByTheApp() {
		assertThat(this.mvc.get().uri("/swagger-ui.html")).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/swagger-ui/index.html");
		assertThat(this.mvc.get().uri("/swagger-ui/index.html")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.bodyText()
			.contains("swagger-ui-bundle.js")
			.doesNotContain("://cdn", "unpkg.com", "jsdelivr");
		assertThat(this.mvc.get().uri("/swagger-ui/swagger-ui-bundle.js")).hasStatusOk();
		assertThat(this.mvc.get().uri("/v3/api-docs/swagger-config")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.url")
			.isEqualTo("/v3/api-docs");
	}

	/** The one measurement of a dataset for a candidate and metric. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> measurement(MvcTestResult result, String slug, String candidate, String metric) {
		String path = "$[?(@.slug == '" + slug + "')].measurements[?(@.candidate == '" + candidate
				+ "' && @.metric.key == '" + metric + "')]";
		List<Object> found = JsonPath
			.read(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), path);
		assertThat(found).as(path).hasSize(1);
		return (Map<String, Object>) found.get(0);
	}

}
