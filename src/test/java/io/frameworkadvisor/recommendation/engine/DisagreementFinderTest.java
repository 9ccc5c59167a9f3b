package io.frameworkadvisor.recommendation.engine;

import java.util.List;
import java.util.Map;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Disagreement;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.DisagreementKind;
import io.frameworkadvisor.recommendation.engine.DisagreementFinder.ClaimStance;
import io.frameworkadvisor.recommendation.engine.ScoreDerivation.Observation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisagreementFinderTest {

	private static final List<Observation> COLD_STARTS = List.of(
			new Observation("m1", "c6i", "cold_start", "first request", "fastapi", 182, true),
			new Observation("m2", "c6i", "cold_start", "first request", "flask", 256, true),
			new Observation("m3", "epyc", "cold_start", "cold start", "fastapi", 700, true),
			new Observation("m4", "epyc", "cold_start", "cold start", "flask", 900, true));

	@Test
	void aClaimRankingAnotherCandidateFirstContradictsTheMeasurements() {
		ClaimStance flaskFaster = new ClaimStance("c1", "landscape", false,
				Map.of("flask", "favours", "fastapi", "against"));
		List<Disagreement> found = DisagreementFinder.find(COLD_STARTS, List.of(flaskFaster), "fastapi");
		assertThat(found).extracting(Disagreement::kind).contains(DisagreementKind.CLAIMS_CONTRADICT_MEASUREMENTS);
		assertThat(found).filteredOn(d -> d.kind() == DisagreementKind.CLAIMS_CONTRADICT_MEASUREMENTS)
			.singleElement()
			.satisfies(d -> assertThat(d.evidence()).containsExactly("c1", "m1"));
	}

	@Test
	void aRecommendationOfAnotherCandidateContradictsTheMeasurementsEvenWithoutNamingTheBest() {
		ClaimStance ifColdStartThenFlask = new ClaimStance("c2", "landscape", true, Map.of("flask", "favours"));
		assertThat(DisagreementFinder.find(COLD_STARTS, List.of(ifColdStartThenFlask), "fastapi"))
			.extracting(Disagreement::kind)
			.contains(DisagreementKind.CLAIMS_CONTRADICT_MEASUREMENTS);
	}

	@Test
	void praiseForARunnerUpIsNoContradiction() {
		ClaimStance flaskGood = new ClaimStance("c3", "landscape", false, Map.of("flask", "favours"));
		assertThat(DisagreementFinder.find(COLD_STARTS, List.of(flaskGood), "fastapi")).extracting(Disagreement::kind)
			.doesNotContain(DisagreementKind.CLAIMS_CONTRADICT_MEASUREMENTS);
	}

	@Test
	void figuresVaryingByMoreThanTwiceAcrossSourcesAreASpread() {
		assertThat(DisagreementFinder.find(COLD_STARTS, List.of(), "fastapi"))
			.filteredOn(d -> d.kind() == DisagreementKind.FIGURES_SPREAD)
			.extracting(Disagreement::candidate, Disagreement::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("fastapi", 3.8),
					org.assertj.core.groups.Tuple.tuple("flask", 3.5));
	}

	@Test
	void datasetsWithDifferentWinnersRankDifferently() {
		List<Observation> split = List.of(new Observation("m1", "a", "latency", "w", "django", 10, true),
				new Observation("m2", "a", "latency", "w", "flask", 20, true),
				new Observation("m3", "b", "latency", "w", "django", 30, true),
				new Observation("m4", "b", "latency", "w", "flask", 15, true));
		assertThat(DisagreementFinder.find(split, List.of(), "django")).extracting(Disagreement::kind)
			.contains(DisagreementKind.RANKINGS_DIFFER);
	}

	@Test
	void sourcesForAndAgainstTheSameCandidateConflict() {
		List<ClaimStance> claims = List.of(new ClaimStance("c1", "rebalai", false, Map.of("django", "favours")),
				new ClaimStance("c2", "landscape", false, Map.of("django", "against")),
				new ClaimStance("c3", "rebalai", false, Map.of("flask", "favours", "django", "neutral")));
		assertThat(DisagreementFinder.find(List.of(), claims, null))
			.containsExactly(new Disagreement(DisagreementKind.STANCES_CONFLICT, "django", List.of("c1", "c2"), null));
	}

}
