package io.frameworkadvisor.admin;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.TestTopics;
import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.admin.AdminFuzzer.Kind;
import io.frameworkadvisor.admin.AdminFuzzer.Outcome;
import io.frameworkadvisor.admin.AdminFuzzer.Params;
import io.frameworkadvisor.admin.HostileFiles.ImportCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static io.frameworkadvisor.admin.AdminFuzzer.Kind.CHOICE;
import static io.frameworkadvisor.admin.AdminFuzzer.Kind.DATE;
import static io.frameworkadvisor.admin.AdminFuzzer.Kind.FLAG;
import static io.frameworkadvisor.admin.AdminFuzzer.Kind.KEY;
import static io.frameworkadvisor.admin.AdminFuzzer.Kind.NUMBER;
import static io.frameworkadvisor.admin.AdminFuzzer.Kind.TEXT;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A fuzz test over the editors' forms (the public forms and the API are
 * {@code system.HostileInputTest}): every form of the admin area gets a valid submission
 * made hostile at random (fixed seed per test) with markup, SQL, control characters
 * including NUL, right-to-left marks, CRLF, template expressions, huge values, wrong
 * numbers, unknown, duplicated or malformed parameter names, and stale, forged or
 * unreadable versions. Whatever comes in: never a 5xx, never the markup echoed unescaped,
 * never an expression evaluated, never a line break in a header; a submission that is
 * refused (4xx, or the form again with its errors) changes nothing stored; one that is
 * accepted carried the stored version, stored what was sent, and the page that shows it
 * escapes it. The importers get every kind of broken file ({@link HostileFiles}): each is
 * refused whole, with nothing stored, and one above the limit with a message that says
 * so. Works on a copy of the seeded topic and on users and topics named {@code fz…}, all
 * deleted afterwards. Each test's seed fixes the sequence of requests it sends; a failure
 * names the seed, the request's number and what it sent.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileAdminInputTest {

	static final String TOPIC = "hostile-admin";

	private static final String EDITOR = "EDITOR";

	private static final String ADMIN = "ADMIN";

	private static final List<String> CANDIDATES = List.of("fastapi", "django", "flask");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PasswordEncoder passwords;

	private String source;

	private String dataset;

	@BeforeAll
	void copyTheSeed() {
		Map<String, String> renamed = TestTopics.copyOfSeed(this.context, TOPIC);
		this.source = renamed.get("c6i-real-world-benchmarks-2026");
		this.dataset = renamed.get("c6i-2xlarge-wrk2-1000rps");
	}

	@AfterAll
	void deleteWhatTheFuzzerMade() {
		this.jdbc.queryForList("select key from topic where key = ? or key like 'fz%'", String.class, TOPIC)
			.forEach((topic) -> TestTopics.delete(this.jdbc, topic));
		this.jdbc.update("delete from app_user where username like 'fz%'");
	}

	@Test
	void theScoreEditorStoresOnlyWhatItAccepts() {
		AdminFuzzer fuzz = new AdminFuzzer(this.mvc, this.jdbc, 1_001L);
		List<String> evidence = new ArrayList<>(this.jdbc.queryForList("""
				select 'm' || me.id from measurement me join dataset d on d.id = me.dataset_id
				join source s on s.id = d.source_id join topic t on t.id = s.topic_id where t.key = ?
				order by me.id limit 15""", String.class, TOPIC));
		evidence.addAll(this.jdbc.queryForList("""
				select 'c' || cl.id from claim cl join source s on s.id = cl.source_id join topic t on t.id = s.topic_id
				where t.key = ? order by cl.id limit 15""", String.class, TOPIC));
		for (int i = 0; i < 40; i++) {
			String candidate = fuzz.pick(CANDIDATES);
			String criterion = fuzz.pick(List.of("admin", "auth", "simplicity", "cold_start", "memory"));
			String uri = "/admin/topics/" + TOPIC + "/matrix/" + candidate + "/" + criterion;
			boolean derivable = criterion.equals("cold_start") || criterion.equals("memory");
			String mode = (derivable && fuzz.chance(25)) ? "derived" : fuzz.pick(List.of("judgement", "override"));
			Params params = new Params().set("mode", mode)
				.set("value", fuzz.random().nextInt(10) + "." + fuzz.random().nextInt(10))
				.set("rationale", fuzz.storable())
				.set("version", version("""
						select s.version from score s join candidate c on c.id = s.candidate_id
						join criterion cr on cr.id = s.criterion_id join topic t on t.id = c.topic_id
						where t.key = ? and c.key = ? and cr.key = ?""", TOPIC, candidate, criterion));
			if (mode.equals("override")) {
				params.set("overrideReason", fuzz.storable());
			}
			for (int e = fuzz.random().nextInt(3); e > 0; e--) {
				params.add("evidence", fuzz.pick(evidence));
			}
			if (fuzz.chance(20)) {
				params.add("evidence", fuzz.pick(List.of("m999999999", "c-1", "x1", "m", "m1e3", "c" + Long.MAX_VALUE,
						"<script>alert(1)</script>")));
			}
			boolean versionKept = fuzz.makeHostile(params,
					fields("value", NUMBER, "mode", CHOICE, "rationale", TEXT, "overrideReason", TEXT), "version",
					List.of("evidence[abc]", "evidence[300]", "evidence[", "evidence[]", "rationale[0]", "mode.x"));
			Outcome outcome = fuzz.send("POST " + uri, post(uri), params, EDITOR, versionKept);
			if (outcome.accepted()) {
				Map<String, Object> row = this.jdbc.queryForMap("""
						select s.id, s.value, s.mode, s.rationale, s.override_reason from score s
						join candidate c on c.id = s.candidate_id join criterion cr on cr.id = s.criterion_id
						join topic t on t.id = c.topic_id where t.key = ? and c.key = ? and cr.key = ?""", TOPIC,
						candidate, criterion);
				fuzz.expectStored(uri, params, "mode", params.bound("mode"), row.get("mode"));
				fuzz.expectStored(uri, params, "rationale", params.bound("rationale"), row.get("rationale"));
				if ("override".equals(row.get("mode"))) {
					fuzz.expectStored(uri, params, "overrideReason", params.bound("overrideReason"),
							row.get("override_reason"));
				}
				else if (!"derived".equals(row.get("mode"))) {
					expectNumber(fuzz, uri, params, "value", params.bound("value").replace(',', '.'), row.get("value"));
				}
				List<String> stored = this.jdbc.queryForList("""
						select case when measurement_id is not null then 'm' || measurement_id else 'c' || claim_id end
						from score_evidence where score_id = ?""", String.class, row.get("id"));
				List<String> sent = params.values("evidence")
					.stream()
					.flatMap((value) -> Arrays.stream(value.split(",")))
					.toList();
				if (!sent.containsAll(stored) || !evidence.containsAll(stored)) {
					fuzz.fail(uri, params, "evidence stored as " + stored);
				}
				String html = fuzz.page(uri, EDITOR);
				fuzz.expectShown(uri, html, (String) row.get("rationale"));
				fuzz.expectShown(uri, html, (String) row.get("override_reason"));
			}
		}
		fuzz.page("/admin/topics/" + TOPIC + "/matrix", EDITOR);
		fuzz.assertNoFailures();
	}

	@Test
	void topicCandidateCriterionMetricAndLinkFormsStoreOnlyWhatTheyAccept() {
		AdminFuzzer fuzz = new AdminFuzzer(this.mvc, this.jdbc, 1_002L);
		for (int i = 0; i < 12; i++) {
			boolean create = fuzz.chance(30);
			String uri = create ? "/admin/topics" : "/admin/topics/" + TOPIC;
			Params params = new Params().set("key", create ? "fz-topic-" + fuzz.serial() : TOPIC)
				.set("name", fuzz.storable())
				.set("description", fuzz.storable());
			if (!create) {
				params.set("version", version("select version from topic where key = ?", TOPIC));
			}
			boolean versionKept = fuzz.makeHostile(params, fields("key", KEY, "name", TEXT, "description", TEXT),
					create ? null : "version", List.of("name[0]", "key.x"));
			if (fuzz.send("POST " + uri, post(uri), params, EDITOR, versionKept).accepted()) {
				String key = create ? params.bound("key") : TOPIC;
				Map<String, Object> row = this.jdbc.queryForMap("select name, description from topic where key = ?",
						key);
				fuzz.expectStored(uri, params, "name", params.bound("name"), row.get("name"));
				fuzz.expectStored(uri, params, "description", params.bound("description"), row.get("description"));
				String html = fuzz.page("/admin/topics/" + key, EDITOR);
				fuzz.expectShown(uri, html, (String) row.get("name"));
				fuzz.expectShown(uri, html, (String) row.get("description"));
			}
		}
		for (int i = 0; i < 30; i++) {
			String part = fuzz.pick(List.of("candidates", "criteria"));
			String table = part.equals("candidates") ? "candidate" : "criterion";
			boolean create = fuzz.chance(30);
			String key = create ? "fz_" + table + fuzz.serial() : (part.equals("candidates") ? "flask" : "simplicity");
			String uri = "/admin/topics/" + TOPIC + "/" + part + (create ? "" : "/" + key);
			Params params = new Params().set("key", key)
				.set("name", fuzz.storable())
				.set("description", fuzz.storable())
				.set("position", fuzz.random().nextInt(30));
			if (!create) {
				params
					.set("version",
							version("select x.version from " + table
									+ " x join topic t on t.id = x.topic_id where t.key = ? and x.key = ?", TOPIC,
									key));
			}
			boolean versionKept = fuzz.makeHostile(params,
					fields("key", KEY, "name", TEXT, "description", TEXT, "position", NUMBER),
					create ? null : "version", List.of("name[0]", "position.x"));
			if (fuzz.send("POST " + uri, post(uri), params, EDITOR, versionKept).accepted()) {
				String stored = create ? params.bound("key") : key;
				Map<String, Object> row = this.jdbc.queryForMap("select x.name, x.description, x.position from " + table
						+ " x join topic t on t.id = x.topic_id where t.key = ? and x.key = ?", TOPIC, stored);
				fuzz.expectStored(uri, params, "name", params.bound("name"), row.get("name"));
				fuzz.expectStored(uri, params, "description", params.bound("description"), row.get("description"));
				expectNumber(fuzz, uri, params, "position", params.bound("position"), row.get("position"));
				String html = fuzz.page("/admin/topics/" + TOPIC + "/" + part + "/" + stored, EDITOR);
				fuzz.expectShown(uri, html, (String) row.get("name"));
				fuzz.expectShown(uri, html, (String) row.get("description"));
			}
		}
		for (int i = 0; i < 20; i++) {
			boolean create = fuzz.chance(30);
			String key = create ? "fz_metric" + fuzz.serial() : "latency_p95";
			String uri = "/admin/topics/" + TOPIC + "/metrics" + (create ? "" : "/" + key);
			Params params = new Params().set("key", key)
				.set("name", fuzz.storable())
				.set("unit", create ? fuzz.pick(List.of("ms", "s", "MB", "GB", "req/s")) : "ms")
				.set("better", fuzz.pick(List.of("lower", "higher")))
				.set("statistic", fuzz.pick(List.of("p50", "p95", "mean", "unspecified")))
				.set("position", fuzz.random().nextInt(30));
			if (!create) {
				params.set("version", version(
						"select m.version from metric m join topic t on t.id = m.topic_id where t.key = ? and m.key = ?",
						TOPIC, key));
			}
			boolean versionKept = fuzz.makeHostile(params, fields("key", KEY, "name", TEXT, "unit", CHOICE, "better",
					CHOICE, "statistic", CHOICE, "position", NUMBER), create ? null : "version", List.of("unit[0]"));
			if (fuzz.send("POST " + uri, post(uri), params, EDITOR, versionKept).accepted()) {
				String stored = create ? params.bound("key") : key;
				Map<String, Object> row = this.jdbc.queryForMap("""
						select m.name, m.unit, m.better, m.statistic, m.position from metric m
						join topic t on t.id = m.topic_id where t.key = ? and m.key = ?""", TOPIC, stored);
				for (String field : List.of("name", "unit", "better", "statistic")) {
					fuzz.expectStored(uri, params, field, params.bound(field), row.get(field));
				}
				expectNumber(fuzz, uri, params, "position", params.bound("position"), row.get("position"));
				fuzz.expectShown(uri, fuzz.page("/admin/topics/" + TOPIC + "/metrics/" + stored, EDITOR),
						(String) row.get("name"));
			}
		}
		for (int i = 0; i < 20; i++) {
			String criterion = fuzz.chance(85) ? fuzz.pick(List.of("cold_start", "memory", "simplicity"))
					: fuzz.pick(AdminFuzzer.KEYS);
			String metric = fuzz.chance(85) ? fuzz.pick(List.of("cold_start", "memory", "latency_p95"))
					: fuzz.pick(AdminFuzzer.KEYS);
			String scenario = fuzz.chance(80) ? fuzz.pick(List.of("", "json", "db", "fz_scenario"))
					: fuzz.pick(AdminFuzzer.KEYS);
			List<Long> versions = this.jdbc.queryForList(
					"select c.version from criterion c join topic t on t.id = c.topic_id where t.key = ? and c.key = ?",
					Long.class, TOPIC, criterion);
			long stored = versions.isEmpty() ? 0 : versions.get(0);
			boolean versionKept = fuzz.chance(80);
			Params params = new Params().set("metric", metric)
				.set("scenario", scenario)
				.set("add", fuzz.chance(85) ? fuzz.pick(List.of("true", "false")) : fuzz.hostile(FLAG))
				.set("version", versionKept ? String.valueOf(stored) : fuzz.badVersion(stored));
			String what = "POST /admin/topics/" + TOPIC + "/criteria/" + AdminFuzzer.describe(criterion) + "/links";
			if (fuzz
				.send(what, post("/admin/topics/{topic}/criteria/{key}/links", TOPIC, criterion), params, EDITOR,
						versionKept || versions.isEmpty())
				.accepted()) {
				int links = this.jdbc.queryForObject("""
						select count(*)::int from criterion_metric cm join criterion c on c.id = cm.criterion_id
						join metric m on m.id = cm.metric_id join topic t on t.id = c.topic_id
						where t.key = ? and c.key = ? and m.key = ? and cm.scenario is not distinct from ?""",
						Integer.class, TOPIC, criterion, metric, scenario.isBlank() ? null : scenario.strip());
				if (links != (AdminFuzzer.isTrue(first(params, "add")) ? 1 : 0)) {
					fuzz.fail(what, params, "the link is " + ((links == 1) ? "there" : "missing"));
				}
			}
		}
		fuzz.page("/admin/topics/" + TOPIC, EDITOR);
		fuzz.assertNoFailures();
	}

	@Test
	void questionAndOptionFormsStoreOnlyWhatTheyAccept() {
		AdminFuzzer fuzz = new AdminFuzzer(this.mvc, this.jdbc, 1_003L);
		String questions = "/admin/topics/" + TOPIC + "/questions";
		for (int i = 0; i < 20; i++) {
			boolean create = fuzz.chance(30);
			String key = create ? "fz_question" + fuzz.serial() : fuzz.pick(List.of("team", "memory_budget"));
			String uri = questions + (create ? "" : "/" + key);
			Params params = new Params().set("key", key)
				.set("label", fuzz.storable())
				.set("help", fuzz.storable())
				.set("position", fuzz.random().nextInt(30));
			if (!create) {
				params.set("version", version(
						"select q.version from question q join topic t on t.id = q.topic_id where t.key = ? and q.key = ?",
						TOPIC, key));
			}
			boolean versionKept = fuzz.makeHostile(params,
					fields("key", KEY, "label", TEXT, "help", TEXT, "position", NUMBER), create ? null : "version",
					List.of("label[0]", "help.x"));
			if (fuzz.send("POST " + uri, post(uri), params, EDITOR, versionKept).accepted()) {
				String stored = create ? params.bound("key") : key;
				Map<String, Object> row = this.jdbc.queryForMap("""
						select q.label, q.help, q.position from question q join topic t on t.id = q.topic_id
						where t.key = ? and q.key = ?""", TOPIC, stored);
				fuzz.expectStored(uri, params, "label", params.bound("label"), row.get("label"));
				fuzz.expectStored(uri, params, "help", params.bound("help"), row.get("help"));
				expectNumber(fuzz, uri, params, "position", params.bound("position"), row.get("position"));
				String html = fuzz.page(questions + "/" + stored, EDITOR);
				fuzz.expectShown(uri, html, (String) row.get("label"));
				fuzz.expectShown(uri, html, (String) row.get("help"));
			}
		}
		List<String> criteria = List.of("admin", "auth", "simplicity", "ecosystem", "team_conventions");
		for (int i = 0; i < 40; i++) {
			boolean create = fuzz.chance(25);
			String key = create ? "fz_option" + fuzz.serial() : fuzz.pick(List.of("learning", "large_mixed"));
			String uri = questions + "/team/options" + (create ? "" : "/" + key);
			Params params = new Params().set("key", key)
				.set("label", fuzz.storable())
				.set("help", fuzz.storable())
				.set("weightBasis", fuzz.storable())
				.set("position", fuzz.random().nextInt(10));
			for (int w = 1 + fuzz.random().nextInt(3); w > 0; w--) {
				params.set("weights[" + fuzz.pick(criteria) + "]",
						(1 + fuzz.random().nextInt(99)) + ((fuzz.chance(50)) ? ".5" : ""));
			}
			if (fuzz.chance(50)) {
				params.set("mustHaves[0].criterion", fuzz.pick(criteria))
					.set("mustHaves[0].minScore", fuzz.random().nextInt(11))
					.set("mustHaves[0].reason", fuzz.storable());
			}
			if (!create) {
				params.set("version", version("""
						select o.version from answer_option o join question q on q.id = o.question_id
						join topic t on t.id = q.topic_id where t.key = ? and q.key = 'team' and o.key = ?""", TOPIC,
						key));
			}
			boolean versionKept = fuzz.makeHostile(params,
					fields("key", KEY, "label", TEXT, "help", TEXT, "weightBasis", TEXT, "position", NUMBER,
							"weights[admin]", NUMBER, "mustHaves[0].criterion", CHOICE, "mustHaves[0].minScore", NUMBER,
							"mustHaves[0].reason", TEXT),
					create ? null : "version",
					List.of("weights[<script>alert(1)</script>]", "weights[no_such_criterion]", "weights[",
							"mustHaves[300].criterion", "mustHaves[-1].reason", "mustHaves[x].reason", "mustHaves[0]",
							"mustHaves[1].minScore", "label[0]", "position.x"));
			if (fuzz.send("POST " + uri, post(uri), params, EDITOR, versionKept).accepted()) {
				String stored = create ? params.bound("key") : key;
				Map<String, Object> row = this.jdbc.queryForMap("""
						select o.id, o.label, o.help, o.weight_basis, o.position from answer_option o
						join question q on q.id = o.question_id join topic t on t.id = q.topic_id
						where t.key = ? and q.key = 'team' and o.key = ?""", TOPIC, stored);
				fuzz.expectStored(uri, params, "label", params.bound("label"), row.get("label"));
				fuzz.expectStored(uri, params, "help", params.bound("help"), row.get("help"));
				fuzz.expectStored(uri, params, "weightBasis", params.bound("weightBasis"), row.get("weight_basis"));
				expectWeights(fuzz, uri, params, (Long) row.get("id"));
				String html = fuzz.page(questions + "/team/options/" + stored, EDITOR);
				fuzz.expectShown(uri, html, (String) row.get("label"));
				fuzz.expectShown(uri, html, (String) row.get("help"));
				fuzz.expectShown(uri, html, (String) row.get("weight_basis"));
			}
		}
		fuzz.page(questions, EDITOR);
		fuzz.assertNoFailures();
	}

	@Test
	void sourceDatasetAndMeasurementFormsStoreOnlyWhatTheyAccept() {
		AdminFuzzer fuzz = new AdminFuzzer(this.mvc, this.jdbc, 1_004L);
		for (int i = 0; i < 25; i++) {
			boolean create = fuzz.chance(30);
			String key = create ? "fz-source-" + fuzz.serial() : this.source;
			String uri = create ? "/admin/topics/" + TOPIC + "/sources" : "/admin/sources/" + key;
			Params params = new Params().set("key", key)
				.set("title", fuzz.storable())
				.set("titleNote", fuzz.storable())
				.set("publisher", fuzz.storable())
				.set("author", fuzz.storable())
				.set("url",
						fuzz.pick(List.of("https://example.org/" + i, "", "http://x",
								"https://x/\"><script>alert(1)</script>")))
				.set("publishedOn", fuzz.pick(List.of("2026-03-08", "", "0001-01-01", "9999-12-31")))
				.set("notes", fuzz.storable())
				.set("version", create ? "0" : version("select version from source where key = ?", key));
			boolean versionKept = fuzz.makeHostile(params,
					fields("key", KEY, "title", TEXT, "titleNote", TEXT, "publisher", TEXT, "author", TEXT, "url", TEXT,
							"publishedOn", DATE, "notes", TEXT),
					create ? null : "version", List.of("title[0]", "notes.x"));
			if (fuzz.send("POST " + uri, post(uri), params, EDITOR, versionKept).accepted()) {
				String stored = create ? params.bound("key") : key;
				Map<String, Object> row = this.jdbc.queryForMap("""
						select title, title_note as "titleNote", publisher, author, url,
						       coalesce(published_on::text, '') as "publishedOn", notes
						from source where key = ?""", stored);
				String html = fuzz.page("/admin/sources/" + stored, EDITOR);
				for (String field : row.keySet()) {
					fuzz.expectStored(uri, params, field, params.bound(field), row.get(field));
					fuzz.expectShown(uri, html, (String) row.get(field));
				}
			}
		}
		for (int i = 0; i < 25; i++) {
			boolean create = fuzz.chance(30);
			String slug = create ? "fz-dataset-" + fuzz.serial() : this.dataset;
			String uri = create ? "/admin/sources/" + this.source + "/datasets" : "/admin/datasets/" + slug;
			Params params = new Params().set("slug", slug)
				.set("title", fuzz.storable())
				.set("hardware", fuzz.storable())
				.set("os", fuzz.storable())
				.set("runtime", fuzz.storable())
				.set("loadTool", fuzz.storable())
				.set("loadProfile", fuzz.storable())
				.set("connections", 1 + fuzz.random().nextInt(1000))
				.set("duration", fuzz.storable())
				.set("database", fuzz.storable())
				.set("methodology", fuzz.storable())
				.set("caveats", fuzz.storable())
				.set("version", create ? "0" : version("select version from dataset where slug = ?", slug));
			for (String candidate : CANDIDATES) {
				params.set("stacks[" + candidate + "]", fuzz.chance(80) ? fuzz.storable() : "");
			}
			boolean versionKept = fuzz.makeHostile(params,
					fields("slug", KEY, "title", TEXT, "hardware", TEXT, "os", TEXT, "runtime", TEXT, "loadTool", TEXT,
							"loadProfile", TEXT, "connections", NUMBER, "duration", TEXT, "database", TEXT,
							"methodology", TEXT, "caveats", TEXT, "stacks[fastapi]", TEXT),
					create ? null : "version",
					List.of("stacks[x", "stacks[]", "stacks[<script>alert(1)</script>]", "title[0]", "caveats.x"));
			if (fuzz.send("POST " + uri, post(uri), params, EDITOR, versionKept).accepted()) {
				String stored = create ? params.bound("slug") : slug;
				Map<String, Object> row = this.jdbc.queryForMap("""
						select title, hardware, os, runtime, load_tool as "loadTool", load_profile as "loadProfile",
						       coalesce(connections::text, '') as connections, duration, database, methodology, caveats
						from dataset where slug = ?""", stored);
				this.jdbc.query("""
						select c.key, s.stack from dataset_stack s join candidate c on c.id = s.candidate_id
						join dataset d on d.id = s.dataset_id where d.slug = ?""", (rs) -> {
					row.put("stacks[" + rs.getString(1) + "]", rs.getString(2));
				}, stored);
				for (String candidate : CANDIDATES) {
					row.putIfAbsent("stacks[" + candidate + "]", null);
				}
				String html = fuzz.page("/admin/datasets/" + stored, EDITOR);
				for (String field : row.keySet()) {
					fuzz.expectStored(uri, params, field, params.bound(field), row.get(field));
					fuzz.expectShown(uri, html, (String) row.get(field));
				}
			}
		}
		Map<String, String> units = Map.of("latency_p95", "ms", "throughput_mean", "req/s", "memory", "MB");
		for (int i = 0; i < 40; i++) {
			List<Long> ids = this.jdbc.queryForList("""
					select m.id from measurement m join dataset d on d.id = m.dataset_id where d.slug = ?
					order by m.id""", Long.class, this.dataset);
			boolean add = fuzz.chance(40);
			long id = add ? 0 : fuzz.pick(ids);
			String measurements = "/admin/datasets/" + this.dataset + "/measurements";
			String uri = add ? measurements : measurements + "/" + id;
			String metric = fuzz.pick(List.of("latency_p95", "throughput_mean", "memory"));
			String candidate = fuzz.pick(CANDIDATES);
			// a blank stack is the dataset's, which the dataset form may have removed
			boolean datasetStack = this.jdbc.queryForObject("""
					select count(*) from dataset_stack s join dataset d on d.id = s.dataset_id
					join candidate c on c.id = s.candidate_id where d.slug = ? and c.key = ?""", Integer.class,
					this.dataset, candidate) > 0;
			Params params = new Params().set("candidate", candidate)
				.set("metric", metric)
				.set("scenario", fuzz.pick(List.of("json", "db", "fz_scenario")))
				.set("workload", "Fz workload " + fuzz.serial() + " " + fuzz.storable())
				.set("stack", (datasetStack && fuzz.chance(50)) ? "" : fuzz.storable())
				.set("value", fuzz.random().nextInt(1000) + "." + fuzz.random().nextInt(10))
				.set("valueMax", fuzz.chance(70) ? "" : String.valueOf(1000 + fuzz.random().nextInt(1000)))
				.set("unit", units.get(metric))
				.set("quote", fuzz.storable())
				.set("note", fuzz.chance(30) ? "" : fuzz.storable())
				.set("version", add ? "0" : version("select version from measurement where id = ?", id));
			if (fuzz.chance(50)) {
				params.set("approximate", "true");
			}
			boolean versionKept = fuzz.makeHostile(params,
					fields("candidate", CHOICE, "metric", CHOICE, "scenario", KEY, "workload", TEXT, "stack", TEXT,
							"value", NUMBER, "valueMax", NUMBER, "approximate", FLAG, "unit", CHOICE, "quote", TEXT,
							"note", TEXT),
					add ? null : "version", List.of("value[0]", "quote.x", "approximate[0]"));
			if (fuzz.send("POST " + uri, post(uri), params, EDITOR, versionKept).accepted()) {
				long stored = add ? this.jdbc.queryForObject("""
						select max(m.id) from measurement m join dataset d on d.id = m.dataset_id where d.slug = ?""",
						Long.class, this.dataset) : id;
				Map<String, Object> row = this.jdbc.queryForMap(
						"""
								select c.key as candidate, mt.key as metric, m.scenario, m.workload, m.quote, m.note,
								       m.value, m.unit, m.stack
								from measurement m join candidate c on c.id = m.candidate_id join metric mt on mt.id = m.metric_id
								where m.id = ?""",
						stored);
				for (String field : List.of("candidate", "metric", "scenario", "workload", "quote", "note", "unit")) {
					fuzz.expectStored(uri, params, field, params.bound(field), row.get(field));
				}
				if (params.bound("stack") != null && !params.bound("stack").isBlank()) {
					fuzz.expectStored(uri, params, "stack", params.bound("stack"), row.get("stack"));
				}
				expectNumber(fuzz, uri, params, "value", params.bound("value"), row.get("value"));
				String html = fuzz.page(measurements + "/" + stored, EDITOR);
				for (String field : List.of("workload", "quote", "note", "stack")) {
					fuzz.expectShown(uri, html, (String) row.get(field));
				}
			}
		}
		fuzz.page("/admin/datasets/" + this.dataset, EDITOR);
		fuzz.page("/admin/topics/" + TOPIC + "/sources", EDITOR);
		fuzz.assertNoFailures();
	}

	@Test
	void userManagementStoresOnlyWhatItAccepts() {
		AdminFuzzer fuzz = new AdminFuzzer(this.mvc, this.jdbc, 1_005L);
		List<String> passwords = List.of("p".repeat(72), "p".repeat(73), "p".repeat(128), "p".repeat(129),
				"🙂".repeat(19), "é".repeat(40), "\u0000".repeat(12), "short", "twelve chars", "line\nbreak in it");
		for (int i = 0; i < 25; i++) {
			List<Long> own = this.jdbc.queryForList("select id from app_user where username like 'fz%' order by id",
					Long.class);
			if (own.isEmpty() || fuzz.chance(45)) {
				Params params = new Params().set("username", "fz-user-" + fuzz.serial())
					.set("role", fuzz.pick(List.of("EDITOR", "ADMIN")))
					.set("password", "correct horse " + i);
				fuzz.makeHostile(params, fields("username", KEY, "role", CHOICE, "password", TEXT), null,
						List.of("username[0]", "role.x"));
				if (fuzz.chance(30)) {
					params.set("password", fuzz.pick(passwords));
					fuzz.spoiled();
				}
				if (fuzz.send("POST /admin/users", post("/admin/users"), params, ADMIN, true).accepted()) {
					expectUser(fuzz, "POST /admin/users", params, params.bound("username"), params.bound("password"));
				}
				continue;
			}
			long id = fuzz.pick(own);
			boolean ownUser = fuzz.chance(85);
			String target = ownUser ? String.valueOf(id)
					: fuzz.pick(List.of("999999999", "-1", "0", "abc", "1e309", "<script>alert(1)</script>"));
			String uri = "/admin/users/" + target;
			Params params = new Params().set("role", fuzz.pick(List.of("EDITOR", "ADMIN")))
				.set("enabled", fuzz.chance(80) ? "true" : null)
				.set("newPassword", fuzz.chance(50) ? "" : "new horse number " + i)
				.set("version", version("select version from app_user where id = ?", id));
			boolean versionKept = fuzz.makeHostile(params, fields("role", CHOICE, "enabled", FLAG, "newPassword", TEXT),
					"version", List.of("version[0]", "role[0]"));
			if (fuzz.chance(20)) {
				params.set("newPassword", fuzz.pick(passwords));
				fuzz.spoiled();
			}
			if (!ownUser) {
				fuzz.spoiled();
			}
			String before = this.jdbc.queryForObject("select password_hash from app_user where id = ?", String.class,
					id);
			if (fuzz.send("POST " + uri, post("/admin/users/{id}", target), params, ADMIN, versionKept && ownUser)
				.accepted()) {
				Map<String, Object> row = this.jdbc
					.queryForMap("select role, enabled, password_hash from app_user where id = ?", id);
				fuzz.expectStored(uri, params, "role", first(params, "role").strip(), row.get("role"));
				if (!row.get("enabled").equals(AdminFuzzer.isTrue(first(params, "enabled")))) {
					fuzz.fail(uri, params, "enabled stored as " + row.get("enabled"));
				}
				String password = params.bound("newPassword");
				boolean changed = !before.equals(row.get("password_hash"));
				if ((password == null || password.isEmpty()) ? changed
						: !this.passwords.matches(password, (String) row.get("password_hash"))) {
					fuzz.fail(uri, params, "the password was " + (changed ? "changed" : "kept"));
				}
			}
		}
		// another administrator, with a version that is not its own, is never changed
		long admin = this.jdbc.queryForObject(
				"select min(id) from app_user where role = 'ADMIN' and username not like 'fz%'", Long.class);
		long version = this.jdbc.queryForObject("select version from app_user where id = ?", Long.class, admin);
		for (String forged : List.of(String.valueOf(version + 1), "-1", "", "abc")) {
			fuzz.send("POST /admin/users/" + admin, post("/admin/users/" + admin),
					new Params().set("role", "EDITOR")
						.set("enabled", "true")
						.set("newPassword", "taken over by a forged form")
						.set("version", forged),
					ADMIN, false);
		}
		fuzz.page("/admin/users", ADMIN);
		fuzz.assertNoFailures();
	}

	private void expectUser(AdminFuzzer fuzz, String what, Params params, String username, String password) {
		Map<String, Object> row = this.jdbc.queryForMap("select role, password_hash from app_user where username = ?",
				username);
		fuzz.expectStored(what, params, "role", first(params, "role").strip(), row.get("role"));
		if (!this.passwords.matches(password, (String) row.get("password_hash"))) {
			fuzz.fail(what, params, "the password stored does not match");
		}
		fuzz.expectShown(what, fuzz.page("/admin/users", ADMIN), username);
	}

	@Test
	void importsRefuseHostileFilesWholeAndStoreAcceptedOnesVerbatim() throws Exception {
		AdminFuzzer fuzz = new AdminFuzzer(this.mvc, this.jdbc, 1_006L);
		String csvUri = "/admin/topics/" + TOPIC + "/import/csv";
		for (ImportCase file : HostileFiles.csvCases(fuzz)) {
			Params params = new Params().set("dataset", this.dataset);
			if (file.name().startsWith("dataset ")) {
				params.set("dataset", file.name().substring("dataset ".length()));
			}
			Outcome outcome = importFile(fuzz, csvUri, file, params);
			if (outcome.accepted() && file.verify() != null) {
				List<Map<String, Object>> rows = this.jdbc.queryForList("""
						select m.id, m.workload, m.quote, m.note, m.value from measurement m
						join dataset d on d.id = m.dataset_id where d.slug = ? and m.workload = ?""", this.dataset,
						file.verify().get("workload").strip());
				if (rows.size() != 1) {
					fuzz.fail(csvUri, params,
							file.name() + " accepted, but " + rows.size() + " measurements have its workload");
					continue;
				}
				for (String field : List.of("quote", "note")) {
					fuzz.expectStored(csvUri, params, field, file.verify().get(field), rows.get(0).get(field));
				}
				expectNumber(fuzz, csvUri, params, "value", file.verify().get("value"), rows.get(0).get("value"));
				String html = fuzz.page("/admin/datasets/" + this.dataset + "/measurements/" + rows.get(0).get("id"),
						EDITOR);
				for (String field : List.of("workload", "quote", "note")) {
					fuzz.expectShown(csvUri, html, (String) rows.get(0).get(field));
				}
			}
		}
		String jsonUri = "/admin/topics/" + TOPIC + "/import/json";
		for (ImportCase file : HostileFiles.jsonCases(fuzz, TOPIC)) {
			if (importFile(fuzz, jsonUri, file, new Params()).accepted() && file.verify() != null) {
				String key = file.verify().get("key");
				Map<String, Object> row = this.jdbc.queryForMap("""
						select s.title, m.value from source s join dataset d on d.source_id = s.id
						join measurement m on m.dataset_id = d.id where s.key = ? order by m.position, m.id limit 1""",
						key);
				fuzz.expectStored(jsonUri, new Params(), "title", file.verify().get("title"), row.get("title"));
				expectNumber(fuzz, jsonUri, new Params(), "value", file.verify().get("value"), row.get("value"));
				fuzz.expectShown(jsonUri, fuzz.page("/admin/sources/" + key, EDITOR), (String) row.get("title"));
			}
		}
		String export = fuzz.page("/admin/topics/" + TOPIC + "/export", EDITOR);
		List<String> keys = this.jdbc.queryForList("""
				select s.key from source s join topic t on t.id = s.topic_id where t.key = ?
				union all
				select d.slug from dataset d join source s on s.id = d.source_id join topic t on t.id = s.topic_id
				where t.key = ?""", String.class, TOPIC, TOPIC);
		for (ImportCase file : HostileFiles.topicCases(fuzz, TOPIC, export, keys)) {
			if (importFile(fuzz, "/admin/import", file, new Params()).accepted() && file.verify() != null) {
				String key = file.verify().get("key");
				String stored = this.jdbc.queryForObject("select name from topic where key = ?", String.class, key);
				fuzz.expectStored("/admin/import", new Params(), "name", file.verify().get("name"), stored);
				fuzz.expectShown("/admin/import", fuzz.page("/admin/topics/" + key, EDITOR), stored);
			}
		}
		fuzz.page("/admin/topics/" + TOPIC + "/import", EDITOR);
		fuzz.assertNoFailures();
	}

	/**
	 * Uploads a file (now and then under a hostile file name): one that must be refused
	 * is not accepted, and one above the limit is refused with a message that names it.
	 */
	private Outcome importFile(AdminFuzzer fuzz, String uri, ImportCase file, Params params) throws Exception {
		String fileName = fuzz.chance(80) ? "fz-import" : fuzz.pick(HostileFiles.FILE_NAMES);
		String what = "POST " + uri + " (" + file.name() + ", " + file.content().length + " bytes, file name "
				+ AdminFuzzer.describe(fileName) + ")";
		Outcome outcome = fuzz.send(what, upload(uri, fileName, file.content()), params, EDITOR, true);
		if (file.refuse() && outcome.accepted()) {
			fuzz.fail(what, params, "accepted a file that must be refused");
		}
		if (file.verify() != null && !outcome.accepted()) {
			fuzz.fail(what, params, "refused a valid file: " + outcome.response().getStatus());
		}
		if (file.content().length >= HostileFiles.TOO_LARGE) {
			if (outcome.response().getStatus() != 422
					|| !outcome.response().getContentAsString(UTF_8).contains("the limit is 5 MB")) {
				fuzz.fail(what, params, "a file above the limit answered " + outcome.response().getStatus()
						+ " without naming the limit");
			}
		}
		return outcome;
	}

	private static MockMultipartHttpServletRequestBuilder upload(String uri, String fileName, byte[] content) {
		return multipart(uri).file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
	}

	@Test
	void publishingRefusesStaleOrUnreadableVersionsAndEveryPageEscapesWhatWasStored() {
		AdminFuzzer fuzz = new AdminFuzzer(this.mvc, this.jdbc, 1_007L);
		// markup in the draft's texts: a candidate's name, a cell's rationale, a source's
		// title
		String candidate = "/admin/topics/" + TOPIC + "/candidates/django";
		fuzz.send("POST " + candidate, post(candidate),
				new Params().set("key", "django")
					.set("name", "Django <b>bold</b>")
					.set("description", AdminFuzzer.MARKUP.get(0))
					.set("position", "2")
					.set("version", version("""
							select c.version from candidate c join topic t on t.id = c.topic_id
							where t.key = ? and c.key = 'django'""", TOPIC)),
				EDITOR, true);
		String cell = "/admin/topics/" + TOPIC + "/matrix/django/auth";
		fuzz.send("POST " + cell, post(cell),
				new Params().set("mode", "judgement")
					.set("value", "8")
					.set("rationale", String.join(" ", AdminFuzzer.MARKUP) + " ${1337*1337} [[${1337*1337}]]")
					.set("version", version("""
							select s.version from score s join candidate c on c.id = s.candidate_id
							join criterion cr on cr.id = s.criterion_id join topic t on t.id = c.topic_id
							where t.key = ? and c.key = 'django' and cr.key = 'auth'""", TOPIC)),
				EDITOR, true);
		String publish = "/admin/topics/" + TOPIC + "/publish";
		for (int i = 0; i < 20; i++) {
			int latest = this.jdbc.queryForObject("""
					select coalesce(max(v.number), 0) from matrix_version v join topic t on t.id = v.topic_id
					where t.key = ?""", Integer.class, TOPIC);
			Params params = new Params().set("note", fuzz.storable()).set("basedOn", latest);
			boolean versionKept = fuzz.makeHostile(params, fields("note", TEXT), "basedOn",
					List.of("note[0]", "basedOn.x"));
			if (fuzz.send("POST " + publish, post(publish), params, EDITOR, versionKept).accepted()) {
				String note = this.jdbc.queryForObject("""
						select v.note from matrix_version v join topic t on t.id = v.topic_id
						where t.key = ? and v.number = ?""", String.class, TOPIC, latest + 1);
				fuzz.expectStored(publish, params, "note", params.bound("note"), note);
			}
		}
		String recommendation = fuzz
			.read("POST recommendation",
					post("/api/v1/topics/" + TOPIC + "/recommendations").contentType(MediaType.APPLICATION_JSON)
						.content("{\"answers\": {\"team\": \"learning\"}}"),
					EDITOR)
			.getHeader("Location");
		List<String> pages = new ArrayList<>(List.of("/matrix?topic=" + TOPIC, "/compare?topic=" + TOPIC,
				"/method?topic=" + TOPIC, "/wizard?topic=" + TOPIC, "/evidence", "/evidence/" + this.dataset,
				"/evidence/sources/" + this.source, "/evidence/topics/" + TOPIC + "/metrics/latency_p95", "/admin",
				"/admin/topics", "/admin/topics/" + TOPIC, "/admin/topics/" + TOPIC + "/matrix",
				"/admin/topics/" + TOPIC + "/questions", "/admin/topics/" + TOPIC + "/questions/team",
				"/admin/topics/" + TOPIC + "/sources", "/admin/topics/" + TOPIC + "/draft",
				"/admin/topics/" + TOPIC + "/import", "/admin/datasets/" + this.dataset,
				"/admin/sources/" + this.source, "/admin/audit", "/admin/audit?actor=fuzz-editor",
				"/admin/audit?entity=score&id=" + TOPIC + "/django/auth"));
		if (recommendation != null) {
			pages.add(recommendation);
		}
		String matrix = "";
		for (String page : pages) {
			String html = fuzz.page(page, EDITOR);
			matrix = page.startsWith("/matrix") ? html : matrix;
		}
		fuzz.expectShown("/matrix", matrix, "Django <b>bold</b>");
		fuzz.assertNoFailures();
	}

	@Test
	void missingThingsAndHostilePathsAreNotFoundAndDeletionsOfWhatIsReferredToChangeNothing() {
		AdminFuzzer fuzz = new AdminFuzzer(this.mvc, this.jdbc, 1_008L);
		String measurement = String.valueOf(this.jdbc.queryForObject("""
				select min(m.id) from measurement m join dataset d on d.id = m.dataset_id where d.slug = ?""",
				Long.class, this.dataset));
		String topic = "/admin/topics/" + TOPIC;
		List<String> templates = List.of("/admin/topics/{x}", "/admin/topics/{x}/matrix", topic + "/matrix/{x}/admin",
				topic + "/matrix/flask/{x}", topic + "/candidates/{x}", topic + "/criteria/{x}", topic + "/metrics/{x}",
				topic + "/questions/{x}", topic + "/questions/team/options/{x}", "/admin/sources/{x}",
				"/admin/datasets/{x}", "/admin/datasets/{x}/export.json", "/admin/datasets/{x}/export.csv",
				"/admin/topics/{x}/export", "/admin/datasets/" + this.dataset + "/measurements/{x}",
				"/admin/topics/{x}/draft", "/admin/topics/{x}/import", "/admin/topics/{x}/sources",
				"/admin/sources/{x}/datasets/new", "/admin/topics/{x}/metrics/new", "/admin/users/{x}");
		List<String> segments = AdminFuzzer.concat(AdminFuzzer.KEYS, AdminFuzzer.MARKUP,
				List.of("999999999", "-1", "0", "1e309", "%", "..", ".", "no-such-thing", "fz-missing", "\u0000"));
		for (int i = 0; i < 60; i++) {
			String template = fuzz.pick(templates);
			String segment = fuzz.pick(segments);
			fuzz.read("GET " + template + " with " + AdminFuzzer.describe(segment), get(template, segment),
					template.startsWith("/admin/users") ? ADMIN : EDITOR);
		}
		for (int i = 0; i < 25; i++) {
			fuzz.read("GET /admin/audit",
					get("/admin/audit")
						.param("entity", fuzz.pick(List.of("", "score", "topic", fuzz.pick(AdminFuzzer.TEXTS))))
						.param("id", fuzz.pick(AdminFuzzer.TEXTS))
						.param("match", fuzz.pick(List.of("", "exact", "prefix", fuzz.pick(AdminFuzzer.TEXTS))))
						.param("actor", fuzz.pick(AdminFuzzer.TEXTS))
						.param("before", fuzz.pick(AdminFuzzer.NUMBERS)),
					EDITOR);
			fuzz.read("GET " + topic + "/questions",
					get(topic + "/questions").param("a.team", fuzz.pick(AdminFuzzer.TEXTS))
						.param("a." + fuzz.pick(AdminFuzzer.TEXTS), fuzz.pick(AdminFuzzer.TEXTS)),
					EDITOR);
		}
		List<String> deletions = List.of(topic + "/candidates/fastapi/delete", topic + "/criteria/admin/delete",
				topic + "/metrics/latency_p95/delete", topic + "/questions/team/delete",
				topic + "/questions/team/options/learning/delete", "/admin/sources/" + this.source + "/delete",
				"/admin/datasets/" + this.dataset + "/delete",
				"/admin/datasets/" + this.dataset + "/measurements/" + measurement + "/delete");
		for (String deletion : deletions) {
			fuzz.sendExpectingNoChange("POST " + deletion, post(deletion), new Params(), EDITOR);
		}
		List<String> missing = List.of(topic + "/candidates/{x}/delete", topic + "/criteria/{x}/delete",
				topic + "/metrics/{x}/delete", topic + "/questions/{x}/delete",
				topic + "/questions/team/options/{x}/delete", "/admin/sources/{x}/delete", "/admin/datasets/{x}/delete",
				"/admin/datasets/" + this.dataset + "/measurements/{x}/delete", "/admin/topics/{x}/publish",
				"/admin/topics/{x}/import/csv", "/admin/topics/{x}/criteria/cold_start/links");
		for (int i = 0; i < 30; i++) {
			String template = fuzz.pick(missing);
			String segment = fuzz.pick(segments);
			fuzz.sendExpectingNoChange("POST " + template + " with " + AdminFuzzer.describe(segment),
					post(template, segment), new Params().set("note", "x").set("basedOn", "1"), EDITOR);
		}
		fuzz.assertNoFailures();
	}

	/**
	 * The requests this fuzzer first answered with a 500 (or, for the last ones, by
	 * storing what PostgreSQL cannot hold), each with what it answers now; none of them
	 * stores anything.
	 */
	@Test
	void theHostileRequestsThatOnceFailedAreRefusedCleanly() {
		AdminFuzzer fuzz = new AdminFuzzer(this.mvc, this.jdbc, 1_009L);
		String cell = "/admin/topics/" + TOPIC + "/matrix/flask/admin";
		Params valid = new Params().set("mode", "judgement").set("value", "5").set("version", version("""
				select s.version from score s join candidate c on c.id = s.candidate_id
				join criterion cr on cr.id = s.criterion_id join topic t on t.id = c.topic_id
				where t.key = ? and c.key = 'flask' and cr.key = 'admin'""", TOPIC));
		// a NUL, which PostgreSQL text cannot hold: refused before the form is read
		expect(fuzz, 400, post(cell), copy(valid).set("rationale", "before\u0000after"), EDITOR);
		// parameter names that do not fit the form, with setter and with constructor
		// binding
		expect(fuzz, 400, post(cell), copy(valid).set("rationale[0]", "x"), EDITOR);
		expect(fuzz, 400, post(cell), copy(valid).set("evidence[abc]", "m1"), EDITOR);
		expect(fuzz, 400, post(cell), copy(valid).set("evidence[300]", "m1"), EDITOR);
		expect(fuzz, 400, post(cell), copy(valid).set("evidence", "m1").set("evidence[300]", "m1"), EDITOR);
		String option = "/admin/topics/" + TOPIC + "/questions/team/options/learning";
		Params optionForm = new Params().set("label", "Learning").set("position", "1").set("version", "0");
		expect(fuzz, 400, post(option), copy(optionForm).set("mustHaves[x].reason", "x"), EDITOR);
		expect(fuzz, 400, post(option), copy(optionForm).set("mustHaves[300].criterion", "admin"), EDITOR);
		expect(fuzz, 400, post(option), copy(optionForm).set("label[0]", "x"), EDITOR);
		expect(fuzz, 400, post("/admin/datasets/" + this.dataset + "/measurements"),
				new Params().set("approximate[0]", "x"), EDITOR);
		// a value of the wrong type leaves Spring's binding result without the form: the
		// controllers' own checks must not fail on that
		expect(fuzz, 200, post(cell), copy(valid).set("value", "11").set("version", "abc"), EDITOR,
				"Enter a whole number.");
		expect(fuzz, 200, post("/admin/topics/" + TOPIC + "/candidates/flask"),
				new Params().set("key", "flask")
					.set("name", "n".repeat(101))
					.set("position", "1")
					.set("version", "NaN"),
				EDITOR);
		expect(fuzz, 200, post("/admin/topics/" + TOPIC + "/metrics/latency_p95"),
				new Params().set("key", "latency_p95")
					.set("name", "p95")
					.set("unit", "s")
					.set("better", "lower")
					.set("statistic", "p95")
					.set("position", "1")
					.set("version", "1e309"),
				EDITOR);
		expect(fuzz, 200, post("/admin/topics/" + TOPIC + "/sources"),
				new Params().set("key", "").set("title", "t").set("publishedOn", "2026-02-30").set("version", "x"),
				EDITOR);
		expect(fuzz, 200, post("/admin/sources/" + this.source + "/datasets"),
				new Params().set("slug", "").set("title", "t").set("methodology", "m").set("version", "x"), EDITOR);
		expect(fuzz, 200, post("/admin/users"),
				new Params().set("username", "fz-role").set("role", "ROOT").set("password", "p".repeat(100)), ADMIN);
		// bcrypt hashes at most 72 bytes, and Spring Security refuses to hash more
		expect(fuzz, 200, post("/admin/users"),
				new Params().set("username", "fz-long").set("role", "EDITOR").set("password", "p".repeat(73)), ADMIN,
				"Use between 12 and 72 characters.");
		expect(fuzz, 200, post("/admin/users"),
				new Params().set("username", "fz-emoji").set("role", "EDITOR").set("password", "🙂".repeat(19)), ADMIN,
				"Use at most 72 bytes");
		// a stack longer than the database allows is a field error, not a failed update
		expect(fuzz, 200, post("/admin/datasets/" + this.dataset),
				new Params().set("title", "t")
					.set("methodology", "m")
					.set("stacks[fastapi]", "s".repeat(301))
					.set("version", version("select version from dataset where slug = ?", this.dataset)),
				EDITOR, "This is too long.");
		// the criterion's path goes back into the redirect encoded, not as a URI template
		Outcome link = expect(fuzz, 302, post("/admin/topics/{topic}/criteria/{key}/links", "{x}", "cold_start"),
				new Params().set("metric", "cold_start")
					.set("scenario", "Not A Key")
					.set("add", "true")
					.set("version", "0"),
				EDITOR);
		if (!"/admin/topics/%7Bx%7D/criteria/cold_start".equals(link.location())) {
			fuzz.fail("POST links", new Params(), "redirected to " + link.location());
		}
		// an import that is not an upload
		expect(fuzz, 415, post("/admin/topics/" + TOPIC + "/import/csv"), new Params().set("dataset", this.dataset),
				EDITOR);
		expect(fuzz, 415, post("/admin/import"), new Params(), EDITOR);
		// a NUL in an imported file, raw or as a JSON escape, is a problem of the file
		expect(fuzz, 422, upload("/admin/topics/" + TOPIC + "/import/csv", "fz.csv",
				"candidate,metric,scenario,workload,value,unit,quote\r\nfastapi,latency_p95,json,Fz nul,3.5,ms,a\u0000b\r\n"
					.getBytes(UTF_8)),
				new Params().set("dataset", this.dataset), EDITOR, "line 2:", "a NUL character (code 0)");
		expect(fuzz, 422, upload("/admin/import", "fz.json", "{\"format\": \"x\\u0000\"}".getBytes(UTF_8)),
				new Params(), EDITOR, "line 1:", "a NUL character (code 0)");
		// a number too long for the database driver, which stored it as 0
		expect(fuzz, 200, post("/admin/datasets/" + this.dataset + "/measurements"),
				new Params().set("candidate", "fastapi")
					.set("metric", "latency_p95")
					.set("scenario", "json")
					.set("workload", "Fz long number")
					.set("value", "9".repeat(140_000))
					.set("unit", "ms")
					.set("quote", "q"),
				EDITOR, "Enter a number of 0 or more");
		String header = "candidate,metric,scenario,workload,value,unit,quote\r\n";
		for (String number : List.of("1e200000", "1e-16384")) {
			expect(fuzz, 422,
					upload("/admin/topics/" + TOPIC + "/import/csv", "fz.csv",
							(header + "fastapi,latency_p95,json,Fz " + number + "," + number + ",ms,q\r\n")
								.getBytes(UTF_8)),
					new Params().set("dataset", this.dataset), EDITOR, "must have at most 15 digits");
		}
		// longer than the table allows, and a file of nothing but a quote
		expect(fuzz, 422,
				upload("/admin/topics/" + TOPIC + "/import/csv", "fz.csv",
						(header + "fastapi,latency_p95,json," + "w".repeat(301) + ",3.5,ms,q\r\n").getBytes(UTF_8)),
				new Params().set("dataset", this.dataset), EDITOR, "is longer than 300 characters");
		expect(fuzz, 422, upload("/admin/topics/" + TOPIC + "/import/csv", "fz.csv", "\"".getBytes(UTF_8)),
				new Params().set("dataset", this.dataset), EDITOR, "no header row");
		// and one in the name of a file that is imported is left out of the audit log
		String workload = "Fz file name " + fuzz.serial();
		expect(fuzz, 302,
				upload("/admin/topics/" + TOPIC + "/import/csv", "nul\u0000.csv",
						("candidate,metric,scenario,workload,value,unit,quote\r\nfastapi,latency_p95,json," + workload
								+ ",3.5,ms,q\r\n")
							.getBytes(UTF_8)),
				new Params().set("dataset", this.dataset), EDITOR);
		String audited = this.jdbc.queryForObject("""
				select after ->> 'file' from audit_event where entity_type = 'dataset' and action = 'import'
				order by id desc limit 1""", String.class);
		if (!"nul_.csv".equals(audited)) {
			fuzz.fail("POST import", new Params(), "the audit log names the file " + audited);
		}
		fuzz.assertNoFailures();
	}

	/**
	 * Sends a request that must be answered with the status and, when given, show the
	 * texts; a redirect is the only answer that may change anything.
	 */
	private static Outcome expect(AdminFuzzer fuzz, int status, AbstractMockHttpServletRequestBuilder<?> request,
			Params params, String role, String... shown) {
		String what = request.buildRequest(new MockServletContext()).getRequestURI();
		Outcome outcome = fuzz.send("POST " + what, request, params, role, status / 100 == 3);
		if (outcome.response().getStatus() != status) {
			fuzz.fail("POST " + what, params, "answered " + outcome.response().getStatus() + " instead of " + status);
		}
		String html = html(outcome);
		for (String text : shown) {
			if (!html.contains(text)) {
				fuzz.fail("POST " + what, params, "the answer does not say " + AdminFuzzer.describe(text));
			}
		}
		return outcome;
	}

	private static String html(Outcome outcome) {
		try {
			return outcome.response().getContentAsString(UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Params copy(Params params) {
		Params copy = new Params();
		params.names().forEach((name) -> params.values(name).forEach((value) -> copy.add(name, value)));
		return copy;
	}

	/** The option's weights are exactly the non-blank ones that were sent. */
	private void expectWeights(AdminFuzzer fuzz, String uri, Params params, long option) {
		Map<String, BigDecimal> sent = new LinkedHashMap<>();
		for (String name : params.names()) {
			if (name.startsWith("weights[") && name.endsWith("]") && name.length() > 9) {
				String value = params.bound(name);
				if (value != null && !value.isBlank()) {
					sent.put(name.substring(8, name.length() - 1), new BigDecimal(value.strip()));
				}
			}
		}
		Map<String, BigDecimal> stored = new LinkedHashMap<>();
		this.jdbc.query("""
				select c.key, w.weight from option_weight w join criterion c on c.id = w.criterion_id
				where w.option_id = ?""", (rs) -> {
			stored.put(rs.getString(1), rs.getBigDecimal(2));
		}, option);
		boolean same = sent.size() == stored.size() && sent.entrySet()
			.stream()
			.allMatch((weight) -> stored.containsKey(weight.getKey())
					&& stored.get(weight.getKey()).compareTo(weight.getValue()) == 0);
		if (!same) {
			fuzz.fail(uri, params, "weights stored as " + stored + " instead of " + sent);
		}
	}

	private String version(String sql, Object... args) {
		return String.valueOf(this.jdbc.queryForObject(sql, Long.class, args));
	}

	/**
	 * A single-valued field (a checkbox, a choice) binds the first of repeated values.
	 */
	private static String first(Params params, String name) {
		return params.values(name).stream().findFirst().orElse(null);
	}

	private static void expectNumber(AdminFuzzer fuzz, String uri, Params params, String field, String sent,
			Object stored) {
		if (stored == null || new BigDecimal(stored.toString()).compareTo(new BigDecimal(sent.strip())) != 0) {
			fuzz.fail(uri, params, field + " stored as " + stored);
		}
	}

	/**
	 * Field names and kinds, in order (the order the fuzzer picks from must not vary).
	 */
	static Map<String, Kind> fields(Object... namesAndKinds) {
		Map<String, Kind> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndKinds.length; i += 2) {
			fields.put((String) namesAndKinds[i], (Kind) namesAndKinds[i + 1]);
		}
		return fields;
	}

}
