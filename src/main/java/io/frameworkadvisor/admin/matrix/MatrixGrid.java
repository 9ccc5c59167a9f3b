package io.frameworkadvisor.admin.matrix;

import java.util.List;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CandidateInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Cell;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CellMode;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CriterionInfo;

/**
 * The draft matrix as an editor's grid: candidates as rows, criteria as columns, each
 * cell with the score the draft would publish (derived ones computed from the
 * measurements), its mode and whether evidence backs it.
 */
record MatrixGrid(List<CriterionInfo> criteria, List<Row> rows) {

	static MatrixGrid of(DecisionMatrix draft) {
		List<Row> rows = draft.candidates()
			.stream()
			.map(candidate -> new Row(candidate,
					draft.criteria()
						.stream()
						.map(criterion -> GridCell.of(draft.cell(candidate.key(), criterion.key()).orElseThrow()))
						.toList()))
			.toList();
		return new MatrixGrid(draft.criteria(), rows);
	}

	record Row(CandidateInfo candidate, List<GridCell> cells) {
	}

	/**
	 * @param mode judgement, derived or override
	 * @param unreviewed a judgement nobody has written a rationale or chosen evidence for
	 */
	record GridCell(String candidate, String criterion, double score, String mode, boolean hasEvidence,
			boolean unreviewed) {

		static GridCell of(Cell cell) {
			return new GridCell(cell.candidate(), cell.criterion(), cell.score(),
					cell.mode().name().toLowerCase(java.util.Locale.ROOT), !cell.evidence().isEmpty(),
					cell.mode() == CellMode.JUDGEMENT && cell.evidence().isEmpty() && cell.rationale().isBlank());
		}

	}

}
