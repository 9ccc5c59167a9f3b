package io.frameworkadvisor.recommendation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Disagreement;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.DisagreementKind;
import io.frameworkadvisor.recommendation.engine.ScoreDerivation.Observation;

/**
 * Finds where the sources disagree on one criterion: measurements that rank the
 * candidates differently, a candidate's figures that vary a lot between sources, claims
 * that put a candidate above the one the measurements rank best, and sources taking
 * opposite stances on a candidate.
 */
public final class DisagreementFinder {

	/**
	 * A candidate's figures differing by this factor across sources is worth pointing
	 * out.
	 */
	public static final double SPREAD_WORTH_SHOWING = 2.0;

	private DisagreementFinder() {
	}

	public static List<Disagreement> find(List<Observation> observations, List<ClaimStance> claims,
			String measuredBest) {
		List<Disagreement> found = new ArrayList<>();
		rankings(observations).ifPresent(found::add);
		found.addAll(spreads(observations));
		if (measuredBest != null) {
			claims.stream()
				.filter(claim -> contradicts(claim, measuredBest))
				.findFirst()
				.ifPresent(claim -> found
					.add(new Disagreement(DisagreementKind.CLAIMS_CONTRADICT_MEASUREMENTS, favoured(claim),
							java.util.stream.Stream.of(claim.evidenceId(), bestObservation(observations, measuredBest))
								.filter(Objects::nonNull)
								.toList(),
							null)));
		}
		found.addAll(conflictingStances(claims));
		return found;
	}

	/**
	 * A claim contradicts the measurements when it recommends another candidate for this
	 * criterion ("if cold start is critical, choose Flask"), or favours another candidate
	 * while not favouring the measured best that it also names.
	 */
	static boolean contradicts(ClaimStance claim, String measuredBest) {
		boolean favoursAnother = claim.stances()
			.entrySet()
			.stream()
			.anyMatch(stance -> "favours".equals(stance.getValue()) && !stance.getKey().equals(measuredBest));
		if (!favoursAnother || "favours".equals(claim.stances().get(measuredBest))) {
			return false;
		}
		return claim.recommendation() || claim.stances().containsKey(measuredBest);
	}

	private static Optional<Disagreement> rankings(List<Observation> observations) {
		Map<String, List<Observation>> groups = groups(observations);
		Map<String, Observation> bestByGroup = new LinkedHashMap<>();
		groups.forEach((key, group) -> {
			if (group.stream().map(Observation::candidate).distinct().count() > 1) {
				bestByGroup.put(key,
						group.stream()
							.min(Comparator.comparingDouble(o -> o.lowerIsBetter() ? o.value() : -o.value()))
							.orElseThrow());
			}
		});
		List<Observation> bests = new ArrayList<>(bestByGroup.values());
		for (int i = 0; i < bests.size(); i++) {
			for (int j = i + 1; j < bests.size(); j++) {
				if (!bests.get(i).candidate().equals(bests.get(j).candidate())) {
					return Optional.of(new Disagreement(DisagreementKind.RANKINGS_DIFFER, null,
							List.of(bests.get(i).evidenceId(), bests.get(j).evidenceId()), null));
				}
			}
		}
		return Optional.empty();
	}

	private static List<Disagreement> spreads(List<Observation> observations) {
		List<Disagreement> spreads = new ArrayList<>();
		Map<String, List<Observation>> byCandidateAndMetric = observations.stream()
			.collect(Collectors.groupingBy(o -> o.candidate() + "|" + o.metric(), LinkedHashMap::new,
					Collectors.toList()));
		byCandidateAndMetric.values().forEach(list -> {
			if (list.stream().map(Observation::datasetSlug).distinct().count() < 2) {
				return;
			}
			Observation min = list.stream().min(Comparator.comparingDouble(Observation::value)).orElseThrow();
			Observation max = list.stream().max(Comparator.comparingDouble(Observation::value)).orElseThrow();
			if (min.value() > 0 && max.value() / min.value() >= SPREAD_WORTH_SHOWING) {
				spreads.add(new Disagreement(DisagreementKind.FIGURES_SPREAD, min.candidate(),
						List.of(min.evidenceId(), max.evidenceId()),
						Math.round(max.value() / min.value() * 10) / 10.0));
			}
		});
		return spreads;
	}

	private static List<Disagreement> conflictingStances(List<ClaimStance> claims) {
		Map<String, ClaimStance> firstFavour = new LinkedHashMap<>();
		Map<String, ClaimStance> firstAgainst = new LinkedHashMap<>();
		for (ClaimStance claim : claims) {
			claim.stances().forEach((candidate, stance) -> {
				if ("favours".equals(stance)) {
					firstFavour.putIfAbsent(candidate, claim);
				}
			});
		}
		List<Disagreement> conflicts = new ArrayList<>();
		firstFavour.forEach((candidate, favour) -> claims.stream()
			.filter(claim -> "against".equals(claim.stances().get(candidate))
					&& !claim.sourceKey().equals(favour.sourceKey()))
			.findFirst()
			.ifPresent(against -> firstAgainst.put(candidate, against)));
		firstAgainst.forEach((candidate, against) -> conflicts.add(new Disagreement(DisagreementKind.STANCES_CONFLICT,
				candidate, List.of(firstFavour.get(candidate).evidenceId(), against.evidenceId()), null)));
		return conflicts;
	}

	private static Map<String, List<Observation>> groups(List<Observation> observations) {
		return observations.stream()
			.collect(Collectors.groupingBy(o -> o.datasetSlug() + "|" + o.metric() + "|" + o.workload(),
					LinkedHashMap::new, Collectors.toList()));
	}

	private static String bestObservation(List<Observation> observations, String candidate) {
		return observations.stream()
			.filter(o -> o.candidate().equals(candidate))
			.map(Observation::evidenceId)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private static String favoured(ClaimStance claim) {
		return claim.stances()
			.entrySet()
			.stream()
			.filter(stance -> "favours".equals(stance.getValue()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	/** A claim on the criterion with its source and stance per candidate key. */
	public record ClaimStance(String evidenceId, String sourceKey, boolean recommendation,
			Map<String, String> stances) {
	}

}
