package io.frameworkadvisor.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import io.frameworkadvisor.DatabaseTest;
import io.frameworkadvisor.TestTopics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's journey in a real browser: sign in, review the draft, publish it with a
 * note; a share link made before keeps its old result and says that a newer version
 * answers differently, and running the same answers again gives the new answer. Works on
 * a copy of the seed of its own.
 */
@BrowserTest
class PublishJourneyTest {

	private static final String TOPIC = "browser-topic";

	private static final String ANSWERS = "topic=" + TOPIC + "&service_kind=fullstack_app&admin_needs=must";

	@Autowired
	ApplicationContext context;

	@Test
	void anEditorPublishesAndAnOlderLinkKeepsItsResultWhileANewRunReflectsTheChange(BrowserSession browser) {
		TestTopics.copyOfSeed(this.context, TOPIC);
		Page reader = browser.newPage();
		String link = recommend(reader);
		assertThat(reader.locator(".result-winner__name")).hasText("Django");

		// Django's admin falls below the must-have, Flask's rises above it: edited in the
		// score editor, after signing in where the editor first wanted to go.
		Page editor = browser.newPage();
		editor.navigate("/admin/topics/" + TOPIC + "/matrix/django/admin");
		assertThat(editor).hasURL(Pattern.compile(".*/login$"));
		editor.getByLabel("User name").fill("admin");
		editor.getByLabel("Password").fill(DatabaseTest.ADMIN_PASSWORD);
		editor.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in")).click();
		// back where the sign-in started (Spring Security adds "?continue")
		assertThat(editor).hasURL(Pattern.compile(".*/admin/topics/" + TOPIC + "/matrix/django/admin(\\?continue)?$"));
		editScore(editor, "5");
		editor.navigate("/admin/topics/" + TOPIC + "/matrix/flask/admin");
		editScore(editor, "7");

		editor.navigate("/admin/topics/" + TOPIC + "/draft");
		assertThat(editor.getByRole(AriaRole.HEADING, new GetByRoleOptions().setName("Cells that change (2)")))
			.isVisible();
		Locator linkRow = editor.locator("tr.publish-link", new Page.LocatorOptions().setHasText(linkPath(link)));
		assertThat(linkRow).containsText("Django → Flask");

		editor.getByLabel("Note").fill("Admin scores revised in the browser test");
		editor.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Publish version 2")).click();
		assertThat(editor.getByRole(AriaRole.STATUS)).containsText("Published version 2.");

		Page laterReader = browser.newPage();
		laterReader.navigate(link);
		assertThat(laterReader.locator(".result-winner__name")).hasText("Django");
		assertThat(laterReader.locator(".result-header__meta")).containsText("Decision matrix version 1");
		Locator notice = laterReader.getByRole(AriaRole.COMPLEMENTARY,
				new GetByRoleOptions().setName("A newer version answers differently"));
		assertThat(notice).containsText("for the same answers it recommends Flask instead of Django");

		notice.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Re-run these answers on version 2"))
			.click();
		laterReader.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Get my recommendation")).click();
		laterReader.waitForURL(WizardJourneyTest.RESULT_URL);
		assertThat(laterReader.url()).isNotEqualTo(link);
		assertThat(laterReader.locator(".result-winner__name")).hasText("Flask");
		assertThat(laterReader.locator(".result-header__meta")).containsText("Decision matrix version 2");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	private static String recommend(Page page) {
		page.navigate("/wizard/review?" + ANSWERS);
		page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Get my recommendation")).click();
		page.waitForURL(WizardJourneyTest.RESULT_URL);
		return page.url();
	}

	private static String linkPath(String link) {
		return link.substring(link.indexOf("/r/"));
	}

	private static void editScore(Page editor, String value) {
		editor.getByLabel("Score (0–10)").fill(value);
		editor.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Save")).click();
		assertThat(editor.getByRole(AriaRole.STATUS).first()).containsText("Saved");
	}

}
