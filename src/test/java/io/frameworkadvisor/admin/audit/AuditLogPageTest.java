package io.frameworkadvisor.admin.audit;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.admin.AuditLog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log page: newest first, filtered by entity type, entity id (exact or prefix)
 * and actor, paged 50 at a time, before/after shown field by field, and bad filters
 * answered with a message instead of an error. Entries are written under an actor and
 * entity ids of this test's own.
 */
@WebTest
@WithMockUser(username = "editor", roles = "EDITOR")
class AuditLogPageTest {

	private static final Pattern ENTRY_ID = Pattern.compile("id=\"audit-([0-9]+)\"");

	private static final Pattern OLDER = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditLog auditLog;

	@Test
	void pagesThroughEveryEntryOfAnActorNewestFirstWithoutGapsOrRepeats() {
		String actor = "audit-pager";
		for (int i = 0; i < 120; i++) {
			this.auditLog.record(actor, "source", "audit-pager-source-" + i, "update", "{\"title\": \"T" + i + "\"}",
					"{\"title\": \"T" + (i + 1) + "\"}");
		}

		List<Long> seen = new ArrayList<>();
		String page = body("/admin/audit?actor=" + actor);
		List<Integer> pageSizes = new ArrayList<>();
		while (true) {
			List<Long> ids = ids(page);
			pageSizes.add(ids.size());
			seen.addAll(ids);
			Matcher older = OLDER.matcher(page);
			if (!older.find()) {
				break;
			}
			page = body(older.group(1).replace("&amp;", "&"));
			assertThat(page).contains(">Newest changes<");
		}

		assertThat(pageSizes).containsExactly(50, 50, 20);
		assertThat(seen).hasSize(120).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(body("/admin/audit?actor=" + actor)).containsSubsequence("audit-pager-source-119",
				"audit-pager-source-118");
	}

	@Test
	void filtersByEntityTypeAndByExactOrPrefixId() {
		this.auditLog.record("audit-filter", "dataset", "audit-filter-set", "create", null, "{\"title\": \"A\"}");
		this.auditLog.record("audit-filter", "dataset", "audit-filter-set-two", "create", null, "{\"title\": \"B\"}");
		this.auditLog.record("audit-filter", "source", "audit-filter-set", "create", null, "{\"title\": \"C\"}");

		assertThat(ids(body("/admin/audit?entity=dataset&id=audit-filter-set"))).hasSize(1);
		assertThat(ids(body("/admin/audit?entity=dataset&id=audit-filter-set&match=prefix"))).hasSize(2);
		assertThat(ids(body("/admin/audit?id=audit-filter-set&match=prefix"))).hasSize(3);
		assertThat(ids(body("/admin/audit?id=audit-filter-se_&match=prefix"))).isEmpty();
		assertThat(ids(body("/admin/audit?entity=source&actor=audit-filter"))).hasSize(1);
		assertThat(body("/admin/audit?entity=source&actor=nobody-at-all")).contains("No changes match these filters.");
		assertThat(body("/admin/audit?entity=dataset&id=audit-filter-set"))
			.contains("<option value=\"dataset\" selected=\"selected\">dataset</option>", "value=\"audit-filter-set\"");
	}

	@Test
	void showsEachChangedFieldWithItsValueBeforeAndAfter() {
		this.auditLog.record("audit-fields", "score", "audit-fields-topic/django/admin", "update",
				"{\"value\": 10, \"mode\": \"judgement\", \"rationale\": \"Built in.\"}",
				"{\"value\": 5, \"mode\": \"judgement\", \"rationale\": \"Built in, but dated.\"}");

		assertThat(body("/admin/audit?entity=score&id=audit-fields-topic/django/admin")).containsSubsequence(
				"audit-fields · update · score", "<th scope=\"row\">value</th>", "<del>10</del>", "<ins>5</ins>",
				"<th scope=\"row\">rationale</th>", "<del>Built in.</del>", "<ins>Built in, but dated.</ins>",
				"1 unchanged fields", "<dt>mode</dt>", "<dd>judgement</dd>");
	}

	@Test
	void badFiltersGetAClearMessageAndNoError() {
		assertThat(this.mvc.get().uri("/admin/audit?entity=bogus").exchange()).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("“bogus” is not a kind of entity the audit log knows; choose one from the list.");
		assertThat(this.mvc.get().uri("/admin/audit?before=abc").exchange()).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The page link is not valid; start again from the newest changes.");
		assertThat(this.mvc.get().uri("/admin/audit?before=99999999999999999999").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/admin/audit?match=regex").exchange()).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Match the entity id either exactly or as the start of the id.");
		assertThat(this.mvc.get().uri("/admin/audit?actor={actor}", "x".repeat(301)).exchange())
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("at most 300 characters");
		assertThat(this.mvc.get().uri("/admin/audit?id={id}&match=prefix", "%_\\'").exchange()).hasStatusOk();
	}

	private String body(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Long> ids(String body) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = ENTRY_ID.matcher(body);
		while (matcher.find()) {
			ids.add(Long.valueOf(matcher.group(1)));
		}
		return ids;
	}

}
