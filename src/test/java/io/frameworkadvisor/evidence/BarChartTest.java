package io.frameworkadvisor.evidence;

import java.math.BigDecimal;
import java.util.List;

import io.frameworkadvisor.evidence.BarChart.Bar;
import io.frameworkadvisor.evidence.EvidenceViews.CandidateRef;
import io.frameworkadvisor.evidence.EvidenceViews.MeasurementView;
import io.frameworkadvisor.evidence.EvidenceViews.MetricGroup;
import io.frameworkadvisor.evidence.EvidenceViews.MetricRef;
import io.frameworkadvisor.evidence.EvidenceViews.WorkloadGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Plain unit tests of the chart model: scale, bar lengths, ranges and the best bar. */
class BarChartTest {

	private static final MetricRef COLD_START = new MetricRef("cold_start", "Cold start", "ms", "lower", "unspecified");

	private static final MetricRef THROUGHPUT = new MetricRef("throughput", "Throughput", "req/s", "higher",
			"unspecified");

	@Test
	void barsAreProportionalOnARoundScaleAndTheLowestIsBestWhenLowerIsBetter() {
		BarChart chart = BarChart.of(group(COLD_START, figure("fastapi", "182", null, "ms", 182),
				figure("django", "341", null, "ms", 341), figure("flask", "256", null, "ms", 256)));

		assertThat(chart.ticks()).extracting(BarChart.Tick::label).containsExactly("0", "100", "200", "300", "400 ms");
		List<Bar> bars = chart.groups().get(0).bars();
		assertThat(bars).extracting(Bar::best).containsExactly(true, false, false);
		assertThat(bars).extracting(Bar::value).containsExactly("182 ms", "341 ms", "256 ms");
		assertThat(bars.get(0).width()).isCloseTo(182.0 / 400 * BarChart.PLOT_WIDTH, within(0.01));
		assertThat(bars.get(1).width() / bars.get(0).width()).isCloseTo(341.0 / 182, within(0.01));
		assertThat(bars).allSatisfy(bar -> assertThat(bar.x()).isEqualTo(BarChart.LABEL_WIDTH));
	}

	@Test
	void theHighestIsBestWhenHigherIsBetter() {
		BarChart chart = BarChart.of(group(THROUGHPUT, figure("fastapi", "8520", null, "req/s", 8520),
				figure("flask", "2190", null, "req/s", 2190)));

		assertThat(chart.groups().get(0).bars()).extracting(Bar::best).containsExactly(true, false);
		assertThat(chart.ticks().get(chart.ticks().size() - 1).label()).isEqualTo("10,000 req/s");
	}

	@Test
	void aRangeIsABarToItsLowValueAndAnExtensionToItsHighValue() {
		// 0.12–0.2 s printed; 160 ms in the metric's unit (midpoint)
		BarChart chart = BarChart.of(group(COLD_START, figure("fastapi", "0.12", "0.2", "s", 160),
				figure("django", "341", null, "ms", 341)));

		Bar range = chart.groups().get(0).bars().get(0);
		double max = 400;
		assertThat(range.range()).isTrue();
		assertThat(range.value()).isEqualTo("0.12–0.2 s");
		assertThat(range.width()).isCloseTo(120 / max * BarChart.PLOT_WIDTH, within(0.01));
		assertThat(range.extensionX()).isCloseTo(range.x() + range.width(), within(0.01));
		assertThat(range.extensionWidth()).isCloseTo(80 / max * BarChart.PLOT_WIDTH, within(0.01));
		assertThat(chart.hasRange()).isTrue();
	}

	@Test
	void aLoneFigureIsNotCalledBest() {
		BarChart chart = BarChart.of(group(COLD_START, figure("fastapi", "182", null, "ms", 182)));

		assertThat(chart.groups().get(0).bars()).extracting(Bar::best).containsExactly(false);
	}

	@Test
	void groupsAreStackedBelowEachOtherAndTheAxisBelowThem() {
		MetricGroup group = new MetricGroup(COLD_START,
				List.of(new WorkloadGroup("JSON echo", "json", List.of(figure("fastapi", "3.2", null, "ms", 3.2))),
						new WorkloadGroup("DB read", "db", List.of(figure("fastapi", "14.1", null, "ms", 14.1)))));

		BarChart chart = BarChart.of(group);

		int firstBar = chart.groups().get(0).bars().get(0).y();
		int secondLabel = chart.groups().get(1).lines().get(0).y();
		int secondBar = chart.groups().get(1).bars().get(0).y();
		assertThat(secondLabel).isGreaterThan(firstBar);
		assertThat(secondBar).isGreaterThan(secondLabel);
		assertThat(chart.axisY()).isGreaterThan(secondBar + BarChart.BAR_HEIGHT);
		assertThat(chart.height()).isGreaterThan(chart.axisY());
	}

	@Test
	void longLabelsAreWrappedAtWordBoundaries() {
		List<String> lines = BarChart.wrap("Bytepulse 30-day benchmark: JSON and DB-backed endpoints, 500 concurrent "
				+ "connections, 8-core AMD EPYC");

		assertThat(lines).hasSizeGreaterThan(1)
			.allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(BarChart.LABEL_LINE_LENGTH));
		assertThat(String.join(" ", lines)).isEqualTo(
				"Bytepulse 30-day benchmark: JSON and DB-backed endpoints, 500 concurrent connections, 8-core AMD EPYC");
	}

	@Test
	void scaleHasRoundSteps() {
		assertThat(BarChart.Scale.of(700)).isEqualTo(new BarChart.Scale(200, 4));
		assertThat(BarChart.Scale.of(2400)).isEqualTo(new BarChart.Scale(1000, 3));
		assertThat(BarChart.Scale.of(33.9)).isEqualTo(new BarChart.Scale(10, 4));
		assertThat(BarChart.Scale.of(0)).isEqualTo(new BarChart.Scale(1, 1));
	}

	private static MetricGroup group(MetricRef metric, MeasurementView... figures) {
		return new MetricGroup(metric, List.of(new WorkloadGroup("Cold start", "startup", List.of(figures))));
	}

	private static MeasurementView figure(String candidate, String value, String valueMax, String unit,
			double inMetricUnit) {
		return new MeasurementView(
				new CandidateRef(candidate, candidate.substring(0, 1).toUpperCase() + candidate.substring(1)),
				"Cold start", "startup", "stack", new BigDecimal(value),
				(valueMax != null) ? new BigDecimal(valueMax) : null, false, unit, inMetricUnit, "quote", null);
	}

}
