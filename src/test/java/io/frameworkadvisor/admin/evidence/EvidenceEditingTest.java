package io.frameworkadvisor.admin.evidence;

import java.util.Map;

import io.frameworkadvisor.TestTopics;
import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.evidence.Source;
import io.frameworkadvisor.evidence.SourceEditor;
import io.frameworkadvisor.evidence.SourceRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Editing sources, datasets and measurements: field errors, conflicts (409 with the
 * stored values), audit entries, and deletions refused while cells or published versions
 * refer to the evidence.
 */
@WebTest
@WithMockUser(username = "editor", roles = "EDITOR")
class EvidenceEditingTest {

	private static final String TOPIC = "evidence-edit";

	private static final String SEED_DATASET = EvidenceTestData.slug("c6i-2xlarge-wrk2-1000rps", TOPIC);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@AfterAll
	static void deleteTopic(@Autowired JdbcTemplate jdbc) {
		TestTopics.delete(jdbc, TOPIC);
	}

	@BeforeEach
	void topic() {
		EvidenceTestData.ensureTopic(this.context, TOPIC);
	}

	private MvcTestResult post(String uri, Map<String, String> fields) {
		var request = this.mvc.post().uri(uri).with(csrf());
		fields.forEach((name, value) -> request.param(name, value));
		return request.exchange();
	}

	private static Map<String, String> source(String key, String title, String url, long version) {
		return Map.of("key", key, "title", title, "url", url, "publishedOn", "2026-03-08", "notes", "Test notes",
				"version", String.valueOf(version));
	}

	private void createSource(String key) {
		assertThat(post("/admin/topics/" + TOPIC + "/sources", source(key, "Own source", "", 0)))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/sources/" + key);
	}

	private void createDataset(String sourceKey, String slug) {
		assertThat(post("/admin/sources/" + sourceKey + "/datasets",
				Map.of("slug", slug, "title", "Own run", "methodology", "We measured.", "connections", "10",
						"stacks[fastapi]", "FastAPI + uvicorn", "stacks[django]", "Django + gunicorn", "stacks[flask]",
						"", "version", "0")))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/datasets/" + slug);
	}

	private static Map<String, String> measurement(String workload, String value, String unit, long version) {
		return Map.of("candidate", "fastapi", "metric", "latency_p95", "scenario", "json", "workload", workload,
				"stack", "", "value", value, "valueMax", "", "unit", unit, "quote", "3.2 ms", "version",
				String.valueOf(version));
	}

	private static Notice notice(MvcTestResult result) {
		return (Notice) result.getMvcResult().getFlashMap().get("notice");
	}

