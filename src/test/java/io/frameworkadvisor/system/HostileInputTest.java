package io.frameworkadvisor.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.frameworkadvisor.JsonText;
import io.frameworkadvisor.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A fuzz test over the API and the public forms: malformed JSON, wrong types, unknown
 * keys, huge bodies, control characters, right-to-left marks, SQL and HTML injection,
 * combined at random (fixed seed, so a failure can be replayed). Whatever comes in: never
 * a 5xx, never the payload echoed unescaped into a page, the size limit holds, and
 * nothing is stored.
 */
@WebTest
class HostileInputTest {

	private static final String API = "/api/v1/topics/python-web-frameworks/recommendations";

	/**
	 * The payloads; each may turn up as a key, a value, a path segment or a parameter.
	 */
	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"' OR '1'='1", "'; drop table recommendation; --", "\u202Eevil\u202C", "\u200F\u200E", "\u0000",
			"\u0007\u001b[31m", "\r\nSet-Cookie: x=y", "../../etc/passwd", "%00", "${7*7}", "#{7*7}", "*{7*7}",
			"{{7*7}}", "🙂".repeat(50), "x".repeat(5000), "", " ", "null", "true", "-1", "1e309", "NaN", "service_kind",
			"ai_backend", "__proto__", "constructor");

	private static final List<String> JSON_SHAPES = List.of("{", "}", "[]", "null", "\"answers\"", "{\"answers\":",
			"{\"answers\":null}", "{\"answers\":[]}", "{\"answers\":{\"service_kind\":1}}",
			"{\"answers\":{\"service_kind\":[\"ai_backend\"]}}", "{\"answers\":{\"service_kind\":{\"a\":1}}}",
			"{\"answers\":{\"service_kind\":\"ai_backend\",\"colour\":\"blue\"}}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private final Random random = new Random(20261122L);

	@Test
	void theRecommendationApiNeverFailsOnHostileJsonAndStoresNothing() throws Exception {
		long stored = recommendations();
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			String body = hostileJson();
			MockHttpServletResponse response = this.mvc
				.perform(post(API).contentType(MediaType.APPLICATION_JSON)
					.content(body.getBytes(StandardCharsets.UTF_8)))
				.andReturn()
				.getResponse();
			check(response, body, failures);
			if (response.getStatus() != 400 && response.getStatus() != 413) {
				failures.add(response.getStatus() + " for " + abbreviate(body));
			}
		}
		assertThat(failures).isEmpty();
		assertThat(recommendations()).isEqualTo(stored);
	}

	@Test
	void pathsAndParametersNeverFailAndAreNeverEchoedUnescaped() throws Exception {
		List<String> failures = new ArrayList<>();
		for (String payload : PAYLOADS) {
			String encoded = java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8);
			for (String path : List.of("/evidence/" + encoded, "/evidence/sources/" + encoded, "/r/" + encoded,
					"/r/" + encoded + "/adr.md", "/api/v1/recommendations/" + encoded,
					"/api/v1/topics/" + encoded + "/questions",
					"/evidence/topics/python-web-frameworks/metrics/" + encoded)) {
				check(this.mvc.perform(get(java.net.URI.create(path))).andReturn().getResponse(), payload, failures);
			}
			for (MockHttpServletRequestBuilder request : List.of(get("/wizard").param("step", payload),
					get("/wizard").param("service_kind", payload).param(payload, "x"),
					get("/wizard/review").param("service_kind", payload).param(payload, payload),
					get("/compare").param("candidates", payload), get("/matrix").param("topic", payload),
					get("/wizard").param("topic", payload))) {
				check(this.mvc.perform(request).andReturn().getResponse(), payload, failures);
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void theWizardFormNeverFailsAndStoresNothingForHostileAnswers() throws Exception {
		long stored = recommendations();
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			String key = pick(PAYLOADS);
			String value = pick(PAYLOADS);
			MockHttpServletResponse response = this.mvc
				.perform(post("/wizard/review").with(csrf())
					.param("topic", this.random.nextBoolean() ? "python-web-frameworks" : value)
					.param("answers[" + key + "]", value)
					.param("answers[service_kind]", pick(PAYLOADS)))
				.andReturn()
				.getResponse();
			check(response, key + " " + value, failures);
			if (response.getStatus() == 303) {
				failures.add("stored a recommendation for " + abbreviate(key + "=" + value));
			}
		}
		assertThat(failures).isEmpty();
		assertThat(recommendations()).isEqualTo(stored);
	}

	@Test
	void aBodyAboveTheLimitIsRefusedAsTooLarge() throws Exception {
		String huge = "{\"answers\":{\"service_kind\":\"" + "a".repeat(200_000) + "\"}}";
		MockHttpServletResponse response = this.mvc
			.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(huge))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":413");
	}

	/**
	 * Never a server error; an HTML page never contains a payload with markup as is (JSON
	 * answers may quote it: they are data, not markup).
	 */
	private static void check(MockHttpServletResponse response, String payload, List<String> failures)
			throws Exception {
		if (response.getStatus() >= 500) {
			failures.add(response.getStatus() + " for " + abbreviate(payload));
		}
		if (response.getContentType() != null && response.getContentType().contains("json")) {
			return;
		}
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		for (String dangerous : PAYLOADS) {
			if ((dangerous.contains("<") || dangerous.contains("\r\n")) && payload.contains(dangerous)
					&& body.contains(dangerous)) {
				failures.add("echoed " + abbreviate(dangerous) + " unescaped");
			}
		}
		if (response.getHeader("Set-Cookie") != null && response.getHeader("Set-Cookie").contains("x=y")) {
			failures.add("header injection for " + abbreviate(payload));
		}
	}

	/** A JSON document made of valid shapes, hostile strings and random truncation. */
	private String hostileJson() {
		int shape = this.random.nextInt(4);
		String text = switch (shape) {
			case 0 -> pick(JSON_SHAPES);
			case 1 -> "{\"answers\":{" + JsonText.quoted(pick(PAYLOADS)) + ":" + JsonText.quoted(pick(PAYLOADS)) + "}}";
			case 2 -> "{\"answers\":{\"service_kind\":" + JsonText.quoted(pick(PAYLOADS)) + ",\"deployment\":"
					+ (this.random.nextBoolean() ? JsonText.quoted(pick(PAYLOADS))
							: String.valueOf(this.random.nextInt()))
					+ "}}";
			default -> pick(JSON_SHAPES) + pick(PAYLOADS) + pick(JSON_SHAPES);
		};
		return (this.random.nextInt(5) == 0 && text.length() > 1)
				? text.substring(0, this.random.nextInt(text.length())) : text;
	}

	private String pick(List<String> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "…" : text;
	}

	private long recommendations() {
		return this.jdbc.queryForObject("select count(*) from recommendation", Long.class);
	}

}
