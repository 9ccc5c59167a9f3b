package io.frameworkadvisor.evidence;

import java.util.ArrayList;
import java.util.List;

import io.frameworkadvisor.evidence.EvidenceViews.CandidateFigure;
import io.frameworkadvisor.evidence.EvidenceViews.DatasetColumn;
import io.frameworkadvisor.evidence.EvidenceViews.MeasurementView;
import io.frameworkadvisor.evidence.EvidenceViews.MetricComparison;
import io.frameworkadvisor.evidence.EvidenceViews.MetricGroup;
import io.frameworkadvisor.evidence.EvidenceViews.MetricRef;
import io.frameworkadvisor.evidence.EvidenceViews.WorkloadGroup;

/**
 * A horizontal bar chart of one metric, laid out for {@code fragments/_bar-chart.html}.
 * Groups of bars (one group per workload or per dataset) share one axis in the metric's
 * unit. Horizontal positions are percentages of the chart's width and vertical ones are
 * pixels, so the chart stretches to any screen while its text keeps its size. A range is
 * a bar to its low value plus a lighter extension to its high value; the best figure of
 * each group (by the metric's direction) is marked.
 *
 * @param metric the metric charted (name, unit, direction)
 * @param groups the groups of bars, top to bottom
 * @param ticks the axis ticks, the last one labelled with the unit
 * @param axisY where the axis runs (px from the top)
 * @param height the chart's height in px
 */
public record BarChart(MetricRef metric, List<Group> groups, List<Tick> ticks, int axisY, int height) {

	/** Share of the width (%) for the candidate names, left of the bars. */
	static final double LABEL_WIDTH = 24;

	/** Share of the width (%) for the longest bar; the rest holds the value labels. */
	static final double PLOT_WIDTH = 44;

	static final int TOP = 6;

	static final int LINE_HEIGHT = 18;

	static final int ROW_HEIGHT = 26;

	static final int BAR_HEIGHT = 16;

	static final int GROUP_GAP = 12;

	static final int TICK_LABEL_SPACE = 20;

	/** Group labels are wrapped so that they fit a 320 px wide chart. */
	static final int LABEL_LINE_LENGTH = 44;

	/**
	 * One bar per measurement of a dataset's metric, grouped by workload (the chart of a
	 * dataset page).
	 */
	public static BarChart of(MetricGroup group) {
		List<Series> series = new ArrayList<>();
		for (WorkloadGroup workload : group.workloads()) {
			series.add(new Series(wrap(workload.workload()), List.of(),
					workload.measurements()
						.stream()
						.map(measurement -> new Item(measurement.candidate().name(), measurement))
						.toList()));
		}
		return layout(group.metric(), series);
	}

	/**
	 * One group per (dataset, workload) column of a cross-source comparison, the
	 * candidates' figures in each.
	 */
	public static BarChart of(MetricComparison comparison) {
		List<Series> series = new ArrayList<>();
		for (DatasetColumn column : comparison.datasets()) {
			series.add(new Series(wrap(column.title()), wrap(column.workload()),
					column.figures()
						.stream()
						.map((CandidateFigure figure) -> new Item(figure.candidate().name(), figure.measurement()))
						.toList()));
		}
		return layout(comparison.metric(), series);
	}

	public boolean hasRange() {
		return this.groups.stream().flatMap(group -> group.bars().stream()).anyMatch(Bar::range);
	}

	/** Where the plot starts (%): the axis line and the bars' left end. */
	public double plotStart() {
		return LABEL_WIDTH;
	}

	/** Where the plot ends (%): the longest possible bar's right end. */
	public double plotEnd() {
		return LABEL_WIDTH + PLOT_WIDTH;
	}

	/** Where the plot's top is (px). */
	public int top() {
		return TOP;
	}

	public int barHeight() {
		return BAR_HEIGHT;
	}

	/** Where candidate names end (%): they are right-aligned against the bars. */
	public double labelEnd() {
		return LABEL_WIDTH - 1.5;
	}

