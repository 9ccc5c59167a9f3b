package io.frameworkadvisor.browser;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page is valid HTML by the Nu Html Checker (the validator behind
 * validator.w3.org), run in-process on the markup exactly as the server sends it.
 */
@BrowserTest
class HtmlValidityTest {

	@Autowired
	ApplicationContext context;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyPublicPageIsValidHtml(BrowserSession browser) throws Exception {
		Page page = browser.newPage();

		assertThat(errors(page, SitePages.publicPages(this.context))).isEmpty();
	}

	@Test
	void everyAdminPageIsValidHtml(BrowserSession browser) throws Exception {
		Page page = browser.newPage();
		browser.signIn(page);

		assertThat(errors(page, SitePages.adminPages(this.context))).isEmpty();
	}

	/** The checker's errors by page; pages without errors are left out. */
	private Map<String, List<String>> errors(Page page, List<String> paths) throws Exception {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (String path : paths) {
			APIResponse response = page.request().get(path);
			assertThat(response.status()).as(path).isEqualTo(SitePages.expectedStatus(path));
			assertThat(response.headers().get("content-type")).as(path).startsWith("text/html");
			EmbeddedValidator validator = new EmbeddedValidator();
			validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
			String report = validator.validate(new ByteArrayInputStream(response.body()));
			List<String> messages = this.json.readTree(report)
				.path("messages")
				.valueStream()
				.filter((message) -> !"info".equals(message.path("type").asString()))
				.map(HtmlValidityTest::describe)
				.toList();
			if (!messages.isEmpty()) {
				errors.put(path + " (" + response.status() + ")", messages);
			}
		}
		return errors;
	}

	private static String describe(JsonNode message) {
		return "line " + message.path("lastLine").asString() + ": " + message.path("message").asString() + " ["
				+ message.path("extract").asString().strip() + "]";
	}

}