	private int audits(String type, String id, String action) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = ? and entity_id = ? and action = ? and actor = 'editor'",
				Integer.class, type, id, action);
	}

	@Test
	void aSourceWithErrorsIsShownAgainWithTheErrorsNextToTheFields() {
		MvcTestResult result = post("/admin/topics/" + TOPIC + "/sources",
				source("Not A Key", " ", "ftp://example.org", 0));
		assertThat(result).hasStatusOk()
			.model()
			.extractingBindingResult("sourceForm")
			.hasFieldErrors("key", "title", "url");
		assertThat(EvidenceImportTest.html(result)).contains("Enter a value.")
			.contains("Enter an address that starts with http:// or https://.");
		assertThat(this.jdbc.queryForObject("select count(*) from source where title = ' '", Integer.class)).isZero();
	}

	@Test
	void aSourceIsCreatedEditedAndAudited() {
		createSource("evidence-edit-own");
		assertThat(audits("source", "evidence-edit-own", "create")).isEqualTo(1);
		assertThat(post("/admin/sources/evidence-edit-own",
				source("ignored", "Own source, renamed", "https://example.org/a", 0)))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsKey("notice");
		assertThat(this.jdbc.queryForMap("select key, title, url from source where key = 'evidence-edit-own'"))
			.containsEntry("title", "Own source, renamed")
			.containsEntry("url", "https://example.org/a");
		assertThat(this.jdbc.queryForObject("""
				select before ->> 'title' || ' -> ' || (after ->> 'title') from audit_event
				where entity_type = 'source' and entity_id = 'evidence-edit-own' and action = 'update'""",
				String.class))
			.isEqualTo("Own source -> Own source, renamed");
	}

	@Test
	void aStaleSourceEditIsAConflictThatShowsTheStoredValue() {
		createSource("evidence-edit-stale");
		assertThat(post("/admin/sources/evidence-edit-stale", source("", "First title", "", 0)))
			.hasStatus(HttpStatus.FOUND);
		MvcTestResult second = post("/admin/sources/evidence-edit-stale", source("", "Second title", "", 0));
		assertThat(second).hasStatus(HttpStatus.CONFLICT);
		assertThat(EvidenceImportTest.html(second)).contains("First title")
			.contains("Second title")
			.contains("Someone else saved this while you were editing");
		assertThat(second).model().containsKey("conflict");
		assertThat(this.jdbc.queryForObject("select title from source where key = 'evidence-edit-stale'", String.class))
			.isEqualTo("First title");
	}

	@Test
	void aDatasetIsCreatedWithItsStacksAndItsMethodologyEdited() {
		createSource("evidence-edit-ds");
		createDataset("evidence-edit-ds", "evidence-edit-ds-run");
		assertThat(this.jdbc.queryForList("""
				select c.key from dataset_stack ds join dataset d on d.id = ds.dataset_id
				join candidate c on c.id = ds.candidate_id where d.slug = 'evidence-edit-ds-run' order by c.key""",
				String.class))
			.containsExactly("django", "fastapi");
		assertThat(audits("dataset", "evidence-edit-ds-run", "create")).isEqualTo(1);
		MvcTestResult invalid = post("/admin/datasets/evidence-edit-ds-run",
				Map.of("title", "Own run", "methodology", "", "connections", "many", "version", "0"));
		assertThat(invalid).hasStatusOk()
			.model()
			.extractingBindingResult("datasetForm")
			.hasFieldErrors("methodology", "connections");
		long version = this.jdbc.queryForObject("select version from dataset where slug = 'evidence-edit-ds-run'",
				Long.class);
		assertThat(post("/admin/datasets/evidence-edit-ds-run",
				Map.of("title", "Own run", "hardware", "a laptop", "methodology", "We measured twice.",
						"stacks[fastapi]", "FastAPI + uvicorn", "stacks[flask]", "Flask + gunicorn", "version",
						String.valueOf(version))))
			.hasStatus(HttpStatus.FOUND);
		assertThat(
				this.jdbc.queryForMap("select hardware, methodology from dataset where slug = 'evidence-edit-ds-run'"))
			.containsEntry("hardware", "a laptop")
			.containsEntry("methodology", "We measured twice.");
		assertThat(this.jdbc.queryForList("""
				select c.key from dataset_stack ds join dataset d on d.id = ds.dataset_id
				join candidate c on c.id = ds.candidate_id where d.slug = 'evidence-edit-ds-run' order by c.key""",
				String.class))
			.containsExactly("fastapi", "flask");
		assertThat(post("/admin/datasets/evidence-edit-ds-run",
				Map.of("title", "Stale", "methodology", "Stale.", "version", String.valueOf(version))))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void measurementsAreAddedEditedAndDeletedWithALinkToTheDraft() {
		createSource("evidence-edit-m");
		createDataset("evidence-edit-m", "evidence-edit-m-run");
		String base = "/admin/datasets/evidence-edit-m-run/measurements";
		MvcTestResult notANumber = post(base, measurement("echo", "fast", "ms", 0));
		assertThat(notANumber).hasStatusOk().model().extractingBindingResult("measurementForm").hasFieldErrors("value");
		assertThat(EvidenceImportTest.html(notANumber)).contains("Enter a number of 0 or more like 1234.5");
		assertThat(post(base, measurement("echo", "3.2", "MB", 0))).hasStatusOk()
			.model()
			.extractingBindingResult("measurementForm")
			.hasFieldErrors("unit");
		MvcTestResult added = post(base, measurement("echo", "3.2", "ms", 0));
		assertThat(added).hasStatus(HttpStatus.FOUND).flash().containsKey("notice");
		assertThat(notice(added).draftTopic()).isEqualTo(TOPIC);
		long id = this.jdbc.queryForObject("""
				select me.id from measurement me join dataset d on d.id = me.dataset_id
				where d.slug = 'evidence-edit-m-run'""", Long.class);
		assertThat(this.jdbc.queryForObject("select stack from measurement where id = ?", String.class, id))
			.isEqualTo("FastAPI + uvicorn");
		assertThat(audits("measurement", "evidence-edit-m-run/" + id, "create")).isEqualTo(1);
		assertThat(post(base, measurement("echo", "3.3", "ms", 0))).hasStatusOk()
			.model()
			.extractingBindingResult("measurementForm")
			.hasFieldErrors("workload");

		assertThat(this.mvc.get().uri(base + "/" + id)).hasStatusOk().bodyText().contains("3.2");
		assertThat(post(base + "/" + id, measurement("echo", "3.4", "ms", 0))).hasStatus(HttpStatus.FOUND);
		MvcTestResult stale = post(base + "/" + id, measurement("echo", "9.9", "ms", 0));
		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		assertThat(EvidenceImportTest.html(stale)).contains("3.4").contains("9.9");
		assertThat(this.jdbc.queryForObject("select value from measurement where id = ?", String.class, id))
			.isEqualTo("3.4");
		assertThat(audits("measurement", "evidence-edit-m-run/" + id, "update")).isEqualTo(1);

		assertThat(post(base + "/" + id + "/delete", Map.of())).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from measurement where id = ?", Integer.class, id))
			.isZero();
		assertThat(audits("measurement", "evidence-edit-m-run/" + id, "delete")).isEqualTo(1);
	}

	@Test
	void evidenceThatAPublishedVersionIncludesIsNotDeleted() {
		String before = EvidenceTestData.counts(this.jdbc);
		MvcTestResult dataset = post("/admin/datasets/" + SEED_DATASET + "/delete", Map.of());
		assertThat(dataset).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/datasets/" + SEED_DATASET);
		Notice notice = notice(dataset);
		assertThat(notice.key()).isEqualTo("evidence.delete.refused");
		assertThat(notice.arguments().get(0)).isEqualTo(SEED_DATASET);
		assertThat(notice.arguments().get(4)).isEqualTo("1");

		String sourceKey = EvidenceTestData.slug("c6i-real-world-benchmarks-2026", TOPIC);
		Notice source = notice(post("/admin/sources/" + sourceKey + "/delete", Map.of()));
		assertThat(source.key()).isEqualTo("evidence.delete.refused");
		assertThat(Integer.parseInt(source.arguments().get(1))).as("cells citing its claims").isPositive();
		assertThat(source.arguments().get(2)).contains("/");

		long measurementId = this.jdbc.queryForObject("""
				select min(me.id) from measurement me join dataset d on d.id = me.dataset_id where d.slug = ?""",
				Long.class, SEED_DATASET);
		MvcTestResult measurement = post(
				"/admin/datasets/" + SEED_DATASET + "/measurements/" + measurementId + "/delete", Map.of());
		assertThat(notice(measurement).key()).isEqualTo("evidence.delete.refused");
		assertThat(EvidenceTestData.counts(this.jdbc)).isEqualTo(before);

		assertThat(this.mvc.get().uri("/admin/datasets/" + SEED_DATASET).flashAttr("notice", notice)).hasStatusOk()
			.bodyText()
			.contains("was not deleted")
			.contains("published matrix version(s) include it (1)");
	}

	@Test
	void aConcurrentWriteBetweenTheCheckAndTheWriteIsCaughtByTheVersionColumn() {
		createSource("evidence-edit-race");
		SourceEditor editor = this.context.getBean(SourceEditor.class);
		Source.SourceDetails details = new Source.SourceDetails("Slow editor", null, null, null, null, null, null, "");
		TransactionTemplate transaction = this.context.getBean(TransactionTemplate.class);
		assertThatThrownBy(() -> transaction.executeWithoutResult((status) -> {
			// the slow editor's transaction has read version 0 ...
			this.context.getBean(SourceRepository.class).findByKeyWithTopic("evidence-edit-race").orElseThrow();
			// ... when a fast editor commits version 1
			new TransactionTemplate(transaction.getTransactionManager(),
					new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW))
				.executeWithoutResult((inner) -> editor.update("evidence-edit-race", 0,
						new Source.SourceDetails("Fast editor", null, null, null, null, null, null, ""), "fast"));
			editor.update("evidence-edit-race", 0, details, "slow");
		})).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.jdbc.queryForObject("select title from source where key = 'evidence-edit-race'", String.class))
			.isEqualTo("Fast editor");
		assertThat(editor.stale("evidence-edit-race").stored()).containsEntry("title", "Fast editor");
	}

	@Test
	void theEditPagesRender() {
		assertThat(this.mvc.get().uri("/admin/topics/" + TOPIC + "/sources")).hasStatusOk()
			.bodyText()
			.contains(SEED_DATASET);
		assertThat(this.mvc.get().uri("/admin/topics/" + TOPIC + "/sources/new")).hasStatusOk();
		assertThat(
				this.mvc.get().uri("/admin/sources/" + EvidenceTestData.slug("c6i-real-world-benchmarks-2026", TOPIC)))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/datasets/" + SEED_DATASET)).hasStatusOk()
			.bodyText()
			.contains("Measurements (15)");
		assertThat(this.mvc.get().uri("/admin/datasets/" + SEED_DATASET + "/measurements/new")).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/datasets/no-such-dataset")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
