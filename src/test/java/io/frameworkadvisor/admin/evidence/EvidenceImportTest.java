package io.frameworkadvisor.admin.evidence;

import java.util.Arrays;

import io.frameworkadvisor.TestTopics;
import io.frameworkadvisor.WebTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
 * Importing measurements (CSV) and sources (JSON) into a topic: one file per kind of
 * failure, each rejected with its line and reason and with nothing stored (422), and the
 * successful imports with their audit entries.
 */
@WebTest
@WithMockUser(username = "editor", roles = "EDITOR")
class EvidenceImportTest {

	private static final String TOPIC = "evidence-import";

	private static final String DATASET = EvidenceTestData.slug("bytepulse-epyc-500-connections", TOPIC);

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

	private MvcTestResult importCsv(String fileName, byte[] content) {
		return this.mvc.post()
			.uri("/admin/topics/{topic}/import/csv", TOPIC)
			.multipart()
			.file(new MockMultipartFile("file", fileName, "text/csv", content))
			.param("dataset", DATASET)
			.with(csrf())
			.exchange();
	}

	private MvcTestResult importJson(String fileName, byte[] content) {
		return this.mvc.post()
			.uri("/admin/topics/{topic}/import/json", TOPIC)
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/json", content))
			.with(csrf())
			.exchange();
	}

	/**
	 * Imports a file that must be rejected, and returns the page listing the problems.
	 */
	private String rejectedCsv(String name) {
		return rejected(name, () -> importCsv(name, EvidenceTestData.file(name)));
	}

	private String rejected(String name, java.util.function.Supplier<MvcTestResult> request) {
		String before = EvidenceTestData.counts(this.jdbc);
		MvcTestResult result = request.get();
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(EvidenceTestData.counts(this.jdbc)).as("nothing stored for " + name).isEqualTo(before);
		String html = html(result);
		assertThat(html).contains("Nothing of " + name + " was imported");
		return html;
	}

	@Test
	void unknownCandidateIsRejectedWithItsLine() {
		assertThat(rejectedCsv("unknown-candidate.csv")).contains("line 3, column candidate:")
			.contains("unknown candidate &#39;sanic&#39;")
			.doesNotContain("line 2,");
	}

	@Test
	void unknownMetricIsRejectedWithItsLine() {
		assertThat(rejectedCsv("unknown-metric.csv")).contains("line 3, column metric:")
			.contains("unknown metric &#39;latency_p42&#39;");
	}

	@Test
	void aNumberThatIsNotANumberIsRejectedWithItsLine() {
		assertThat(rejectedCsv("not-a-number.csv")).contains("line 3, column value:")
			.contains("&#39;8,5&#39; is not a number")
			.contains("line 4, column value:")
			.contains("&#39;fast&#39; is not a number")
			.doesNotContain("is missing");
	}

	@Test
	void aUnitThatDoesNotMatchTheMetricIsRejected() {
		assertThat(rejectedCsv("unit-mismatch.csv")).contains("line 3, column unit:")
			.contains("&#39;MB&#39; does not match metric &#39;latency_p95&#39;, which is in ms");
	}

	@Test
	void duplicateRowsWithinTheFileAreRejected() {
		assertThat(rejectedCsv("duplicate-rows.csv")).contains("line 3:").contains("duplicates an earlier measurement");
	}

	@Test
	void rowsTheDatasetAlreadyHasAreRejected() {
		assertThat(rejectedCsv("duplicate-stored.csv")).contains("line 3:")
			.contains("the dataset already has this measurement");
	}

	@Test
	void missingColumnsAreRejected() {
		assertThat(rejectedCsv("missing-columns.csv")).contains("line 1:").contains("missing column(s) scenario, unit");
	}

	@Test
	void aFileThatIsNotUtf8IsRejected() {
		assertThat(rejectedCsv("not-utf8.csv")).contains("the file is not UTF-8 text");
	}

