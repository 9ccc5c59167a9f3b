package io.frameworkadvisor.matrix;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CandidateInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Cell;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CellMode;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CriterionInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceItem;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceType;

/**
 * A published matrix version as the pages show it: one row per criterion with each
 * candidate's cell, a cell's evidence split into measurements and claims, derived scores
 * worked out step by step, and the criterion's disagreements ready to be put into words.
 * Built from the immutable snapshot alone, so it shows exactly what recommendations on
 * this version were computed from.
 */
public record MatrixPage(DecisionMatrix matrix, List<CriterionRow> rows) {

	/** The topic a page shows when the request names none: the seeded one. */
	public static final String DEFAULT_TOPIC = "python-web-frameworks";

	public static MatrixPage of(DecisionMatrix matrix) {
		List<CriterionRow> rows = new ArrayList<>();
		for (CriterionInfo criterion : matrix.criteria()) {
			List<Cell> cells = matrix.candidates()
				.stream()
				.map(candidate -> matrix.cell(candidate.key(), criterion.key()).orElse(null))
				.filter(Objects::nonNull)
				.toList();
			List<CellView> views = new ArrayList<>();
			for (Cell cell : cells) {
				CandidateInfo candidate = matrix.candidate(cell.candidate()).orElseThrow();
				List<EvidenceItem> evidence = cell.evidence()
					.stream()
					.map(matrix.evidence()::get)
					.filter(Objects::nonNull)
					.toList();
				views.add(new CellView(candidate, criterion, cell, ofType(evidence, EvidenceType.MEASUREMENT),
						ofType(evidence, EvidenceType.CLAIM), DerivationView.of(matrix, cell, cells)));
			}
			rows.add(new CriterionRow(criterion, List.copyOf(views),
					criterion.disagreements().stream().map(found -> DisagreementView.of(found, matrix)).toList()));
		}
		return new MatrixPage(matrix, List.copyOf(rows));
	}

	private static List<EvidenceItem> ofType(List<EvidenceItem> evidence, EvidenceType type) {
		return evidence.stream().filter(item -> item.type() == type).toList();
	}

	public List<CandidateInfo> candidates() {
		return this.matrix.candidates();
	}

	/** Whether this is the topic pages show by default (links need not name it). */
	public boolean defaultTopic() {
		return DEFAULT_TOPIC.equals(this.matrix.topicKey());
	}

	/** The day the version was published (UTC). */
	public LocalDate publishedOn() {
		return LocalDate.ofInstant(this.matrix.publishedAt(), ZoneOffset.UTC);
	}

	public List<CriterionRow> derivedRows() {
		return this.rows.stream().filter(row -> row.criterion().derived()).toList();
	}

	public List<CellView> cells() {
		return this.rows.stream().flatMap(row -> row.cells().stream()).toList();
	}

	public long derivedCount() {
		return cells().stream().filter(CellView::derived).count();
	}

	/** Cells the editors scored from the quoted evidence linked to them. */
	public long assessedCount() {
		return cells().stream().filter(cell -> cell.cell().mode() == CellMode.JUDGEMENT && !cell.judgement()).count();
	}

	/** Cells that rest on no evidence at all: the editors' judgement alone. */
	public long unsupportedCount() {
		return cells().stream().filter(CellView::judgement).count();
	}

	public List<CellView> overrides() {
		return cells().stream().filter(CellView::override).toList();
	}

	public long disagreementCount() {
		return this.rows.stream().mapToLong(row -> row.disagreements().size()).sum();
	}

	public String candidateName(String key) {
		return this.matrix.candidate(key).map(CandidateInfo::name).orElse(key);
	}

	/** One row of the heat map: a criterion with a cell for every candidate. */
	public record CriterionRow(CriterionInfo criterion, List<CellView> cells, List<DisagreementView> disagreements) {

		public String anchor() {
			return "criterion-" + this.criterion.key();
		}

		public CellView cellOf(String candidateKey) {
			return this.cells.stream()
				.filter(cell -> cell.candidate().key().equals(candidateKey))
				.findFirst()
				.orElse(null);
		}

		/** The row's cells, lowest score first (the worked examples start there). */
		public List<CellView> cellsByScore() {
			return this.cells.stream().sorted(Comparator.comparingDouble(cell -> cell.cell().score())).toList();
		}

	}

	/**
	 * One (candidate, criterion) cell.
	 *
	 * @param derivation for cells with derivation steps (derived or overridden derived
	 * scores), else null
	 */
	public record CellView(CandidateInfo candidate, CriterionInfo criterion, Cell cell, List<EvidenceItem> measurements,
			List<EvidenceItem> claims, DerivationView derivation) {

		/** A short rationale is at most this long; the full one is on /matrix. */
		static final int SHORT_RATIONALE = 180;

		/**
		 * A full stop ends a sentence when the next word starts with a capital or digit,
		 * unless it belongs to a common abbreviation.
		 */
		private static final Pattern SENTENCE_END = Pattern
			.compile("(?<!\\b(?:e\\.g|i\\.e|vs|etc|approx|cf|ca))[.!?](?=\\s+[A-Z0-9“‘(])");

		public String anchor() {
			return "cell-" + this.criterion.key() + "-" + this.candidate.key();
		}

		/** The colour step of the heat map: the score rounded to a whole number. */
		public int heat() {
			return (int) Math.max(0, Math.min(10, Math.round(this.cell.score())));
		}

		/** No evidence: the score is the editors' judgement alone. */
		public boolean judgement() {
			return this.cell.judgement();
		}

		public boolean override() {
			return this.cell.mode() == CellMode.OVERRIDE;
		}

		public boolean derived() {
			return this.cell.mode() == CellMode.DERIVED;
		}

		public int evidenceCount() {
			return this.measurements.size() + this.claims.size();
		}

		/**
		 * The rationale's first sentence, cut at a word if it is still long: enough to
		 * read in a comparison, with the full text one link away.
		 */
		public String shortRationale() {
			String rationale = this.cell.rationale().strip();
			Matcher end = SENTENCE_END.matcher(rationale);
			String first = end.find() ? rationale.substring(0, end.end()) : rationale;
			if (first.length() <= SHORT_RATIONALE) {
				return first;
			}
			int cut = first.lastIndexOf(' ', SHORT_RATIONALE - 1);
			return first.substring(0, (cut > 0) ? cut : SHORT_RATIONALE).replaceAll("[\\s,;:(]+$", "") + "…";
		}

		public boolean rationaleShortened() {
			return !shortRationale().equals(this.cell.rationale().strip());
		}

	}

}
