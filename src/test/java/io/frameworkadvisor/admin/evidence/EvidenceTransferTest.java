package io.frameworkadvisor.admin.evidence;

import java.nio.charset.StandardCharsets;

import io.frameworkadvisor.TestTopics;
import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.evidence.EvidenceImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Exports re-import: a dataset's CSV into another dataset, a dataset's JSON as a new
 * source; a topic export is refused where the topic exists, with nothing stored; and none
 * of it is open to anonymous visitors or to a POST without a CSRF token.
 */
@WebTest
class EvidenceTransferTest {

	private static final String TOPIC = "evidence-transfer";

	private static final String DATASET = EvidenceTestData.slug("bytepulse-epyc-500-connections", TOPIC);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

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

	private MvcTestResult upload(String uri, String fileName, byte[] content) {
		return this.mvc.post()
			.uri(uri)
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.param("dataset", "evidence-transfer-copy")
			.with(csrf())
			.exchange();
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void aDatasetExportedAsCsvImportsIntoAnotherDatasetUnchanged() {
		MvcTestResult csv = this.mvc.get().uri("/admin/datasets/{slug}/export.csv", DATASET).exchange();
		assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		String text = EvidenceImportTest.html(csv);
		assertThat(text)
			.startsWith("candidate,metric,scenario,workload,stack,value,value_max,approximate,unit,quote,note\r\n");
		assertThat(text.lines().count()).isEqualTo(17);

		String sourceKey = EvidenceTestData.slug("bytepulse-30-day-benchmark-2026", TOPIC);
		assertThat(this.mvc.post()
			.uri("/admin/sources/{key}/datasets", sourceKey)
			.param("slug", "evidence-transfer-copy")
			.param("title", "Copy")
			.param("methodology", "Copied.")
			.param("stacks[fastapi]", stack("fastapi"))
			.param("stacks[django]", stack("django"))
			.param("stacks[flask]", stack("flask"))
			.param("version", "0")
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(upload("/admin/topics/" + TOPIC + "/import/csv", DATASET + ".csv",
				text.getBytes(StandardCharsets.UTF_8)))
			.hasStatus(HttpStatus.FOUND);
		String copy = EvidenceImportTest
			.html(this.mvc.get().uri("/admin/datasets/evidence-transfer-copy/export.csv").exchange());
		assertThat(copy).isEqualTo(text);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void aDatasetExportedAsJsonIsASourceFileThatImportsUnderNewKeys() {
		MvcTestResult export = this.mvc.get().uri("/admin/datasets/{slug}/export.json", DATASET).exchange();
		assertThat(export).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		String text = EvidenceImportTest.html(export);
		JsonNode file = this.json.readTree(text);
		assertThat(file.get("topic").asString()).isEqualTo(TOPIC);
		assertThat(file.get("datasets")).hasSize(1);
		assertThat(file.get("datasets").get(0).get("measurements")).hasSize(16);
		String renamed = text.replace(DATASET, "evidence-transfer-json-copy")
			.replace(EvidenceTestData.slug("bytepulse-30-day-benchmark-2026", TOPIC), "evidence-transfer-json-source");
		EvidenceImporter.ImportSummary summary = this.context.getBean(EvidenceImporter.class)
			.importSourceFile(TOPIC, "copy.json", renamed.getBytes(StandardCharsets.UTF_8), "editor");
		assertThat(summary.measurements()).isEqualTo(16);
		assertThat(EvidenceImportTest
			.html(this.mvc.get().uri("/admin/datasets/evidence-transfer-json-copy/export.json").exchange()))
			.isEqualTo(renamed);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void aTopicExportIsRefusedWhereTheTopicExistsAndNothingIsStored() {
		byte[] export = this.mvc.get()
			.uri("/admin/topics/{topic}/export", TOPIC)
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		String before = EvidenceTestData.counts(this.jdbc);
		MvcTestResult result = upload("/admin/import", "topic.json", export);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(EvidenceImportTest.html(result)).contains("line 5 (topic.key):")
			.contains("a topic &#39;" + TOPIC + "&#39; already exists here");
		assertThat(EvidenceTestData.counts(this.jdbc)).isEqualTo(before);

		String other = new String(export, StandardCharsets.UTF_8).replace("\"key\" : \"" + TOPIC + "\"",
				"\"key\" : \"evidence-transfer-other\"");
		MvcTestResult wrongTopic = upload("/admin/import", "other.json", other.getBytes(StandardCharsets.UTF_8));
		assertThat(wrongTopic).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(EvidenceImportTest.html(wrongTopic)).contains("(sources[0].topic):")
			.contains("(sources[0].source.key):");
		assertThat(EvidenceTestData.counts(this.jdbc)).isEqualTo(before);
	}

	@Test
	void anonymousVisitorsCannotExportImportOrEdit() {
		for (String uri : new String[] { "/admin/topics/" + TOPIC + "/sources", "/admin/topics/" + TOPIC + "/import",
				"/admin/import", "/admin/topics/" + TOPIC + "/export", "/admin/datasets/" + DATASET,
				"/admin/datasets/" + DATASET + "/export.json", "/admin/datasets/" + DATASET + "/export.csv" }) {
			assertThat(this.mvc.get().uri(uri)).as(uri).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		}
		assertThat(this.mvc.post().uri("/admin/datasets/" + DATASET + "/delete").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.jdbc.queryForObject("select count(*) from dataset where slug = ?", Integer.class, DATASET))
			.isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void aPostWithoutCsrfTokenIsRefused() {
		String before = EvidenceTestData.counts(this.jdbc);
		assertThat(this.mvc.post().uri("/admin/datasets/" + DATASET + "/delete")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/topics/" + TOPIC + "/import/csv")
			.multipart()
			.file(new MockMultipartFile("file", "valid.csv", "text/csv", EvidenceTestData.file("valid.csv")))
			.param("dataset", DATASET)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/sources/x").param("title", "x")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(EvidenceTestData.counts(this.jdbc)).isEqualTo(before);
	}

	private String stack(String candidate) {
		return this.jdbc.queryForObject("""
				select ds.stack from dataset_stack ds join dataset d on d.id = ds.dataset_id
				join candidate c on c.id = ds.candidate_id where d.slug = ? and c.key = ?""", String.class, DATASET,
				candidate);
	}

}