	@Test
	void anEmptyFileIsRejected() {
		assertThat(rejectedCsv("empty.csv")).contains("the file is empty");
	}

	@Test
	void aFileOverTheLimitIsRejected() {
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		Arrays.fill(large, (byte) 'a');
		assertThat(rejected("large.csv", () -> importCsv("large.csv", large))).contains("the limit is 5 MB");
	}

	@Test
	void malformedJsonIsRejectedWithLineAndColumn() {
		assertThat(
				rejected("malformed.json", () -> importJson("malformed.json", EvidenceTestData.file("malformed.json"))))
			.contains("line 5, column");
	}

	@Test
	void aSourceFileWithUnknownKeysIsRejectedWithTheLinesOfTheProblems() {
		String json = new String(EvidenceTestData.file("source-valid.json"), java.nio.charset.StandardCharsets.UTF_8)
			.replace("evidence-import-own-source", "evidence-import-bad-source")
			.replace("evidence-import-own-dataset", "evidence-import-bad-dataset")
			.replace("\"latency_p95\"", "\"latency_p42\"")
			.replace("\"flask\"", "\"bottle\"");
		String html = rejected("bad-source.json",
				() -> importJson("bad-source.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(html).contains("line 30 (datasets[0].measurements[0].metric):")
			.contains("unknown metric &#39;latency_p42&#39;")
			.contains("(datasets[0].stacks.bottle):")
			.contains("unknown candidate &#39;bottle&#39;");
	}

	@Test
	void aValidCsvAddsItsRowsToTheDataset() {
		Integer before = measurementCount();
		MvcTestResult result = importCsv("valid.csv", EvidenceTestData.file("valid.csv"));
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/topics/" + TOPIC + "/import");
		assertThat(result).flash().containsKey("imported");
		assertThat(measurementCount()).isEqualTo(before + 3);
		assertThat(this.jdbc.queryForMap("""
				select me.value, me.value_max, me.approximate, me.unit, me.quote, me.note, me.stack
				from measurement me join dataset d on d.id = me.dataset_id
				where d.slug = ? and me.workload = 'Cold start, with a comma'""", DATASET))
			.containsEntry("value", new java.math.BigDecimal("0.7"))
			.containsEntry("value_max", new java.math.BigDecimal("0.9"))
			.containsEntry("approximate", true)
			.containsEntry("unit", "s")
			.containsEntry("quote", "He said \"fast\" — 0.7s")
			.containsEntry("note", "a note")
			.containsEntry("stack", storedFlaskStack());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'dataset' and entity_id = ? and action = 'import' and actor = 'editor'",
				Integer.class, DATASET))
			.isEqualTo(1);
	}

	@Test
	void aValidSourceFileIsImportedWithItsDataset() {
		MvcTestResult result = importJson("source-valid.json", EvidenceTestData.file("source-valid.json"));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from measurement me join dataset d on d.id = me.dataset_id
				where d.slug = 'evidence-import-own-dataset'""", Integer.class)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'source' and entity_id = 'evidence-import-own-source' and action = 'import'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void theImportPageDocumentsTheColumns() {
		assertThat(this.mvc.get().uri("/admin/topics/{topic}/import", TOPIC)).hasStatusOk()
			.bodyText()
			.contains("candidate,metric,scenario,workload,stack,value,value_max,approximate,unit,quote,note")
			.contains(DATASET);
	}

	static String html(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Integer measurementCount() {
		return this.jdbc.queryForObject(
				"select count(*) from measurement me join dataset d on d.id = me.dataset_id where d.slug = ?",
				Integer.class, DATASET);
	}

	private String storedFlaskStack() {
		return this.jdbc.queryForObject("""
				select ds.stack from dataset_stack ds join dataset d on d.id = ds.dataset_id
				join candidate c on c.id = ds.candidate_id where d.slug = ? and c.key = 'flask'""", String.class,
				DATASET);
	}

}
