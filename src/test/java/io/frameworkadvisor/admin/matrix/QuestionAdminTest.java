package io.frameworkadvisor.admin.matrix;

import io.frameworkadvisor.TestTopics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.frameworkadvisor.admin.matrix.AdminDb.auditRows;
import static io.frameworkadvisor.admin.matrix.AdminDb.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Questions and options of a copy of the seeded topic: labels, weights and must-haves
 * edited with field errors and optimistic locking, new keys validated, published keys
 * never deleted, and the preview of what sample answers get on the draft against the
 * published version.
 */
@MatrixAdminTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionAdminTest {

	private static final String TOPIC = "mx-questions";

	private static final String QUESTIONS = "/admin/topics/" + TOPIC + "/questions";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	void copyTheSeed() {
		TestTopics.copyOfSeed(this.context, TOPIC);
	}

	@Test
	void editsAQuestionWithOptimisticLocking() throws Exception {
		String uri = QUESTIONS + "/team";
		String version = AdminDb.version(page(uri));
		assertThat(post(uri, "key", "team", "label", "Who builds it?", "help", "The team", "position", "10", "version",
				version))
			.hasRedirectedUrl(uri);
		assertThat(this.jdbc.queryForObject("""
				select label || '|' || help || '|' || position from question q join topic t on t.id = q.topic_id
				where t.key = ? and q.key = 'team'""", String.class, TOPIC)).isEqualTo("Who builds it?|The team|10");
		assertThat(auditRows(this.jdbc, "question", TOPIC + "/team", "update")).isOne();

		MvcTestResult stale = post(uri, "key", "team", "label", "Stale label", "help", "", "position", "10", "version",
				version);
		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		assertThat(stale.getResponse().getContentAsString()).contains("value=\"Stale label\"", "Who builds it?");
		MvcTestResult invalid = post(uri, "key", "team", "label", "", "help", "", "position", "-1", "version",
				AdminDb.version(page(uri)));
		assertThat(invalid).hasStatusOk();
		assertThat(invalid).model().extractingBindingResult("form").hasFieldErrors("label", "position");
	}

	@Test
	void editsAnOptionsWeightsAndMustHaves() throws Exception {
		String uri = QUESTIONS + "/admin_needs/options/nice";
		String page = page(uri);
		assertThat(page).contains("name=\"weights[admin]\"", "name=\"weights[cold_start]\"",
				"name=\"mustHaves[0].minScore\"");
		String version = AdminDb.version(page);

		MvcTestResult invalid = post(uri, "key", "nice", "label", "Nice to have", "help", "", "weightBasis", "",
				"position", "2", "weights[admin]", "0", "weights[ecosystem]", "lots", "mustHaves[0].criterion", "admin",
				"mustHaves[0].minScore", "12", "mustHaves[0].reason", "", "version", version);
		assertThat(invalid).hasStatusOk().hasViewName("admin/matrix/option");
		assertThat(invalid).model()
			.extractingBindingResult("form")
			.hasFieldErrors("weights[admin]", "weights[ecosystem]", "mustHaves[0].minScore");
		assertThat(weights("admin_needs", "nice")).isEqualTo("admin=2.00");

		assertThat(post(uri, "key", "nice", "label", "Nice to have", "help", "", "weightBasis", "Back office helps",
				"position", "2", "weights[admin]", "3", "weights[ecosystem]", "1.5", "mustHaves[0].criterion", "admin",
				"mustHaves[0].minScore", "4", "mustHaves[0].reason", "some back office", "mustHaves[1].criterion", "",
				"mustHaves[1].minScore", "", "version", version))
			.hasRedirectedUrl(uri);
		assertThat(weights("admin_needs", "nice")).isEqualTo("admin=3.00, ecosystem=1.50");
		assertThat(this.jdbc.queryForObject("""
				select cr.key || ' ' || mh.min_score || ' ' || mh.reason from option_must_have mh
				join answer_option o on o.id = mh.option_id join question q on q.id = o.question_id
				join topic t on t.id = q.topic_id join criterion cr on cr.id = mh.criterion_id
				where t.key = ? and q.key = 'admin_needs' and o.key = 'nice'""", String.class, TOPIC))
			.isEqualTo("admin 4.00 some back office");
		assertThat(auditRows(this.jdbc, "answer_option", TOPIC + "/admin_needs/nice", "update")).isOne();

		// the first form's version is stale now
		MvcTestResult stale = post(uri, "key", "nice", "label", "Nice", "help", "", "weightBasis", "", "position", "2",
				"weights[admin]", "9", "version", version);
		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		assertThat(stale.getResponse().getContentAsString()).contains("Stored now:", "value=\"9\"");
		assertThat(weights("admin_needs", "nice")).isEqualTo("admin=3.00, ecosystem=1.50");
	}

	@Test
	void addsQuestionsAndOptionsWithValidKeysAndNeverDeletesPublishedOnes() throws Exception {
		MvcTestResult invalid = post(QUESTIONS, "key", "Hosting Budget", "label", "", "help", "", "position", "20");
		assertThat(invalid).hasStatusOk().hasViewName("admin/matrix/questions");
		assertThat(invalid).model().extractingBindingResult("form").hasFieldErrors("key", "label");
		MvcTestResult taken = post(QUESTIONS, "key", "team", "label", "Team again", "help", "", "position", "20");
		assertThat(taken).model().extractingBindingResult("form").hasFieldErrors("key");

		assertThat(post(QUESTIONS, "key", "hosting_budget", "label", "Hosting budget?", "help", "", "position", "20"))
			.hasRedirectedUrl(QUESTIONS + "/hosting_budget");
		String options = QUESTIONS + "/hosting_budget/options";
		MvcTestResult badOption = post(options, "key", "Cheap!", "label", "Cheap", "position", "1");
		assertThat(badOption).hasStatusOk();
		assertThat(badOption).model().extractingBindingResult("form").hasFieldErrors("key");
		assertThat(post(options, "key", "cheap", "label", "As cheap as possible", "help", "", "weightBasis", "",
				"position", "1", "weights[memory]", "3"))
			.hasRedirectedUrl(options + "/cheap");
		assertThat(weights("hosting_budget", "cheap")).isEqualTo("memory=3.00");
		assertThat(auditRows(this.jdbc, "question", TOPIC + "/hosting_budget", "create")).isOne();
		assertThat(auditRows(this.jdbc, "answer_option", TOPIC + "/hosting_budget/cheap", "create")).isOne();

		// not yet published: may go
		assertThat(post(options + "/cheap/delete")).hasRedirectedUrl(QUESTIONS + "/hosting_budget");
		assertThat(auditRows(this.jdbc, "answer_option", TOPIC + "/hosting_budget/cheap", "delete")).isOne();
		assertThat(post(QUESTIONS + "/hosting_budget/delete")).hasRedirectedUrl(QUESTIONS);
		assertThat(count(this.jdbc,
				"""
						select 1 from question q join topic t on t.id = q.topic_id where t.key = ? and q.key = 'hosting_budget'""",
				TOPIC))
			.isZero();

		// published keys are public contracts
		assertThat(post(QUESTIONS + "/realtime/options/streaming/delete")).flash()
			.extractingByKey("refusal")
			.asString()
			.contains("Not deleted: " + TOPIC + "/realtime/streaming", "published matrix version(s) 1",
					"keys are public contracts");
		assertThat(post(QUESTIONS + "/realtime/delete")).flash()
			.extractingByKey("refusal")
			.asString()
			.contains("published matrix version(s) 1");
		assertThat(count(this.jdbc, """
				select 1 from answer_option o join question q on q.id = o.question_id join topic t on t.id = q.topic_id
				where t.key = ? and q.key = 'realtime' and o.key = 'streaming'""", TOPIC)).isOne();
	}

	@Test
	void thePreviewShowsWhatTheDraftWouldRecommendNextToThePublishedVersion() throws Exception {
		String preview = QUESTIONS + "?a.existing_stack=flask";
		String before = page(preview);
		assertThat(draftSide(before)).contains("Winner: Flask");
		assertThat(publishedSide(before)).contains("Published version 1", "Winner: Flask");

		String uri = QUESTIONS + "/existing_stack/options/flask";
		assertThat(post(uri, "key", "flask", "label", "Flask", "help", "", "weightBasis", "", "position", "2",
				"weights[stack_django]", "4", "version", AdminDb.version(page(uri))))
			.hasRedirectedUrl(uri);

		String after = page(preview);
		assertThat(after).contains("<option value=\"flask\" selected=\"selected\">");
		assertThat(draftSide(after)).contains("Winner: Django");
		assertThat(publishedSide(after)).contains("Winner: Flask");
		// must-have failures are shown with the ranking
		String mustHave = page(QUESTIONS + "?a.admin_needs=must");
		assertThat(draftSide(mustHave)).contains("fails a must-have: Built-in admin");
	}

	private String weights(String question, String option) {
		return this.jdbc.queryForObject("""
				select coalesce(string_agg(cr.key || '=' || w.weight, ', ' order by cr.key), '') from option_weight w
				join answer_option o on o.id = w.option_id join question q on q.id = o.question_id
				join topic t on t.id = q.topic_id join criterion cr on cr.id = w.criterion_id
				where t.key = ? and q.key = ? and o.key = ?""", String.class, TOPIC, question, option);
	}

	private static String draftSide(String html) {
		return html.substring(html.indexOf("mx-admin-side--draft"), html.indexOf("mx-admin-side--published"));
	}

	private static String publishedSide(String html) {
		return html.substring(html.indexOf("mx-admin-side--published"), html.indexOf("id=\"questions-heading\""));
	}

	private String page(String uri) throws Exception {
		return AdminPages.page(this.mvc, uri);
	}

	private MvcTestResult post(String uri, String... params) {
		return AdminPages.post(this.mvc, uri, params);
	}

}
