package io.frameworkadvisor.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the servlet container's error path shows, on a real server (MockMvc does not
 * forward to {@code /error}): a 500 is the generic error page without any exception
 * detail, other errors are the generic page, and under {@code /api/} every error is a
 * problem detail.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "advisor.data-dir=")
class ErrorPagesServerTest {

	private static final String SECRET = "internal detail that must never reach a user";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void serverErrorIsTheErrorPageWithoutDetails() throws Exception {
		HttpResponse<String> response = get("/test-only/fail", "text/html");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Something went wrong on our side")
			.contains("href=\"/evidence\"")
			.doesNotContain(SECRET, "IllegalStateException", "at io.frameworkadvisor", "Whitelabel");
	}

	@Test
	void serverErrorUnderTheApiIsAProblemDetailWithoutDetails() throws Exception {
		HttpResponse<String> response = get("/api/test-only/fail", "application/json");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":500").doesNotContain(SECRET, "IllegalStateException");
	}

	@Test
	void unknownUrlIsTheNotFoundPageAndUnderTheApiAProblemDetail() throws Exception {
		HttpResponse<String> page = get("/no/such/page", "text/html");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("We could not find that page");

		HttpResponse<String> api = get("/api/unknown", "text/html");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(api.body()).contains("\"status\":404");
	}

	@Test
	void missingDatasetIsTheNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/evidence/no-such-dataset", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page");
	}

	@Test
	void aWriteWithoutCsrfTokenOrAWrongMethodIsTheGenericErrorPageAndUnderTheApiAProblemDetail() throws Exception {
		// a page refuses any write without a CSRF token before looking at the method
		HttpResponse<String> page = send(
				HttpRequest.newBuilder(uri("/evidence")).header("Accept", "text/html").DELETE().build());
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("We could not handle this request").contains("Error 403");

		HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/test-only/fail"))
			.header("Accept", "application/json")
			.DELETE()
			.build());
		assertThat(api.statusCode()).isEqualTo(405);
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	/**
	 * Tomcat refuses an encoded NUL (and an encoded slash) in the path before the
	 * application sees the request: a 400, never a 500. (Inside the application a NUL in
	 * a key is a 404, see {@code EvidencePagesTest}.)
	 */
	@Test
	void encodedNulInThePathIsRefusedAsABadRequest() throws Exception {
		assertThat(get("/evidence/%00", "text/html").statusCode()).isEqualTo(400);
		assertThat(get("/evidence/a%2Fb", "text/html").statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingEndpoints {

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

	}

	@RestController
	static class FailingController {

		@GetMapping({ "/test-only/fail", "/api/test-only/fail" })
		String fail() {
			throw new IllegalStateException(SECRET);
		}

	}

}
