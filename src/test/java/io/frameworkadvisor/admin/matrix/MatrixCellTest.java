package io.frameworkadvisor.admin.matrix;

import java.math.BigDecimal;
import java.util.List;

import io.frameworkadvisor.TestTopics;
import io.frameworkadvisor.recommendation.MatrixPublisher;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
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
 * The grid and the cell form on a copy of the seeded topic: every cell shown with its
 * draft score and mode, a cell's value, rationale and evidence stored with an audit
 * entry, and two editors of the same cell: the second gets the conflict page, no write is
 * lost.
 */
@MatrixAdminTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatrixCellTest {

	private static final String TOPIC = "mx-cells";

	private static final String CELL = "/admin/topics/" + TOPIC + "/matrix/flask/admin";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MatrixPublisher publisher;

	@BeforeAll
	void copyTheSeed() {
		TestTopics.copyOfSeed(this.context, TOPIC);
	}

	@Test
	void theGridShowsEveryCellWithItsDraftScoreModeAndEvidence() throws Exception {
		DecisionMatrix draft = this.publisher.draft(TOPIC);
		MvcTestResult grid = this.mvc.get().uri("/admin/topics/" + TOPIC + "/matrix").exchange();
		assertThat(grid).hasStatusOk().hasViewName("admin/matrix/grid");
		String html = grid.getResponse().getContentAsString();
		assertThat(countOf(html, "class=\"mx-admin-cell__link\"")).isEqualTo(draft.cells().size())
			.isEqualTo(draft.candidates().size() * draft.criteria().size());
		for (DecisionMatrix.Cell cell : draft.cells()) {
			assertThat(html).contains(
					"href=\"/admin/topics/" + TOPIC + "/matrix/" + cell.candidate() + "/" + cell.criterion() + "\"");
		}
		// cold start is derived: Django's draft score as the published matrix computes it
		assertThat(html).contains(">derived</span>", ">judgement</span>", ">with evidence</span>")
			.containsPattern("matrix/django/cold_start\">\\s*<span class=\"mx-admin-cell__score\">6.6</span>");
	}

	@Test
	void savingACellStoresValueRationaleEvidenceAndAnAuditEntry() throws Exception {
		String page = this.mvc.get().uri(CELL).exchange().getResponse().getContentAsString();
		assertThat(page).contains("History", "/admin/audit?entity=score&amp;id=" + TOPIC + "/flask/admin",
				"Measurements: ", "Claims: ");
		List<String> claims = this.jdbc.queryForList("""
				select 'c' || cl.id from claim cl join source s on s.id = cl.source_id join topic t on t.id = s.topic_id
				where t.key = ? order by cl.id limit 2""", String.class, TOPIC);
		MvcTestResult saved = this.mvc.post()
			.uri(CELL)
			.with(csrf())
			.param("mode", "judgement")
			.param("value", "4.5")
			.param("rationale", "Flask-Admin exists but is not built in.")
			.param("evidence", claims.get(0), claims.get(1))
			.param("version", AdminDb.version(page))
			.exchange();
		assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(CELL);
		assertThat(saved).flash().containsKey("notice");

		assertThat(stored("value")).isEqualTo("4.50");
		assertThat(stored("rationale")).isEqualTo("Flask-Admin exists but is not built in.");
		assertThat(count(this.jdbc, "select 1 from score_evidence where score_id = (" + SCORE_ID + ")", TOPIC))
			.isEqualTo(2);
		assertThat(auditRows(this.jdbc, "score", TOPIC + "/flask/admin", "update")).isOne();
		assertThat(this.jdbc.queryForObject("""
				select after ->> 'value' from audit_event where entity_type = 'score' and entity_id = ?
				order by id desc limit 1""", String.class, TOPIC + "/flask/admin")).isEqualTo("4.5");
		assertThat(this.publisher.draft(TOPIC).cell("flask", "admin").orElseThrow().score()).isEqualTo(4.5);
	}

	@Test
	void badNumbersAndAMissingOverrideReasonAreFieldErrors() throws Exception {
		String cell = "/admin/topics/" + TOPIC + "/matrix/django/cold_start";
		String before = stored("value", "django", "cold_start");
		String version = AdminDb.version(this.mvc.get().uri(cell).exchange().getResponse().getContentAsString());
		MvcTestResult tooHigh = this.mvc.post()
			.uri(cell)
			.with(csrf())
			.param("mode", "override")
			.param("value", "11")
			.param("overrideReason", "")
			.param("version", version)
			.exchange();
		assertThat(tooHigh).hasStatusOk().hasViewName("admin/matrix/cell");
		assertThat(tooHigh).model().extractingBindingResult("form").hasFieldErrors("value", "overrideReason");
		MvcTestResult notANumber = this.mvc.post()
			.uri(cell)
			.with(csrf())
			.param("mode", "judgement")
			.param("value", "seven")
			.param("version", version)
			.exchange();
		assertThat(notANumber).model().extractingBindingResult("form").hasFieldErrors("value");
		assertThat(notANumber.getResponse().getContentAsString()).contains("A number from 0 to 10");
		// the criterion "admin" has no metric: it cannot be derived
		MvcTestResult notDerivable = this.mvc.post()
			.uri(CELL)
			.with(csrf())
			.param("mode", "derived")
			.param("version", "0")
			.exchange();
		assertThat(notDerivable).model().extractingBindingResult("form").hasFieldErrors("mode");
		assertThat(stored("value", "django", "cold_start")).isEqualTo(before);
	}

	@Test
	void anOverrideShowsTheDerivedValueNextToIt() throws Exception {
		String cell = "/admin/topics/" + TOPIC + "/matrix/flask/cold_start";
		String version = AdminDb.version(this.mvc.get().uri(cell).exchange().getResponse().getContentAsString());
		assertThat(this.mvc.post()
			.uri(cell)
			.with(csrf())
			.param("mode", "override")
			.param("value", "9")
			.param("overrideReason", "Measured on an old release")
			.param("version", version)).hasStatus(HttpStatus.FOUND);
		String page = this.mvc.get().uri(cell).exchange().getResponse().getContentAsString();
		assertThat(page).contains(">override</span>", "derived from the measurements: ", "Draft score 9.0");
		assertThat(stored("override_reason", "flask", "cold_start")).isEqualTo("Measured on an old release");
	}

	/** Issue 4 acceptance: two sessions edit the same cell; no write is lost. */
	@Test
	void aSecondEditorOfTheSameCellGetsTheConflictPageAndNoWriteIsLost() throws Exception {
		String cell = "/admin/topics/" + TOPIC + "/matrix/fastapi/admin";
		String first = this.mvc.get().uri(cell).exchange().getResponse().getContentAsString();
		String second = this.mvc.get().uri(cell).exchange().getResponse().getContentAsString();
		assertThat(AdminDb.version(first)).isEqualTo(AdminDb.version(second));

		assertThat(saveCell(cell, "3.25", "First editor", AdminDb.version(first))).hasStatus(HttpStatus.FOUND);
		MvcTestResult conflict = saveCell(cell, "7.75", "Second editor", AdminDb.version(second));
		assertThat(conflict).hasStatus(HttpStatus.CONFLICT).hasViewName("admin/matrix/cell");
		String conflictPage = conflict.getResponse().getContentAsString();
		assertThat(conflictPage).contains("Someone else saved this while you were editing")
			// the second editor's value is kept in the form, the stored one shown next to
			// it
			.contains("value=\"7.75\"")
			.contains("Stored now:")
			.containsPattern("Stored now:</span>\\s*<span>3.25</span>")
			.contains("First editor");
		assertThat(stored("value", "fastapi", "admin")).isEqualTo("3.25");
		assertThat(stored("rationale", "fastapi", "admin")).isEqualTo("First editor");

		// saving again from the conflict page (its version is the stored one) is the
		// merge
		String mergedVersion = AdminDb.version(conflictPage);
		assertThat(mergedVersion).isNotEqualTo(AdminDb.version(second));
		assertThat(saveCell(cell, "7.75", "Second editor, after reading the first", mergedVersion))
			.hasStatus(HttpStatus.FOUND);
		assertThat(stored("value", "fastapi", "admin")).isEqualTo("7.75");
		assertThat(stored("rationale", "fastapi", "admin")).isEqualTo("Second editor, after reading the first");
		assertThat(this.jdbc.queryForList("""
				select after ->> 'rationale' from audit_event where entity_type = 'score' and entity_id = ?
				order by id""", String.class, TOPIC + "/fastapi/admin")).containsExactly("First editor",
				"Second editor, after reading the first");
	}

	private MvcTestResult saveCell(String uri, String value, String rationale, String version) {
		return this.mvc.post()
			.uri(uri)
			.with(csrf())
			.param("mode", "judgement")
			.param("value", value)
			.param("rationale", rationale)
			.param("version", version)
			.exchange();
	}

	private static final String SCORE_ID = """
			select s.id from score s join candidate c on c.id = s.candidate_id join criterion cr on cr.id = s.criterion_id
			join topic t on t.id = c.topic_id where t.key = ? and c.key = 'flask' and cr.key = 'admin'""";

	private String stored(String column) {
		return stored(column, "flask", "admin");
	}

	private String stored(String column, String candidate, String criterion) {
		Object value = this.jdbc.queryForObject("select s." + column + """
				 from score s join candidate c on c.id = s.candidate_id join criterion cr on cr.id = s.criterion_id
				join topic t on t.id = c.topic_id where t.key = ? and c.key = ? and cr.key = ?""", Object.class, TOPIC,
				candidate, criterion);
		return (value instanceof BigDecimal number) ? number.toPlainString() : String.valueOf(value);
	}

	private static int countOf(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

}
