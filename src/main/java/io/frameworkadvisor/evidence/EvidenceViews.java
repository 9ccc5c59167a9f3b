package io.frameworkadvisor.evidence;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Read models of the evidence pages and the evidence API: plain values, fully loaded, so
 * that a view never touches a lazy association.
 */
public final class EvidenceViews {

	private EvidenceViews() {
	}

	/** Every topic with its sources, for {@code /evidence}. */
	public record Overview(List<TopicEvidence> topics) {
	}

	public record TopicEvidence(String key, String name, List<SourceSummary> sources, List<MetricRef> metrics) {
	}

	public record SourceSummary(String key, String title, String titleNote, String publisher, String author, String url,
			LocalDate publishedOn, String seedFile, String notes, List<DatasetSummary> datasets, long claimCount) {

		public long measurementCount() {
			return this.datasets.stream().mapToLong(DatasetSummary::measurementCount).sum();
		}

	}

	public record DatasetSummary(String slug, String title, String environment, long measurementCount) {
	}

	public record MetricRef(String key, String name, String unit, String better, String statistic) {
	}

	public record CandidateRef(String key, String name) {
	}

	/**
	 * One dataset with its methodology, measurements and its source's claims, for
	 * {@code /evidence/{slug}}.
	 */
	public record DatasetDetail(String topicKey, String topicName, String slug, String title, Methodology methodology,
			SourceSummary source, List<CandidateRef> candidates, List<Stack> stacks, List<MetricGroup> metrics,
			List<ClaimView> claims) {

		public int measurementCount() {
			return this.metrics.stream().mapToInt(group -> group.measurements().size()).sum();
		}

	}

	public record Methodology(String hardware, String os, String runtime, String loadTool, String loadProfile,
			Integer connections, String duration, String database, String methodology, String caveats) {
	}

	public record Stack(CandidateRef candidate, String stack) {
	}

	/** The measurements of one metric in a dataset, grouped by workload. */
	public record MetricGroup(MetricRef metric, List<WorkloadGroup> workloads) {

		public List<MeasurementView> measurements() {
			return this.workloads.stream().flatMap(workload -> workload.measurements().stream()).toList();
		}

	}

	public record WorkloadGroup(String workload, String scenario, List<MeasurementView> measurements) {
	}

	/**
	 * One figure. {@code value}/{@code valueMax}/{@code unit} are as printed in the
	 * source; {@code valueInMetricUnit} converts (and takes the midpoint of a range) for
	 * comparisons.
	 */
	public record MeasurementView(CandidateRef candidate, String workload, String scenario, String stack,
			BigDecimal value, BigDecimal valueMax, boolean approximate, String unit, double valueInMetricUnit,
			String quote, String note) {

		/** The figure as the source prints it, e.g. "~2,800 req/s" or "120–200 ms". */
		public String display() {
			String number = format(this.value) + ((this.valueMax != null) ? "–" + format(this.valueMax) : "");
			return (this.approximate ? "~" : "") + number + " " + this.unit;
		}

		private static String format(BigDecimal number) {
			DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
			return format.format(number);
		}

	}

	public record ClaimView(String quote, String section, String kind, String criterionKey, String criterionName,
			List<StanceView> stances) {
	}

	public record StanceView(CandidateRef candidate, String stance) {
	}

	/** One metric across every dataset that measured it, for the cross-source view. */
	public record MetricComparison(String topicKey, String topicName, MetricRef metric, List<CandidateRef> candidates,
			List<DatasetColumn> datasets, Disagreement disagreement) {
	}

	/**
	 * One dataset's figures on a metric for one workload, with the setup that explains
	 * differences. {@code relative} gives each candidate's value relative to the best
	 * candidate of this dataset (1.0 = best).
	 */
	public record DatasetColumn(String slug, String title, String sourceKey, String sourceTitle, String hardware,
			String loadTool, String workload, String scenario, List<Stack> stacks, List<CandidateFigure> figures) {
	}

	public record CandidateFigure(CandidateRef candidate, MeasurementView measurement, Double relative, boolean best) {
	}

	/**
	 * How far the sources agree on a metric: whether they rank the candidates in the same
	 * order, and how far each candidate's figure varies across sources (max/min in the
	 * metric's unit).
	 */
	public record Disagreement(boolean rankingsDiffer, List<String> rankings, List<Spread> spreads) {
	}

	public record Spread(CandidateRef candidate, double min, double max, int sources) {

		public double ratio() {
			return (this.min > 0) ? this.max / this.min : Double.NaN;
		}

	}

}
