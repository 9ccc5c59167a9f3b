package io.frameworkadvisor.evidence;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Read models of the evidence pages and the evidence API: plain values, fully loaded, so
 * that a view never touches a lazy association.
 */
public final class EvidenceViews {

	private EvidenceViews() {
	}

	/** Every topic with its sources, for {@code /evidence}. */
	public record Overview(List<TopicEvidence> topics) {

		public long sourceCount() {
			return this.topics.stream().mapToLong(TopicEvidence::sourceCount).sum();
		}

		public long datasetCount() {
			return this.topics.stream().mapToLong(TopicEvidence::datasetCount).sum();
		}

		public long measurementCount() {
			return this.topics.stream().mapToLong(TopicEvidence::measurementCount).sum();
		}

		public long claimCount() {
			return this.topics.stream().mapToLong(TopicEvidence::claimCount).sum();
		}

	}

	public record TopicEvidence(String key, String name, String description, List<CandidateRef> candidates,
			List<SourceSummary> sources, List<MetricRef> metrics) {

		public long sourceCount() {
			return this.sources.size();
		}

		public long datasetCount() {
			return this.sources.stream().mapToLong(source -> source.datasets().size()).sum();
		}

		public long measurementCount() {
			return this.sources.stream().mapToLong(SourceSummary::measurementCount).sum();
		}

		public long claimCount() {
			return this.sources.stream().mapToLong(SourceSummary::claimCount).sum();
		}

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

		/**
		 * The source's claims grouped by criterion, in the order the source makes them.
		 */
		public List<ClaimGroup> claimsByCriterion() {
			return ClaimGroup.of(this.claims);
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

		public boolean range() {
			return this.valueMax != null;
		}

		/** The low end of a range (or the value) in the metric's unit. */
		public double lowInMetricUnit() {
			return this.value.doubleValue() * toMetricUnit();
		}

		/** The high end of a range (or the value) in the metric's unit. */
		public double highInMetricUnit() {
			return ((this.valueMax != null) ? this.valueMax : this.value).doubleValue() * toMetricUnit();
		}

		/**
		 * Units convert linearly, so the factor follows from the converted central value
		 * (a range's midpoint) and the printed one.
		 */
		private double toMetricUnit() {
			double printed = (this.valueMax != null) ? (this.value.doubleValue() + this.valueMax.doubleValue()) / 2
					: this.value.doubleValue();
			return (printed != 0) ? this.valueInMetricUnit / printed : 1;
		}

		private static String format(BigDecimal number) {
			DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
			return format.format(number);
		}

	}

	public record ClaimView(String quote, String section, String kind, String criterionKey, String criterionName,
			List<StanceView> stances) {

		public boolean recommendation() {
			return "recommendation".equals(this.kind);
		}

	}

	/**
	 * Claims about one criterion ({@code criterionKey} null: claims that span no single
	 * criterion, shown as "General").
	 */
	public record ClaimGroup(String criterionKey, String criterionName, List<ClaimView> claims) {

		/**
		 * Groups claims by criterion in the order the criteria first appear; claims
		 * without a criterion come last.
		 */
		public static List<ClaimGroup> of(List<ClaimView> claims) {
			Map<String, List<ClaimView>> byCriterion = new LinkedHashMap<>();
			Map<String, String> names = new LinkedHashMap<>();
			List<ClaimView> general = new ArrayList<>();
			for (ClaimView claim : claims) {
				if (claim.criterionKey() == null) {
					general.add(claim);
				}
				else {
					byCriterion.computeIfAbsent(claim.criterionKey(), key -> new ArrayList<>()).add(claim);
					names.putIfAbsent(claim.criterionKey(), claim.criterionName());
				}
			}
			List<ClaimGroup> groups = new ArrayList<>();
			byCriterion.forEach((key, group) -> groups.add(new ClaimGroup(key, names.get(key), List.copyOf(group))));
			if (!general.isEmpty()) {
				groups.add(new ClaimGroup(null, null, List.copyOf(general)));
			}
			return groups;
		}

		public long recommendationCount() {
			return this.claims.stream().filter(ClaimView::recommendation).count();
		}

	}

	public record StanceView(CandidateRef candidate, String stance) {
	}

	/** One metric across every dataset that measured it, for the cross-source view. */
	public record MetricComparison(String topicKey, String topicName, MetricRef metric, List<CandidateRef> candidates,
			List<DatasetColumn> datasets, Disagreement disagreement) {

		/** Every figure of one candidate, with the column it comes from. */
		public List<ColumnFigure> figuresOf(String candidateKey) {
			List<ColumnFigure> figures = new ArrayList<>();
			for (DatasetColumn column : this.datasets) {
				CandidateFigure figure = column.figureOf(candidateKey);
				if (figure != null) {
					figures.add(new ColumnFigure(column, figure));
				}
			}
			return figures;
		}

		/** The columns that measured more than one candidate, and so rank them. */
		public List<DatasetColumn> rankedColumns() {
			return this.datasets.stream().filter(column -> column.figures().size() > 1).toList();
		}

	}

	public record ColumnFigure(DatasetColumn column, CandidateFigure figure) {
	}

	/**
	 * One dataset's figures on a metric for one workload, with the setup that explains
	 * differences. {@code relative} gives each candidate's value relative to the best
	 * candidate of this dataset (1.0 = best).
	 */
	public record DatasetColumn(String slug, String title, String sourceKey, String sourceTitle, String hardware,
			String loadTool, String workload, String scenario, List<Stack> stacks, List<CandidateFigure> figures) {

		/** This column's figure for a candidate, or {@code null} if it has none. */
		public CandidateFigure figureOf(String candidateKey) {
			return this.figures.stream()
				.filter(figure -> figure.candidate().key().equals(candidateKey))
				.findFirst()
				.orElse(null);
		}

		/** The dataset's stack for a candidate, or {@code null} if it states none. */
		public String stackOf(String candidateKey) {
			return this.stacks.stream()
				.filter(stack -> stack.candidate().key().equals(candidateKey))
				.map(Stack::stack)
				.findFirst()
				.orElse(null);
		}

		/** The candidates of this column, best first. */
		public List<CandidateRef> ranking() {
			return this.figures.stream()
				.sorted(Comparator.comparingDouble(CandidateFigure::relative).reversed())
				.map(CandidateFigure::candidate)
				.toList();
		}

	}

	public record CandidateFigure(CandidateRef candidate, MeasurementView measurement, Double relative, boolean best) {

		/** The relative value with two decimals, e.g. "0.53" ("1.00" is the best). */
		public String relativeDisplay() {
			return (this.relative != null)
					? new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(this.relative)
					: "";
		}

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

		/** {@link #min()} formatted for display, e.g. "1,090" or "3.2". */
		public String minDisplay() {
			return number(this.min);
		}

		public String maxDisplay() {
			return number(this.max);
		}

		/** The ratio with one decimal, e.g. "4.4"; empty when it is undefined. */
		public String ratioDisplay() {
			double ratio = ratio();
			return Double.isNaN(ratio) ? ""
					: new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(ratio);
		}

	}

	/** A number for display: grouped thousands, at most two decimals, English format. */
	static String number(double value) {
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
	}

}
