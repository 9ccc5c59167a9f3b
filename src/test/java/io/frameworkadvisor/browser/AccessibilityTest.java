package io.frameworkadvisor.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (vendored under {@code src/test/resources/axe/}, MPL-2.0) run in Chromium on
 * every page, in the light and the dark colour scheme: no serious or critical violation.
 * The test contexts bypass the app's Content-Security-Policy so that axe can be injected.
 */
@BrowserTest
class AccessibilityTest {

	private static final String RUN_AXE = """
			async () => {
			  const results = await axe.run(document, { resultTypes: ['violations'] });
			  return JSON.stringify(results.violations
			    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
			    .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			      + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')));
			}""";

	private static String axe;

	@Autowired
	ApplicationContext context;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void loadAxe() throws IOException {
		try (InputStream in = AccessibilityTest.class.getResourceAsStream("/axe/axe.min.js")) {
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@ParameterizedTest
	@EnumSource(value = ColorScheme.class, names = { "LIGHT", "DARK" })
	void everyPublicPageHasNoSeriousViolations(ColorScheme scheme, BrowserSession browser) {
		Page page = browser.newPage((options) -> options.setBypassCSP(true).setColorScheme(scheme));

		assertThat(violations(page, SitePages.publicPages(this.context))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = ColorScheme.class, names = { "LIGHT", "DARK" })
	void everyAdminPageHasNoSeriousViolations(ColorScheme scheme, BrowserSession browser) {
		Page page = browser.newPage((options) -> options.setBypassCSP(true).setColorScheme(scheme));
		browser.signIn(page);

		assertThat(violations(page, SitePages.adminPages(this.context))).isEmpty();
	}

	private Map<String, List<String>> violations(Page page, List<String> paths) {
		Map<String, List<String>> violations = new LinkedHashMap<>();
		for (String path : paths) {
			assertThat(page.navigate(path).status()).as(path).isEqualTo(SitePages.expectedStatus(path));
			page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
			String found = (String) page.evaluate(RUN_AXE);
			List<String> list = new ArrayList<>(List.of(this.json.readValue(found, String[].class)));
			if (!list.isEmpty()) {
				violations.put(path, list);
			}
		}
		return violations;
	}

}
