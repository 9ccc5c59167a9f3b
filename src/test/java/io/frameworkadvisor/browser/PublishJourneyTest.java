package io.frameworkadvisor.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import io.frameworkadvisor.DatabaseTest;
import io.frameworkadvisor.TestTopics;
import io.frameworkadvisor.admin.AuditLog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

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

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditLog auditLog;

	@Test
	void anEditorPublishesAndAnOlderLinkKeepsItsResultWhileANewRunReflectsTheChange(BrowserSession browser) {
		TestTopics.copyOfSeed(this.context, TOPIC);
		Page reader = browser.newPage();
		String link = recommend(reader);
		assertThat(reader.locator(".result-winner__name")).hasText("Django");

		// The score editor (/admin/topics/{topic}/matrix/{candidate}/{criterion}) is not
		// built yet: change the cells as it will, score and audit entry in one
		// transaction. Django's admin falls below the must-have, Flask's rises above it.
		editScore("django", "admin", 5);
		editScore("flask", "admin", 7);

		Page editor = browser.newPage();
		editor.navigate("/admin/topics/" + TOPIC + "/draft");
		assertThat(editor).hasURL(Pattern.compile(".*/login$"));
		editor.getByLabel("User name").fill("admin");
		editor.getByLabel("Password").fill(DatabaseTest.ADMIN_PASSWORD);
		editor.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in")).click();
		// back where the sign-in started (Spring Security adds "?continue")
		assertThat(editor).hasURL(Pattern.compile(".*/admin/topics/" + TOPIC + "/draft(\\?continue)?$"));
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

	/** What the score editor does: update the score and audit it, in one transaction. */
	private void editScore(String candidate, String criterion, int value) {
		this.transactions.executeWithoutResult((status) -> {
			String before = this.jdbc.queryForObject("""
					select json_build_object('value', s.value, 'mode', s.mode, 'rationale', s.rationale)::text
					from score s join candidate c on c.id = s.candidate_id join criterion cr on cr.id = s.criterion_id
					join topic t on t.id = c.topic_id where t.key = ? and c.key = ? and cr.key = ?""", String.class,
					TOPIC, candidate, criterion);
			int updated = this.jdbc.update("""
					update score set value = ?, version = version + 1
					where candidate_id = (select c.id from candidate c join topic t on t.id = c.topic_id
					                      where t.key = ? and c.key = ?)
					and criterion_id = (select cr.id from criterion cr join topic t on t.id = cr.topic_id
					                    where t.key = ? and cr.key = ?)""", value, TOPIC, candidate, TOPIC, criterion);
			assertThat(updated).isEqualTo(1);
			String after = before.replaceFirst("\"value\" ?: ?[0-9.]+", "\"value\" : " + value);
			this.auditLog.record("admin", "score", TOPIC + "/" + candidate + "/" + criterion, "update", before, after);
		});
	}

}
