package io.frameworkadvisor.recommendation.engine;

import java.util.List;
import java.util.Map;

import io.frameworkadvisor.recommendation.engine.ScoreDerivation.Derived;
import io.frameworkadvisor.recommendation.engine.ScoreDerivation.Observation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoreDerivationTest {

	@Test
	void theBestScoresTenAndEachHalvingCostsTwoAndAHalfPoints() {
		assertThat(ScoreDerivation.score(1.0)).isEqualTo(10.0);
		assertThat(ScoreDerivation.score(0.5)).isEqualTo(7.5);
		assertThat(ScoreDerivation.score(0.25)).isEqualTo(5.0);
		assertThat(ScoreDerivation.score(1.0 / 16)).isEqualTo(0.0);
		assertThat(ScoreDerivation.score(0.001)).isEqualTo(0.0);
	}

	@Test
	void valuesAreRelativeToTheBestOfTheirOwnDatasetAndCombinedByGeometricMean() {
		// 000 (c6i): 182 / 341 ms; 001 (EPYC): 0.7 / 2.4 s, already converted to ms.
		Map<String, Derived> derived = ScoreDerivation
			.derive(List.of(new Observation("m1", "c6i", "cold_start", "first request", "fastapi", 182, true),
					new Observation("m2", "c6i", "cold_start", "first request", "django", 341, true),
					new Observation("m3", "epyc", "cold_start", "cold start", "fastapi", 700, true),
					new Observation("m4", "epyc", "cold_start", "cold start", "django", 2400, true)));
		assertThat(derived.get("fastapi").score()).isEqualTo(10.0);
		double expected = Math.sqrt((182.0 / 341) * (700.0 / 2400));
		assertThat(derived.get("django").geometricMean()).isCloseTo(expected, within(1e-9));
		assertThat(derived.get("django").score()).isEqualTo(ScoreDerivation.score(expected));
		assertThat(derived.get("django").evidence()).containsExactly("m2", "m4");
	}

	@Test
	void higherIsBetterMetricsUseTheRatioTheOtherWayRound() {
		Map<String, Derived> derived = ScoreDerivation
			.derive(List.of(new Observation("m1", "epyc", "throughput", "json", "fastapi", 8520, false),
					new Observation("m2", "epyc", "throughput", "json", "flask", 2130, false)));
		assertThat(derived.get("flask").geometricMean()).isCloseTo(0.25, within(1e-9));
		assertThat(derived.get("flask").score()).isEqualTo(5.0);
	}

	@Test
	void aFigureWithoutAnotherCandidateInItsDatasetSaysNothingRelative() {
		Map<String, Derived> derived = ScoreDerivation
			.derive(List.of(new Observation("m1", "lambda", "cold_start", "startup", "fastapi", 160, true),
					new Observation("m2", "epyc", "throughput", "daphne", "django", 2800, false)));
		assertThat(derived).isEmpty();
	}

}
