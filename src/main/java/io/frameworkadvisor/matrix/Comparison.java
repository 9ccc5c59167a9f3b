package io.frameworkadvisor.matrix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.frameworkadvisor.matrix.MatrixPage.CellView;
import io.frameworkadvisor.matrix.MatrixPage.CriterionRow;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CandidateInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CriterionInfo;

/**
 * Candidates side by side for {@code /compare}: the chosen candidates' cells per
 * criterion with the best marked, and the unweighted average over all criteria.
 *
 * @param chosen the candidates to show, in the matrix's order
 * @param unknown requested keys that name no candidate of the matrix
 */
public record Comparison(List<CandidateInfo> chosen, List<String> unknown, List<Row> rows, List<Total> totals) {

	/**
	 * @param requested the requested candidate keys; none (or none known) means all
	 */
	static Comparison of(MatrixPage page, List<String> requested) {
		Set<String> wanted = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String key : requested) {
			if (key == null || key.isBlank()) {
				continue;
			}
			if (page.matrix().candidate(key).isPresent()) {
				wanted.add(key);
			}
			else if (!unknown.contains(key)) {
				unknown.add(key);
			}
		}
		List<CandidateInfo> chosen = page.candidates()
			.stream()
			.filter(candidate -> wanted.isEmpty() || wanted.contains(candidate.key()))
			.toList();
		List<Row> rows = page.rows().stream().map(row -> Row.of(row, chosen)).toList();
		List<Total> totals = chosen.stream().map(candidate -> Total.of(candidate, rows)).toList();
		double bestAverage = totals.stream().mapToDouble(Total::average).max().orElse(0);
		totals = totals.stream()
			.map(total -> new Total(total.candidate(), total.average(), total.bestOn(),
					chosen.size() > 1 && round(total.average()) == round(bestAverage)))
			.toList();
		return new Comparison(chosen, List.copyOf(unknown), rows, totals);
	}

	public boolean isChosen(String candidateKey) {
		return this.chosen.stream().anyMatch(candidate -> candidate.key().equals(candidateKey));
	}

	/** Fewer than two candidates leave nothing to compare: no one is marked best. */
	public boolean single() {
		return this.chosen.size() < 2;
	}

	/** Scores are shown with one decimal, so a tie is a tie at one decimal. */
	static long round(double score) {
		return Math.round(score * 10);
	}

	/** One criterion across the chosen candidates. */
	public record Row(CriterionInfo criterion, List<Entry> entries) {

		static Row of(CriterionRow row, List<CandidateInfo> chosen) {
			List<CellView> cells = chosen.stream().map(candidate -> row.cellOf(candidate.key())).toList();
			long best = cells.stream().mapToLong(cell -> round(cell.cell().score())).max().orElse(0);
			long leaders = cells.stream().filter(cell -> round(cell.cell().score()) == best).count();
			// When every chosen candidate scores the same, nobody wins this criterion.
			boolean decided = cells.size() > 1 && leaders < cells.size();
			return new Row(row.criterion(), cells.stream().map(cell -> {
				boolean leads = decided && round(cell.cell().score()) == best;
				return new Entry(cell, leads, leads && leaders > 1);
			}).toList());
		}

	}

	/**
	 * @param best whether the candidate has the best score of the chosen ones here
	 * @param tied whether another candidate shares that best score
	 */
	public record Entry(CellView cell, boolean best, boolean tied) {
	}

	/**
	 * @param average the plain mean of the candidate's scores over every criterion
	 * @param bestOn on how many criteria it is best or shares the best score
	 * @param best whether its average is the highest of the chosen candidates
	 */
	public record Total(CandidateInfo candidate, double average, long bestOn, boolean best) {

		static Total of(CandidateInfo candidate, List<Row> rows) {
			List<Entry> entries = rows.stream()
				.flatMap(row -> row.entries().stream())
				.filter(entry -> entry.cell().candidate().key().equals(candidate.key()))
				.toList();
			double average = entries.stream().mapToDouble(entry -> entry.cell().cell().score()).average().orElse(0);
			return new Total(candidate, average, entries.stream().filter(Entry::best).count(), false);
		}

	}

}
