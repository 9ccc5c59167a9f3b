package io.frameworkadvisor.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/topics/{topic}/questions} over the seeded matrix: the question and
 * option keys of the product brief are a public contract.
 */
@WebTest
class QuestionApiTest {

	private static final String QUESTIONS = "/api/v1/topics/python-web-frameworks/questions";

	/** The stable keys of the seeded topic, from the product brief. */
	private static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

	static {
		KEYS.put("service_kind", List.of("ai_backend", "json_api", "fullstack_app", "glue_service", "model_endpoint"));
		KEYS.put("io_profile", List.of("external_waits", "database", "cpu"));
		KEYS.put("concurrency", List.of("low", "moderate", "high"));
		KEYS.put("deployment", List.of("serverless", "containers", "vm"));
		KEYS.put("admin_needs", List.of("must", "nice", "none"));
		KEYS.put("auth_model", List.of("browser_sessions_roles", "api_tokens", "shared_secret"));
		KEYS.put("realtime", List.of("streaming", "none"));
		KEYS.put("api_contract", List.of("openapi_required", "informal"));
		KEYS.put("domain_complexity", List.of("complex_relational", "simple"));
		KEYS.put("team", List.of("small_senior", "large_mixed", "learning"));
		KEYS.put("existing_stack", List.of("django", "flask", "fastapi", "none"));
		KEYS.put("memory_budget", List.of("tight", "normal"));
	}

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsEveryQuestionOfTheBriefWithItsOptionKeys() {
		MvcTestResult result = this.mvc.get().uri(QUESTIONS).accept(MediaType.APPLICATION_JSON).exchange();

		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.topic").isEqualTo("python-web-frameworks");
		assertThat(result).bodyJson().extractingPath("$.matrixVersion").asNumber().isNotNull();
		assertThat(result).bodyJson()
			.extractingPath("$.questions[*].key")
			.asArray()
			.containsExactlyElementsOf(KEYS.keySet());
		KEYS.forEach((question, options) -> assertThat(result).bodyJson()
			.extractingPath("$.questions[?(@.key == '" + question + "')].options[*].key")
			.asArray()
			.as(question)
			.containsExactlyElementsOf(options));
	}

	@Test
	void questionsAndOptionsHaveLabelsAndHelp() {
		MvcTestResult result = this.mvc.get().uri(QUESTIONS).exchange();

		String serviceKind = "$.questions[?(@.key == 'service_kind')]";
		assertThat(result).bodyJson()
			.extractingPath(serviceKind + ".label")
			.asArray()
			.singleElement()
			.asString()
			.isNotBlank();
		assertThat(result).bodyJson()
			.extractingPath(serviceKind + ".help")
			.asArray()
			.singleElement()
			.asString()
			.isNotBlank();
		assertThat(result).bodyJson()
			.extractingPath(serviceKind + ".options[?(@.key == 'ai_backend')].label")
			.asArray()
			.singleElement()
			.asString()
			.isNotBlank();
	}

	/**
	 * The weights are the method (also on /method): an AI backend weighs I/O concurrency,
	 * an admin that is a must requires a minimum admin score; every weight names a
	 * criterion of the response.
	 */
	@Test
	void optionsCarryTheirWeightsAndMustHaves() {
		MvcTestResult result = this.mvc.get().uri(QUESTIONS).exchange();

		String aiBackend = "$.questions[?(@.key == 'service_kind')].options[?(@.key == 'ai_backend')]";
		assertThat(result).bodyJson()
			.extractingPath(aiBackend + ".weights.io_concurrency")
			.asArray()
			.singleElement()
			.satisfies(weight -> assertThat(((Number) weight).doubleValue()).isPositive());
		assertThat(result).bodyJson()
			.extractingPath(aiBackend + ".mustHaves")
			.asArray()
			.singleElement()
			.asList()
			.isEmpty();
		String adminMust = "$.questions[?(@.key == 'admin_needs')].options[?(@.key == 'must')]";
		assertThat(result).bodyJson()
			.extractingPath(adminMust + ".mustHaves[*].criterion")
			.asArray()
			.containsExactly("admin");
		assertThat(result).bodyJson()
			.extractingPath(adminMust + ".mustHaves[0].minScore")
			.asArray()
			.singleElement()
			.satisfies(minScore -> assertThat(((Number) minScore).doubleValue()).isBetween(0.0, 10.0));
		assertThat(result).bodyJson()
			.extractingPath("$.criteria[*].key")
			.asArray()
			.contains("io_concurrency", "admin", "cold_start");
	}

	@Test
	void anUnknownTopicIsA404Problem() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/topics/no-such-topic/questions").exchange();

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(404);
		assertThat(result).bodyJson().extractingPath("$.key").isEqualTo("no-such-topic");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'no-such-topic'");
	}

	@Test
	void aMalformedTopicIsA404ProblemNotAServerError() {
		assertThat(this.mvc.get().uri(URI.create("/api/v1/topics/Not_A_Topic/questions")))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		// an encoded NUL never reaches the application: the request firewall refuses it
		assertThat(this.mvc.get().uri(URI.create("/api/v1/topics/%00/questions"))).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/api/v1/topics/{topic}/questions", "x".repeat(5000)))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
