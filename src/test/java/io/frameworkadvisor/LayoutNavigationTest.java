package io.frameworkadvisor;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the site carries the main navigation, and the page being shown is marked
 * as the current one.
 */
@WebTest
class LayoutNavigationTest {

	private static final String[] NAV_LINKS = { "href=\"/wizard\"", "href=\"/matrix\"", "href=\"/compare\"",
			"href=\"/method\"", "href=\"/evidence\"" };

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@CsvSource({ "/, ", "/matrix, /matrix", "/compare, /compare", "/compare?candidate=nope, /compare",
			"/method, /method", "/evidence, /evidence", "/evidence/c6i-2xlarge-wrk2-1000rps, /evidence",
			"/no-such-page, " })
	void everyPageHasTheMainNavigation(String uri, String current) throws Exception {
		String body = this.mvc.get()
			.uri(URI.create(uri))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String nav = body.substring(body.indexOf("<nav class=\"site-nav\""), body.indexOf("</nav>") + 6);

		assertThat(nav).contains(NAV_LINKS).contains(">Wizard<", ">Matrix<", ">Compare<", ">Method<", ">Evidence<");
		if (current != null) {
			assertThat(nav).contains("href=\"" + current + "\" aria-current=\"page\"");
		}
		else {
			assertThat(nav).doesNotContain("aria-current");
		}
	}

}
