package io.frameworkadvisor.admin.publish;

import java.util.Map;

import io.frameworkadvisor.TestTopics;
import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.recommendation.MatrixPublisher;
import io.frameworkadvisor.recommendation.RecommendationService;
import io.frameworkadvisor.recommendation.RecommendationService.Shared;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The publish test: a share link made before publishing keeps its version-1
 * result, the draft page shows the changed cell and the link whose winner would change,
 * publishing takes a note and the version the editor reviewed, and the audit log has the
 * entries. Each test works on a copy of the seed of its own; the seeded topic is never
 * touched. The copies add sources, datasets and measurements that tests counting the
 * seeded evidence would see, so this class runs on a database of its own (a context of
 * its own, closed afterwards).
 */
@WebTest
@TestPropertySource(properties = "advisor.test.database=publish-flow")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PublishFlowTest {

	private static final Map<String, String> ANSWERS = Map.of("service_kind", "fullstack_app", "admin_needs", "must");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	MatrixPublisher publisher;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void aLinkMadeBeforePublishingKeepsItsResultAndTheAuditLogHasTheEntries() {
		String topic = "publish-flow";
		TestTopics.copyOfSeed(this.context, topic);
		Shared link = this.recommendations.recommend(topic, ANSWERS);
		assertThat(link.result().winner()).isEqualTo("django");
		// Django's admin falls below the must-have of admin_needs=must, Flask's rises
		// above
		// it: the link's winner flips.
		editScore(topic, "django", "admin", 5);
		editScore(topic, "flask", "admin", 7);

		MvcTestResult draft = this.mvc.get().uri("/admin/topics/{topic}/draft", topic).exchange();
		assertThat(draft).hasStatusOk()
			.bodyText()
			.contains("Cells that change (2)")
			.containsSubsequence("Django on Built-in admin / back office", "<del>10.00</del>", "<ins>5.00</ins>")
			.containsSubsequence("Flask on Built-in admin / back office", "<del>2.00</del>", "<ins>7.00</ins>")
			.contains("href=\"/admin/audit?entity=score&amp;id=" + topic + "/django/admin\"")
			.contains(
					"1 would get a different answer from the draft than the one they show (1 of them because of this draft) and 0 would keep theirs")
			.containsSubsequence("href=\"/r/" + link.id() + "\"", "<del>Django</del> → <ins>Flask</ins>")
			.contains("name=\"basedOn\" value=\"1\"")
			.contains("Publish version 2");

		MvcTestResult published = this.mvc.post()
			.uri("/admin/topics/{topic}/publish", topic)
			.param("note", "  Admin scores revised  ")
			.param("basedOn", "1")
			.with(csrf())
			.exchange();
		assertThat(published).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/topics/" + topic + "/draft");
		assertThat(published).flash().containsEntry("publishedVersion", 2);
		assertThat(this.jdbc.queryForMap("""
				select v.note, v.published_by from matrix_version v join topic t on t.id = v.topic_id
				where t.key = ? and v.number = 2""", topic)).containsEntry("note", "Admin scores revised")
			.containsEntry("published_by", "editor");
		assertThat(this.mvc.get().uri("/admin/topics/{topic}/draft", topic).flashAttr("publishedVersion", 2).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("Published version 2.")
			.contains("Nothing changed: the draft is the same as the published version 2.")
			.contains(
					"1 would get a different answer from the draft than the one they show (0 of them because of this draft) and 0 would keep theirs")
			.contains("already so in the published version 2");

		assertThat(this.mvc.get().uri("/r/{id}", link.id()).exchange()).hasStatusOk()
			.bodyText()
			.contains("<span class=\"result-winner__name\">Django</span>")
			.contains("Decision matrix version 1, published")
			.contains("A newer version answers differently")
			.contains("for the same answers it recommends Flask instead of Django");
		Shared after = this.recommendations.recommend(topic, ANSWERS);
		assertThat(after.result().matrixVersion()).isEqualTo(2);
		assertThat(after.result().winner()).isEqualTo("flask");

		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where actor = 'editor' and entity_type = 'matrix_version'
				and entity_id = ? and action = 'publish' and after ->> 'note' = 'Admin scores revised'""",
				Integer.class, topic + "/2"))
			.isEqualTo(1);
		assertThat(
				this.mvc.get().uri("/admin/audit?entity=matrix_version&actor=editor&id={id}", topic + "/2").exchange())
			.hasStatusOk()
			.bodyText()
			.containsSubsequence("editor · publish · matrix_version", topic + "/2", "<th scope=\"row\">note</th>",
					"<ins>Admin scores revised</ins>")
			.doesNotContain("No changes match these filters.");
		assertThat(this.mvc.get().uri("/admin/audit?entity=score&id={id}", topic + "/django/admin").exchange())
			.hasStatusOk()
			.bodyText()
			.containsSubsequence("editor · update · score", "<th scope=\"row\">value</th>", "<del>10.00</del>",
					"<ins>5</ins>")
			.doesNotContain(topic + "/flask/admin<");
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void aDraftWithoutChangesSaysSo() {
		String topic = "publish-unchanged";
		TestTopics.copyOfSeed(this.context, topic);

		assertThat(this.mvc.get().uri("/admin/topics/{topic}/draft", topic).exchange()).hasStatusOk()
			.bodyText()
			.contains("Nothing changed: the draft is the same as the published version 1.")
			.doesNotContain("Cells that change")
			.contains("There are no share links for this topic yet.")
			.contains("href=\"/admin/audit?id=" + topic + "&amp;match=prefix\"");
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void aNewDatasetShowsTheDerivedScoresItChanges() {
		String topic = "publish-derived";
		Map<String, String> renamed = TestTopics.copyOfSeed(this.context, topic);
		String source = renamed.get("bytepulse-30-day-benchmark-2026");
		long dataset = this.jdbc.queryForObject("""
				insert into dataset (source_id, slug, title, methodology)
				values ((select id from source where key = ?), ?, 'Cold starts re-measured', 'Ten cold starts each')
				returning id""", Long.class, source, "cold-starts-" + topic);
		// Django starts fastest here, against every other source.
		for (Object[] figure : new Object[][] { { "fastapi", 2000 }, { "django", 100 }, { "flask", 1000 } }) {
			this.jdbc.update(
					"""
							insert into measurement (dataset_id, candidate_id, metric_id, scenario, workload, stack, value, unit,
							                         quote)
							select ?, c.id, m.id, 'cold', 'hello world', 'uvicorn', ?, 'ms', 'measured again'
							from candidate c join metric m on m.topic_id = c.topic_id join topic t on t.id = c.topic_id
							where t.key = ? and c.key = ? and m.key = 'cold_start'""",
					dataset, figure[1], topic, figure[0]);
		}

		assertThat(this.mvc.get().uri("/admin/topics/{topic}/draft", topic).exchange()).hasStatusOk()
			.bodyText()
			.contains("Cells that change (3)")
			.containsSubsequence("FastAPI on Cold start", "diff-changed", "derived from measurements",
					"added: Cold start: ", "2,000 ms", "(FastAPI vs Django vs Flask: Head-to-Head Comparison)")
			.containsSubsequence("Django on Cold start", "added: Cold start: ", "100 ms")
			.containsSubsequence("Flask on Cold start", "added: Cold start: ")
			.doesNotContain("Nothing changed");
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void withoutANoteNothingIsPublishedAndTheFieldSaysWhy() {
		String topic = "publish-no-note";
		TestTopics.copyOfSeed(this.context, topic);
		editScore(topic, "flask", "admin", 3);

		MvcTestResult result = this.mvc.post()
			.uri("/admin/topics/{topic}/publish", topic)
			.param("note", "   ")
			.param("basedOn", "1")
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.containsSubsequence("class=\"error-summary\"", "href=\"#note\"",
					"Write a note that says what this version changes.")
			.contains("id=\"note-error\"")
			.contains("Cells that change (1)");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrors("note");
		assertThat(versions(topic)).isEqualTo(1);

		assertThat(this.mvc.post()
			.uri("/admin/topics/{topic}/publish", topic)
			.param("note", "A note")
			.param("basedOn", "one")
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("reload the draft and try again");
		assertThat(versions(topic)).isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void whenSomeoneElsePublishedMeanwhileNothingIsPublishedAndTheNewDiffIsShown() {
		String topic = "publish-stale";
		TestTopics.copyOfSeed(this.context, topic);
		editScore(topic, "flask", "admin", 3);
		assertThat(this.mvc.get().uri("/admin/topics/{topic}/draft", topic).exchange()).bodyText()
			.contains("name=\"basedOn\" value=\"1\"");
		// Another editor publishes version 2, then changes a weight in the draft.
		this.publisher.publish(topic, "Someone else's version", "other-editor");
		setWeight(topic, "admin_needs", "must", "admin", 9);

		MvcTestResult result = this.mvc.post()
			.uri("/admin/topics/{topic}/publish", topic)
			.param("note", "My version")
			.param("basedOn", "1")
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else published while you were reviewing")
			.contains("Version 2 was published after you loaded this page, which showed the changes against version 1.")
			.contains("Compared with the published version 2")
			.contains("Weights that change")
			.containsSubsequence("Built-in admin / back office", "<ins>9.00</ins>")
			.doesNotContain("Cells that change")
			.contains("name=\"basedOn\" value=\"2\"")
			.contains("My version");
		assertThat(versions(topic)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'matrix_version' and entity_id like ?",
				Integer.class, topic + "/%"))
			.isEqualTo(2);
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndNothingIsPublished() {
		String topic = "publish-anonymous";
		TestTopics.copyOfSeed(this.context, topic);

		assertThat(this.mvc.get().uri("/admin/topics/{topic}/draft", topic).exchange()).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.get().uri("/admin/audit").exchange()).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.post()
			.uri("/admin/topics/{topic}/publish", topic)
			.param("note", "Sneaky")
			.param("basedOn", "1")
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(versions(topic)).isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void publishingWithoutACsrfTokenIsRefused() {
		String topic = "publish-csrf";
		TestTopics.copyOfSeed(this.context, topic);

		assertThat(this.mvc.post()
			.uri("/admin/topics/{topic}/publish", topic)
			.param("note", "Forged")
			.param("basedOn", "1")
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(versions(topic)).isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void anUnknownTopicIsNotFound() {
		assertThat(this.mvc.get().uri("/admin/topics/no-such-topic/draft").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	private void editScore(String topic, String candidate, String criterion, int value) {
		TestTopics.editScore(this.context, topic, candidate, criterion, value, "editor");
	}

	private void setWeight(String topic, String question, String option, String criterion, int weight) {
		int updated = this.jdbc.update("""
				update option_weight set weight = ?
				where option_id = (select o.id from answer_option o join question q on q.id = o.question_id
				                   join topic t on t.id = q.topic_id where t.key = ? and q.key = ? and o.key = ?)
				and criterion_id = (select cr.id from criterion cr join topic t on t.id = cr.topic_id
				                    where t.key = ? and cr.key = ?)""", weight, topic, question, option, topic,
				criterion);
		assertThat(updated).isEqualTo(1);
	}

	private int versions(String topic) {
		return this.jdbc.queryForObject(
				"select count(*) from matrix_version v join topic t on t.id = v.topic_id where t.key = ?",
				Integer.class, topic);
	}

}
