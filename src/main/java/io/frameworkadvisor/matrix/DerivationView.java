package io.frameworkadvisor.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Cell;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.DerivationStep;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceItem;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Measured;
import io.frameworkadvisor.recommendation.engine.ScoreDerivation;

/**
 * How a derived score comes about, ready to show: per dataset the candidate's figure, the
 * best figure of that dataset and the relative value, then the geometric mean of the
 * relative values and the score it maps to.
 *
 * @param score the score the derivation gives (for an overridden cell, the one the
 * override replaced)
 */
public record DerivationView(List<Step> steps, double geometricMean, double log2OfMean, double score) {

	/**
	 * @return the derivation of a cell, or null when the cell has no derivation steps
	 * @param row every cell of the cell's criterion (to find each dataset's best figure)
	 */
	static DerivationView of(DecisionMatrix matrix, Cell cell, List<Cell> row) {
		if (cell.derivation().isEmpty()) {
			return null;
		}
		List<Step> steps = new ArrayList<>();
		double logSum = 0;
		for (DerivationStep step : cell.derivation()) {
			Measured figure = figure(matrix, cell, step);
			Measured best = row.stream()
				.filter(other -> other.derivation()
					.stream()
					.anyMatch(candidate -> sameGroup(candidate, step) && candidate.relative() == 1.0))
				.map(other -> figure(matrix, other, step))
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(null);
			String bestName = (best != null) ? matrix.candidate(best.candidate()).map(c -> c.name()).orElse(null)
					: null;
			steps.add(new Step(step, figure, best, bestName));
			logSum += Math.log(step.relative());
		}
		double geometricMean = Math.exp(logSum / steps.size());
		return new DerivationView(List.copyOf(steps), geometricMean, Math.log(geometricMean) / Math.log(2),
				ScoreDerivation.score(geometricMean));
	}

	private static Measured figure(DecisionMatrix matrix, Cell cell, DerivationStep step) {
		return cell.evidence()
			.stream()
			.map(matrix.evidence()::get)
			.filter(item -> item != null && item.measured() != null)
			.map(EvidenceItem::measured)
			.filter(measured -> measured.datasetSlug().equals(step.datasetSlug())
					&& measured.metricKey().equals(step.metric())
					&& Objects.equals(measured.workload(), step.workload()))
			.findFirst()
			.orElse(null);
	}

	private static boolean sameGroup(DerivationStep a, DerivationStep b) {
		return a.datasetSlug().equals(b.datasetSlug()) && a.metric().equals(b.metric())
				&& Objects.equals(a.workload(), b.workload());
	}

	/** The points a halving of the relative value costs (for the formula). */
	public double pointsPerHalving() {
		return ScoreDerivation.POINTS_PER_HALVING;
	}

	/** More than one dataset: the mean is worth showing as a separate step. */
	public boolean combined() {
		return this.steps.size() > 1;
	}

	/** The relative values as a product, "0.29 × 0.53", for the formula. */
	public List<Double> relatives() {
		return this.steps.stream().map(step -> step.step().relative()).toList();
	}

	/**
	 * One dataset's contribution.
	 *
	 * @param figure the candidate's figure there (null if the snapshot lacks it)
	 * @param best the best figure of the same dataset, metric and workload
	 */
	public record Step(DerivationStep step, Measured figure, Measured best, String bestCandidateName) {

		public boolean isBest() {
			return this.step.relative() == 1.0;
		}

		/**
		 * The smaller figure, which is the numerator: best ÷ own when lower is better,
		 * own ÷ best when higher is better. Either way the relative value is at most 1.
		 */
		public Measured numerator() {
			return (this.figure == null || this.best == null) ? null
					: (this.best.valueInMetricUnit() <= this.figure.valueInMetricUnit()) ? this.best : this.figure;
		}

		public Measured denominator() {
			return (this.figure == null || this.best == null) ? null
					: (numerator() == this.best) ? this.figure : this.best;
		}

	}

}
