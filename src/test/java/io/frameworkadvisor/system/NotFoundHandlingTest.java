package io.frameworkadvisor.system;

import io.frameworkadvisor.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unknown URL is the HTML 404 page, except under {@code /api/}, where it is a 404
 * problem detail whatever the client accepts.
 */
@WebTest
class NotFoundHandlingTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void unknownUrlIsTheNotFoundPage() {
		assertThat(this.mvc.get().uri("/no/such/page").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND)
			.hasViewName("error/404")
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.bodyText()
			.contains("<title>Page not found · Framework Advisor</title>")
			.contains("We could not find that page")
			.contains("href=\"/\"", "href=\"/evidence\"");
	}

	@Test
	void unknownStaticFileIsTheNotFoundPage() {
		assertThat(this.mvc.get().uri("/css/missing.css")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
	}

	@Test
	void unknownApiUrlIsANotFoundProblemDetailEvenForABrowser() {
		assertThat(this.mvc.get().uri("/api/unknown").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.status", status -> assertThat(status).asNumber().isEqualTo(404))
			.hasPathSatisfying("$.title", title -> assertThat(title).asString().isEqualTo("Not Found"))
			.hasPathSatisfying("$.instance", instance -> assertThat(instance).asString().isEqualTo("/api/unknown"));
	}

	@Test
	void unknownApiVersionIsANotFoundProblemDetail() {
		assertThat(this.mvc.get().uri("/api/v9/topics").accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
