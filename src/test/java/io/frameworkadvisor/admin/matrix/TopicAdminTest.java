package io.frameworkadvisor.admin.matrix;

import io.frameworkadvisor.TestTopics;
import io.frameworkadvisor.recommendation.MatrixPublisher;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.frameworkadvisor.admin.matrix.AdminDb.auditRows;
import static io.frameworkadvisor.admin.matrix.AdminDb.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Topics, candidates, criteria and metrics: created from scratch with field errors for
 * bad input, edited with optimistic locking, deleted only when nothing refers to them,
 * and never without signing in.
 */
@MatrixAdminTest
class TopicAdminTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void createsATopicFromScratchWithCandidateCriterionAndMetric() throws Exception {
		assertThat(post("/admin/topics", "key", "mx-brokers", "name", "Message brokers", "description", "Queues"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/topics/mx-brokers");
		assertThat(post("/admin/topics/mx-brokers/candidates", "key", "kafka", "name", "Kafka", "description", "",
				"position", "1"))
			.hasRedirectedUrl("/admin/topics/mx-brokers");
		assertThat(post("/admin/topics/mx-brokers/criteria", "key", "latency", "name", "Latency", "description",
				"End to end", "position", "2"))
			.hasRedirectedUrl("/admin/topics/mx-brokers");
		assertThat(post("/admin/topics/mx-brokers/metrics", "key", "latency_p99", "name", "Latency (p99)", "unit", "ms",
				"better", "lower", "statistic", "p99", "position", "1"))
			.hasRedirectedUrl("/admin/topics/mx-brokers");

		assertThat(this.jdbc.queryForObject("select name from topic where key = 'mx-brokers'", String.class))
			.isEqualTo("Message brokers");
		assertThat(count(this.jdbc, """
				select 1 from score s join candidate c on c.id = s.candidate_id join topic t on t.id = c.topic_id
				where t.key = 'mx-brokers' and s.mode = 'judgement'""")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				select unit || ' ' || better || ' ' || statistic from metric m join topic t on t.id = m.topic_id
				where t.key = 'mx-brokers' and m.key = 'latency_p99'""", String.class)).isEqualTo("ms lower p99");
		assertThat(auditRows(this.jdbc, "topic", "mx-brokers", "create")).isOne();
		assertThat(auditRows(this.jdbc, "candidate", "mx-brokers/kafka", "create")).isOne();
		assertThat(auditRows(this.jdbc, "criterion", "mx-brokers/latency", "create")).isOne();
		assertThat(auditRows(this.jdbc, "metric", "mx-brokers/latency_p99", "create")).isOne();

		MvcTestResult overview = this.mvc.get().uri("/admin/topics/mx-brokers").exchange();
		assertThat(overview).hasStatusOk().hasViewName("admin/matrix/topic");
		assertThat(overview.getResponse().getContentAsString()).contains("Kafka", "Latency (p99)",
				"href=\"/admin/topics/mx-brokers/matrix\"", "href=\"/admin/topics/mx-brokers/questions\"",
				"href=\"/admin/topics/mx-brokers/sources\"", "href=\"/admin/topics/mx-brokers/draft\"",
				"href=\"/admin/topics/mx-brokers/export\"", "href=\"/admin/topics/mx-brokers/import\"");
		assertThat(this.mvc.get().uri("/admin/topics")).hasStatusOk().bodyText().contains("Message brokers");
	}

	@Test
	void editsCandidatesAndMetricsButNeverTheUnitOfAMetricWithMeasurements() throws Exception {
		TestTopics.copyOfSeed(this.context, "mx-edit");
		String candidate = "/admin/topics/mx-edit/candidates/flask";
		assertThat(page(candidate)).contains("<code>flask</code>", "(keys never change)");
		assertThat(post(candidate, "key", "flask", "name", "Flask 3", "description", "Micro framework", "position", "7",
				"version", AdminDb.version(page(candidate))))
			.hasRedirectedUrl(candidate);
		assertThat(this.jdbc.queryForObject(
				"""
						select c.name || '|' || c.description || '|' || c.position from candidate c join topic t on t.id = c.topic_id
						where t.key = 'mx-edit' and c.key = 'flask'""",
				String.class))
			.isEqualTo("Flask 3|Micro framework|7");
		assertThat(this.jdbc.queryForObject("""
				select before ->> 'name' || ' > ' || (after ->> 'name') from audit_event
				where entity_type = 'candidate' and entity_id = 'mx-edit/flask' and action = 'update'""", String.class))
			.isEqualTo("Flask > Flask 3");

		String metric = "/admin/topics/mx-edit/metrics/cold_start";
		String version = AdminDb.version(page(metric));
		MvcTestResult unit = post(metric, "key", "cold_start", "name", "Cold start", "unit", "MB", "better", "lower",
				"statistic", "unspecified", "position", "1", "version", version);
		assertThat(unit).hasStatusOk();
		assertThat(unit).model().extractingBindingResult("form").hasFieldErrors("unit");
		assertThat(post(metric, "key", "cold_start", "name", "Cold start time", "unit", "ms", "better", "lower",
				"statistic", "max", "position", "3", "version", version))
			.hasRedirectedUrl(metric);
		assertThat(this.jdbc.queryForObject("""
				select m.name || '|' || m.unit || '|' || m.statistic from metric m join topic t on t.id = m.topic_id
				where t.key = 'mx-edit' and m.key = 'cold_start'""", String.class)).isEqualTo("Cold start time|ms|max");
		assertThat(auditRows(this.jdbc, "metric", "mx-edit/cold_start", "update")).isOne();
	}

	@Test
	void aCriterionLinkedToAMetricCanBeDerivedAndKeepsItsLinkWhileCellsAreDerived() throws Exception {
		post("/admin/topics", "key", "mx-links", "name", "Links", "description", "");
		post("/admin/topics/mx-links/candidates", "key", "alpha", "name", "Alpha", "position", "1");
		post("/admin/topics/mx-links/criteria", "key", "speed", "name", "Speed", "position", "1");
		post("/admin/topics/mx-links/metrics", "key", "latency", "name", "Latency", "unit", "ms", "better", "lower",
				"statistic", "p95", "position", "1");
		String criterion = "/admin/topics/mx-links/criteria/speed";
		assertThat(post(criterion + "/links", "metric", "latency", "scenario", "", "add", "true", "version",
				AdminDb.version(page(criterion))))
			.hasRedirectedUrl(criterion);
		assertThat(count(this.jdbc, """
				select 1 from criterion_metric cm join criterion cr on cr.id = cm.criterion_id
				join topic t on t.id = cr.topic_id where t.key = 'mx-links' and cm.scenario is null""")).isOne();
		assertThat(auditRows(this.jdbc, "criterion", "mx-links/speed", "update")).isOne();
		assertThat(page(criterion)).contains("Derived from", ">latency<");
		assertThat(post(criterion + "/links", "metric", "latency", "scenario", "Not A Key", "add", "true", "version",
				AdminDb.version(page(criterion))))
			.flash()
			.containsKey("refusal");

		String cell = "/admin/topics/mx-links/matrix/alpha/speed";
		assertThat(page(cell)).contains("value=\"derived\"");
		assertThat(post(cell, "mode", "derived", "value", "", "rationale", "From the benchmark", "version",
				AdminDb.version(page(cell))))
			.hasRedirectedUrl(cell);
		assertThat(post(criterion + "/links", "metric", "latency", "scenario", "", "add", "false", "version",
				AdminDb.version(page(criterion))))
			.flash()
			.extractingByKey("refusal")
			.asString()
			.contains("derived cell(s) (alpha)");
		assertThat(count(this.jdbc, """
				select 1 from criterion_metric cm join criterion cr on cr.id = cm.criterion_id
				join topic t on t.id = cr.topic_id where t.key = 'mx-links'""")).isOne();
		// a stale version of the criterion is a conflict, not a silent change
		assertThat(post(criterion + "/links", "metric", "latency", "scenario", "", "add", "false", "version", "0"))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void invalidInputIsReRenderedWithFieldErrorsAndNothingIsStored() throws Exception {
		MvcTestResult topic = post("/admin/topics", "key", "Not A Key", "name", "", "description", "");
		assertThat(topic).hasStatusOk().hasViewName("admin/matrix/topics");
		assertThat(topic).model().extractingBindingResult("form").hasFieldErrors("key", "name");
		assertThat(topic.getResponse().getContentAsString()).contains("class=\"field-error\"",
				"Use lower-case letters, digits and hyphens");
		assertThat(count(this.jdbc, "select 1 from topic where key = 'Not A Key' or name = ''")).isZero();

		post("/admin/topics", "key", "mx-invalid", "name", "Invalid input", "description", "");
		MvcTestResult candidate = post("/admin/topics/mx-invalid/candidates", "key", "bad-key!", "name", "", "position",
				"first");
		assertThat(candidate).hasStatusOk().hasViewName("admin/matrix/part");
		assertThat(candidate).model().extractingBindingResult("form").hasFieldErrors("key", "name", "position");
		MvcTestResult metric = post("/admin/topics/mx-invalid/metrics", "key", "rps", "name", "Requests", "unit",
				"furlongs", "better", "sideways", "statistic", "p95", "position", "1");
		assertThat(metric).hasStatusOk().hasViewName("admin/matrix/metric");
		assertThat(metric).model().extractingBindingResult("form").hasFieldErrors("unit", "better");
		post("/admin/topics/mx-invalid/criteria", "key", "speed", "name", "Speed", "position", "1");
		MvcTestResult duplicate = post("/admin/topics/mx-invalid/criteria", "key", "speed", "name", "Speed again",
				"position", "2");
		assertThat(duplicate).hasStatusOk();
		assertThat(duplicate).model().extractingBindingResult("form").hasFieldErrors("key");
		assertThat(duplicate.getResponse().getContentAsString()).contains("This key is already used.");
		MvcTestResult duplicateTopic = post("/admin/topics", "key", "mx-invalid", "name", "Again", "description", "");
		assertThat(duplicateTopic).model().extractingBindingResult("form").hasFieldErrors("key");

		assertThat(count(this.jdbc, """
				select 1 from candidate c join topic t on t.id = c.topic_id where t.key = 'mx-invalid'
				union all select 1 from metric m join topic t on t.id = m.topic_id where t.key = 'mx-invalid'"""))
			.isZero();
		assertThat(count(this.jdbc, """
				select 1 from criterion c join topic t on t.id = c.topic_id where t.key = 'mx-invalid'""")).isOne();
	}

	@Test
	void aStaleEditIsAConflictThatKeepsTheStoredValue() throws Exception {
		post("/admin/topics", "key", "mx-stale", "name", "Stale", "description", "");
		String version = AdminDb
			.version(this.mvc.get().uri("/admin/topics/mx-stale").exchange().getResponse().getContentAsString());
		assertThat(post("/admin/topics/mx-stale", "key", "mx-stale", "name", "First", "description", "", "version",
				version))
			.hasRedirectedUrl("/admin/topics/mx-stale");
		MvcTestResult second = post("/admin/topics/mx-stale", "key", "mx-stale", "name", "Second", "description", "",
				"version", version);
		assertThat(second).hasStatus(HttpStatus.CONFLICT);
		assertThat(second.getResponse().getContentAsString()).contains("value=\"Second\"", "First");
		assertThat(this.jdbc.queryForObject("select name from topic where key = 'mx-stale'", String.class))
			.isEqualTo("First");
	}

	@Test
	void deletingWhatEvidenceScoresWeightsOrAPublishedVersionReferToIsRefused() throws Exception {
		TestTopics.copyOfSeed(this.context, "mx-delete");
		MvcTestResult candidate = post("/admin/topics/mx-delete/candidates/fastapi/delete");
		assertThat(candidate).hasRedirectedUrl("/admin/topics/mx-delete/candidates/fastapi");
		assertThat(candidate).flash()
			.extractingByKey("refusal")
			.asString()
			.contains("Not deleted: mx-delete/fastapi", "measurement(s) in dataset(s)", "claim(s)",
					"score(s) with evidence", "published matrix version(s) 1");
		MvcTestResult criterion = post("/admin/topics/mx-delete/criteria/admin/delete");
		assertThat(criterion).flash()
			.extractingByKey("refusal")
			.asString()
			.contains("option weight(s) (service_kind/fullstack_app, admin_needs/must",
					"must-have(s) (admin_needs/must)", "published matrix version(s) 1");
		assertThat(post("/admin/topics/mx-delete/metrics/cold_start/delete")).flash()
			.extractingByKey("refusal")
			.asString()
			.contains("measurement(s)", "the derivation of criterion(s) cold_start");
		assertThat(count(this.jdbc, """
				select 1 from candidate c join topic t on t.id = c.topic_id where t.key = 'mx-delete'
				and c.key = 'fastapi'""")).isOne();

		// a candidate nothing refers to goes, with its unreviewed cells
		post("/admin/topics/mx-delete/candidates", "key", "litestar", "name", "Litestar", "position", "4");
		assertThat(post("/admin/topics/mx-delete/candidates/litestar/delete"))
			.hasRedirectedUrl("/admin/topics/mx-delete");
		assertThat(count(this.jdbc, """
				select 1 from candidate c join topic t on t.id = c.topic_id where t.key = 'mx-delete'
				and c.key = 'litestar'""")).isZero();
		assertThat(auditRows(this.jdbc, "candidate", "mx-delete/litestar", "delete")).isOne();

		// once published, its key is a public contract
		post("/admin/topics/mx-delete/candidates", "key", "sanic", "name", "Sanic", "position", "5");
		this.context.getBean(MatrixPublisher.class).publish("mx-delete", "with Sanic", "test");
		assertThat(post("/admin/topics/mx-delete/candidates/sanic/delete")).flash()
			.extractingByKey("refusal")
			.asString()
			.contains("published matrix version(s) 2");
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		for (String uri : new String[] { "/admin/topics", "/admin/topics/python-web-frameworks",
				"/admin/topics/python-web-frameworks/matrix",
				"/admin/topics/python-web-frameworks/matrix/fastapi/cold_start",
				"/admin/topics/python-web-frameworks/questions",
				"/admin/topics/python-web-frameworks/questions/service_kind/options/ai_backend",
				"/admin/topics/python-web-frameworks/candidates/fastapi",
				"/admin/topics/python-web-frameworks/metrics/cold_start" }) {
			assertThat(this.mvc.get().uri(uri)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		}
		assertThat(post("/admin/topics", "key", "mx-anonymous", "name", "Anonymous")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(post("/admin/topics/python-web-frameworks/matrix/fastapi/cold_start", "value", "1", "mode",
				"judgement", "version", "0"))
			.redirectedUrl()
			.endsWith("/login");
		assertThat(count(this.jdbc, "select 1 from topic where key = 'mx-anonymous'")).isZero();
	}

	@Test
	void aPostWithoutCsrfTokenIsForbidden() throws Exception {
		assertThat(this.mvc.post().uri("/admin/topics").param("key", "mx-no-csrf").param("name", "No token"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/topics/python-web-frameworks/candidates/fastapi/delete"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count(this.jdbc, "select 1 from topic where key = 'mx-no-csrf'")).isZero();
	}

	private String page(String uri) throws Exception {
		return AdminPages.page(this.mvc, uri);
	}

	private MvcTestResult post(String uri, String... params) {
		return AdminPages.post(this.mvc, uri, params);
	}

}
