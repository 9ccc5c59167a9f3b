package io.frameworkadvisor.recommendation;

import java.util.List;
import java.util.Map;

import io.frameworkadvisor.recommendation.DraftDiff.StructureChange;
import io.frameworkadvisor.recommendation.DraftDiff.StructureChangeKind;
import io.frameworkadvisor.recommendation.DraftDiff.StructureKind;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CandidateInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Cell;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CellMode;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CriterionInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.MustHave;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Option;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a draft changes against a published matrix, on small hand-made matrices. */
class DraftDiffTest {

	private static final CriterionInfo SPEED = new CriterionInfo("speed", "Speed", "", false, List.of());

	@Test
	void theSameMatrixChangesNothing() {
		DecisionMatrix matrix = matrix(List.of(new CandidateInfo("a", "A"), new CandidateInfo("b", "B")),
				List.of(cell("a", 5), cell("b", 6)), List.of(question("Kind?", option("x", "X", 2.0, 4.0))));

		assertThat(DraftDiff.between(matrix, matrix).isEmpty()).isTrue();
	}

	@Test
	void findsCellsStructureWeightsAndMustHavesThatChange() {
		DecisionMatrix published = matrix(List.of(new CandidateInfo("a", "A"), new CandidateInfo("b", "B")),
				List.of(cell("a", 5), cell("b", 6)),
				List.of(question("Kind?", option("x", "X", 2.0, 4.0), option("y", "Y", 1.0, null))));
		// a's score moves by less than is shown (no change), its rationale changes
		DecisionMatrix draft = matrix(List.of(new CandidateInfo("a", "A"), new CandidateInfo("c", "C")),
				List.of(new Cell("a", "speed", 5.001, CellMode.JUDGEMENT, "a new reason", null, List.of(), List.of()),
						cell("c", 1)),
				List.of(question("What kind?", option("x", "Ex", 3.0, 4.0), option("z", "Z", 1.0, 2.0))));

		DraftDiff diff = DraftDiff.between(published, draft);

		assertThat(diff.cells()).singleElement().satisfies(cell -> {
			assertThat(cell.candidate()).isEqualTo("a");
			assertThat(cell.scoreChanged()).isFalse();
			assertThat(cell.rationaleChanged()).isTrue();
		});
		assertThat(diff.structure()).containsExactly(
				new StructureChange(StructureKind.CANDIDATE, StructureChangeKind.REMOVED, null, "b", "B", null),
				new StructureChange(StructureKind.CANDIDATE, StructureChangeKind.ADDED, null, "c", null, "C"),
				new StructureChange(StructureKind.QUESTION, StructureChangeKind.RELABELLED, null, "kind", "Kind?",
						"What kind?"),
				new StructureChange(StructureKind.OPTION, StructureChangeKind.RELABELLED, "kind", "x", "X", "Ex"),
				new StructureChange(StructureKind.OPTION, StructureChangeKind.REMOVED, "kind", "y", "Y", null),
				new StructureChange(StructureKind.OPTION, StructureChangeKind.ADDED, "kind", "z", null, "Z"));
		assertThat(diff.weights()).extracting(w -> w.option() + ":" + w.oldWeight() + "->" + w.newWeight())
			.containsExactly("x:2.0->3.0", "y:1.0->null", "z:null->1.0");
		assertThat(diff.mustHaves())
			.extracting(m -> m.option() + ":" + (m.before() != null) + "->" + (m.after() != null))
			.containsExactly("z:false->true");
		assertThat(diff.isEmpty()).isFalse();
	}

	@Test
	void aScoreChangeAndEvidenceAddedOrRemovedAreCellChanges() {
		DecisionMatrix published = matrix(List.of(new CandidateInfo("a", "A")),
				List.of(new Cell("a", "speed", 5, CellMode.DERIVED, "", null, List.of("m1", "m2"), List.of())),
				List.of());
		DecisionMatrix draft = matrix(List.of(new CandidateInfo("a", "A")),
				List.of(new Cell("a", "speed", 7.5, CellMode.DERIVED, "", null, List.of("m2", "m3"), List.of())),
				List.of());

		assertThat(DraftDiff.between(published, draft).cells()).singleElement().satisfies(cell -> {
			assertThat(cell.scoreChanged()).isTrue();
			assertThat(cell.modeChanged()).isFalse();
			assertThat(cell.evidenceAdded()).extracting(DraftDiff.EvidenceRef::id).containsExactly("m3");
			assertThat(cell.evidenceRemoved()).extracting(DraftDiff.EvidenceRef::id).containsExactly("m1");
			assertThat(cell.auditId("t")).isEqualTo("t/a/speed");
		});
	}

	private static DecisionMatrix matrix(List<CandidateInfo> candidates, List<Cell> cells, List<Question> questions) {
		return new DecisionMatrix(1, "t", "T", 1, null, candidates, List.of(SPEED), cells, questions, Map.of(),
				List.of());
	}

	private static Cell cell(String candidate, double score) {
		return new Cell(candidate, "speed", score, CellMode.JUDGEMENT, "why", null, List.of(), List.of());
	}

	private static Question question(String label, Option... options) {
		return new Question("kind", label, "", List.of(options));
	}

	private static Option option(String key, String label, double weight, Double mustHave) {
		return new Option(key, label, "", Map.of("speed", weight),
				(mustHave != null) ? List.of(new MustHave("speed", mustHave, "needed")) : List.of(), "");
	}

}
