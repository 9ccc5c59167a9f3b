package io.frameworkadvisor.system;

import java.util.Map;

import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.recommendation.RecommendationService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages follow the browser's {@code Accept-Language}: German with {@code de}, English
 * without it. The page cache is on, as in production, so a page cached in one language is
 * never served in the other.
 */
@WebTest
@TestPropertySource(properties = "advisor.page-cache.enabled=true")
class GermanPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecommendationService recommendations;

	@Test
	void theHomePageSpeaksTheBrowsersLanguage() throws Exception {
		assertLanguages("/", "Choose a web framework on evidence, not opinion",
				"Wählen Sie ein Web-Framework anhand von Belegen, nicht nach Meinung");
	}

	@Test
	void theWizardSpeaksTheBrowsersLanguage() throws Exception {
		assertLanguages("/wizard", "Question 1 of", "Frage 1 von");
	}

	@Test
	void theMethodPageSpeaksTheBrowsersLanguage() throws Exception {
		assertLanguages("/method", "How a recommendation is computed", "Wie eine Empfehlung berechnet wird");
	}

	@Test
	void aResultSpeaksTheBrowsersLanguage() throws Exception {
		String id = this.recommendations.recommend("python-web-frameworks", Map.of("service_kind", "ai_backend")).id();
		assertLanguages("/r/" + id, "How sure is this?", "Wie sicher ist das?");
		assertThat(page("/r/" + id, "de")).contains("Ihre Antworten").doesNotContain("Your answers");
	}

	@Test
	void anUnknownLanguageGetsEnglish() throws Exception {
		assertThat(page("/method", "fr")).contains("<html lang=\"en\"").contains("How a recommendation is computed");
	}

	/**
	 * Asked in English first, then in German, then without a language: each gets its own.
	 */
	private void assertLanguages(String path, String english, String german) throws Exception {
		assertThat(page(path, "en")).contains("<html lang=\"en\"").contains(english).doesNotContain(german);
		assertThat(page(path, "de-DE,de;q=0.9,en;q=0.5")).contains("<html lang=\"de\"")
			.contains(german)
			.doesNotContain(english);
		assertThat(page(path, null)).contains("<html lang=\"en\"").contains(english).doesNotContain(german);
	}

	private String page(String path, String language) throws Exception {
		var request = get(path);
		if (language != null) {
			request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
