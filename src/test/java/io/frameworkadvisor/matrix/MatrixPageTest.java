package io.frameworkadvisor.matrix;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.matrix.MatrixPage.CellView;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CandidateInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Cell;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CellMode;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CriterionInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.DerivationStep;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceItem;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceType;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Measured;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The read model of the matrix pages on a small hand-made matrix: short rationales,
 * derivation steps, and who is marked best in a comparison.
 */
class MatrixPageTest {

	private static final List<CandidateInfo> CANDIDATES = List.of(new CandidateInfo("a", "Alpha"),
			new CandidateInfo("b", "Beta"), new CandidateInfo("c", "Gamma"));

	@Test
	void aShortRationaleIsTheFirstSentenceAndKeepsAbbreviationsTogether() {
		CellView cell = cellWithRationale("Fast on I/O vs. Beta, e.g. under LLM calls. Slower to learn.");

		assertThat(cell.shortRationale()).isEqualTo("Fast on I/O vs. Beta, e.g. under LLM calls.");
		assertThat(cell.rationaleShortened()).isTrue();
		assertThat(cellWithRationale("One sentence only.").rationaleShortened()).isFalse();
	}

	@Test
	void aLongFirstSentenceIsCutAtAWord() {
		String sentence = "word ".repeat(60).strip() + ".";

		String shortened = cellWithRationale(sentence).shortRationale();

		assertThat(shortened).endsWith("word…").hasSizeLessThanOrEqualTo(CellView.SHORT_RATIONALE + 1);
	}

	@Test
	void derivationShowsEachDatasetAgainstItsBestWhicheverDirectionIsBetter() {
		// throughput: higher is better; Beta has 250 against Alpha's best 1,000
		Measured alpha = measured("a", "1,000 req/s", 1000);
		Measured beta = measured("b", "250 req/s", 250);
		DerivationStep best = new DerivationStep("ds", "throughput", "json", 1.0);
		DerivationStep quarter = new DerivationStep("ds", "throughput", "json", 0.25);
		DecisionMatrix matrix = matrix(
				List.of(new Cell("a", "k", 10, CellMode.DERIVED, "r", null, List.of("m1"), List.of(best)),
						new Cell("b", "k", 5, CellMode.DERIVED, "r", null, List.of("m2"), List.of(quarter)),
						new Cell("c", "k", 5, CellMode.JUDGEMENT, "r", null, List.of(), List.of())),
				Map.of("m1", evidence("m1", alpha), "m2", evidence("m2", beta)));

		MatrixPage page = MatrixPage.of(matrix);
		DerivationView derivation = page.rows().get(0).cellOf("b").derivation();

		assertThat(derivation.steps()).singleElement().satisfies(step -> {
			assertThat(step.best()).isEqualTo(alpha);
			assertThat(step.bestCandidateName()).isEqualTo("Alpha");
			assertThat(step.numerator()).isEqualTo(beta);
			assertThat(step.denominator()).isEqualTo(alpha);
		});
		assertThat(derivation.geometricMean()).isCloseTo(0.25, within(1e-9));
		assertThat(derivation.score()).isEqualTo(5.0);
		assertThat(page.rows().get(0).cellOf("c").derivation()).isNull();
		assertThat(page.rows().get(0).cellOf("c").judgement()).isTrue();
		assertThat(page.unsupportedCount()).isEqualTo(1);
	}

	@Test
	void comparisonMarksTheBestTiesAndNobodyWhenAllAreEqual() {
		DecisionMatrix matrix = matrix(List.of(cell("a", "k", 8), cell("b", "k", 8), cell("c", "k", 3),
				cell("a", "same", 5), cell("b", "same", 5), cell("c", "same", 5)), Map.of());

		Comparison comparison = Comparison.of(MatrixPage.of(matrix), List.of());

		assertThat(comparison.chosen()).extracting(CandidateInfo::key).containsExactly("a", "b", "c");
		assertThat(comparison.rows().get(0).entries()).extracting(Comparison.Entry::best)
			.containsExactly(true, true, false);
		assertThat(comparison.rows().get(0).entries()).extracting(Comparison.Entry::tied)
			.containsExactly(true, true, false);
		assertThat(comparison.rows().get(1).entries()).noneMatch(Comparison.Entry::best);
		assertThat(comparison.totals()).extracting(Comparison.Total::average).containsExactly(6.5, 6.5, 4.0);
		assertThat(comparison.totals()).extracting(Comparison.Total::best).containsExactly(true, true, false);
	}

	@Test
	void comparisonKeepsKnownChoicesInMatrixOrderAndReportsUnknownOnesOnce() {
		DecisionMatrix matrix = matrix(List.of(cell("a", "k", 8), cell("b", "k", 6), cell("c", "k", 3)), Map.of());

		Comparison comparison = Comparison.of(MatrixPage.of(matrix), List.of("c", "x", "a", "x", " ", "c"));

		assertThat(comparison.chosen()).extracting(CandidateInfo::key).containsExactly("a", "c");
		assertThat(comparison.unknown()).containsExactly("x");
		assertThat(Comparison.of(MatrixPage.of(matrix), List.of("x")).chosen()).hasSize(3);
	}

	private static CellView cellWithRationale(String rationale) {
		DecisionMatrix matrix = matrix(
				List.of(new Cell("a", "k", 7, CellMode.JUDGEMENT, rationale, null, List.of(), List.of()),
						cell("b", "k", 5), cell("c", "k", 5)),
				Map.of());
		return MatrixPage.of(matrix).rows().get(0).cellOf("a");
	}

	private static Cell cell(String candidate, String criterion, double score) {
		return new Cell(candidate, criterion, score, CellMode.JUDGEMENT, "Because.", null, List.of(), List.of());
	}

	private static Measured measured(String candidate, String display, double value) {
		return new Measured(candidate, "throughput", "Throughput", "mean", "json", display, value, "ds", "Dataset",
				"hardware");
	}

	private static EvidenceItem evidence(String id, Measured measured) {
		return new EvidenceItem(id, EvidenceType.MEASUREMENT, "source", "Source", "quote", measured, Map.of());
	}

	private static DecisionMatrix matrix(List<Cell> cells, Map<String, EvidenceItem> evidence) {
		List<CriterionInfo> criteria = cells.stream()
			.map(Cell::criterion)
			.distinct()
			.map(key -> new CriterionInfo(key, key.toUpperCase(), null, false, List.of()))
			.toList();
		return new DecisionMatrix(1, "topic", "Topic", 1, Instant.parse("2026-01-01T00:00:00Z"), CANDIDATES, criteria,
				cells, List.of(), evidence, List.of());
	}

}