	private static BarChart layout(MetricRef metric, List<Series> series) {
		double max = series.stream()
			.flatMap(serie -> serie.items().stream())
			.mapToDouble(item -> item.measurement().highInMetricUnit())
			.max()
			.orElse(0);
		Scale scale = Scale.of(max);
		boolean lowerIsBetter = !"higher".equals(metric.better());
		List<Group> groups = new ArrayList<>();
		int y = TOP;
		for (Series serie : series) {
			List<Line> lines = new ArrayList<>();
			for (String text : serie.label()) {
				y += LINE_HEIGHT;
				lines.add(new Line(text, y - 5, false));
			}
			for (String text : serie.sublabel()) {
				y += LINE_HEIGHT;
				lines.add(new Line(text, y - 5, true));
			}
			y += 4;
			double best = serie.items()
				.stream()
				.mapToDouble(item -> item.measurement().valueInMetricUnit())
				.reduce(lowerIsBetter ? Math::min : Math::max)
				.orElse(Double.NaN);
			List<Bar> bars = new ArrayList<>();
			for (Item item : serie.items()) {
				MeasurementView measurement = item.measurement();
				double low = scale.percent(measurement.lowInMetricUnit());
				double high = scale.percent(measurement.highInMetricUnit());
				int barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
				bars.add(new Bar(item.name(), measurement.display(),
						serie.items().size() > 1 && measurement.valueInMetricUnit() == best, measurement.range(),
						round(LABEL_WIDTH), round(low), round(LABEL_WIDTH + low), round(high - low), barY,
						barY + BAR_HEIGHT / 2 + 4, round(LABEL_WIDTH + high + 1)));
				y += ROW_HEIGHT;
			}
			groups.add(new Group(lines, bars));
			y += GROUP_GAP;
		}
		int axisY = y - GROUP_GAP / 2;
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i <= scale.steps(); i++) {
			double value = scale.step() * i;
			String label = EvidenceViews.number(value) + ((i == scale.steps()) ? " " + metric.unit() : "");
			ticks.add(new Tick(label, round(LABEL_WIDTH + scale.percent(value))));
		}
		return new BarChart(metric, groups, ticks, axisY, axisY + TICK_LABEL_SPACE);
	}

	/** Breaks a label into lines of at most {@link #LABEL_LINE_LENGTH} characters. */
	static List<String> wrap(String text) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.trim().split("\\s+")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_LINE_LENGTH) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append((line.length() > 0) ? " " : "").append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static double round(double percent) {
		return Math.round(percent * 100) / 100.0;
	}

	/** A group of bars under its label (one or more lines). */
	public record Group(List<Line> lines, List<Bar> bars) {
	}

	/**
	 * A line of a group's label, with the baseline it is drawn on (px); secondary lines
	 * (a comparison's workload under its dataset) are set in a lighter weight.
	 */
	public record Line(String text, int y, boolean secondary) {
	}

	/**
	 * One candidate's bar: its name, the figure as printed, whether it is the best of its
	 * group, and its geometry (x and widths in %, y in px). For a range, {@code width}
	 * reaches the low value and the extension the high value.
	 */
	public record Bar(String name, String value, boolean best, boolean range, double x, double width, double extensionX,
			double extensionWidth, int y, int textY, double valueX) {
	}

	public record Tick(String label, double x) {
	}

	private record Series(List<String> label, List<String> sublabel, List<Item> items) {
	}

	private record Item(String name, MeasurementView measurement) {
	}

	/**
	 * A linear axis from zero to a round maximum, divided into round steps (1, 2, 2.5 or
	 * 5 times a power of ten).
	 */
	record Scale(double step, int steps) {

		static Scale of(double max) {
			if (!(max > 0)) {
				return new Scale(1, 1);
			}
			double rough = max / 4;
			double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
			double step = magnitude * 10;
			for (double factor : new double[] { 1, 2, 2.5, 5 }) {
				if (factor * magnitude >= rough) {
					step = factor * magnitude;
					break;
				}
			}
			return new Scale(step, (int) Math.ceil(max / step - 1e-9));
		}

		double max() {
			return this.step * this.steps;
		}

		/** A value's position as a share of the plot width (%). */
		double percent(double value) {
			return value / max() * PLOT_WIDTH;
		}

	}

}
