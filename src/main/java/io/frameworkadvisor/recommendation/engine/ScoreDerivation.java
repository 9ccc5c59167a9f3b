package io.frameworkadvisor.recommendation.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix.DerivationStep;

/**
 * Derives a criterion's scores from measurements. Within each dataset (and workload)
 * every candidate's value is taken relative to the best candidate there, so different
 * hardware never mixes; a candidate's relative values are combined across datasets by
 * geometric mean, and mapped to 0–10 on a log scale: the best scores 10 and each halving
 * costs {@value #POINTS_PER_HALVING} points.
 */
public final class ScoreDerivation {

	public static final double POINTS_PER_HALVING = 2.5;

	/** Score of a candidate without any comparable measurement on a derived criterion. */
	public static final double NO_DATA_SCORE = 5.0;

	private ScoreDerivation() {
	}

	/**
	 * @param observations measurements of the criterion's metrics, in the metric's unit
	 * @return per candidate key the derived score, for candidates with comparable
	 * measurements
	 */
	public static Map<String, Derived> derive(List<Observation> observations) {
		Map<String, List<Observation>> groups = observations.stream()
			.collect(Collectors.groupingBy(o -> o.datasetSlug() + "|" + o.metric() + "|" + o.workload(),
					LinkedHashMap::new, Collectors.toList()));
		Map<String, List<DerivationStep>> steps = new LinkedHashMap<>();
		Map<String, List<String>> evidence = new LinkedHashMap<>();
		for (List<Observation> group : groups.values()) {
			if (group.stream().map(Observation::candidate).distinct().count() < 2) {
				// A figure with nothing to compare against in its own dataset says
				// nothing relative.
				continue;
			}
			double best = group.stream()
				.mapToDouble(Observation::value)
				.reduce(group.get(0).lowerIsBetter() ? Math::min : Math::max)
				.orElseThrow();
			for (Observation o : group) {
				double relative = relative(o.value(), best, o.lowerIsBetter());
				steps.computeIfAbsent(o.candidate(), c -> new ArrayList<>())
					.add(new DerivationStep(o.datasetSlug(), o.metric(), o.workload(), relative));
				evidence.computeIfAbsent(o.candidate(), c -> new ArrayList<>()).add(o.evidenceId());
			}
		}
		Map<String, Derived> derived = new LinkedHashMap<>();
		steps.forEach((candidate, candidateSteps) -> {
			double geometricMean = geometricMean(candidateSteps);
			derived.put(candidate,
					new Derived(score(geometricMean), geometricMean, candidateSteps, evidence.get(candidate)));
		});
		return derived;
	}

	/**
	 * The derived score of a candidate from its per-dataset steps, e.g. for showing what
	 * an override replaces.
	 */
	public static double score(List<DerivationStep> steps) {
		return score(geometricMean(steps));
	}

	private static double geometricMean(List<DerivationStep> steps) {
		double logSum = 0;
		for (DerivationStep step : steps) {
			logSum += Math.log(step.relative());
		}
		return Math.exp(logSum / steps.size());
	}

	static double relative(double value, double best, boolean lowerIsBetter) {
		if (value == best) {
			return 1.0;
		}
		if (value <= 0 || best <= 0) {
			return lowerIsBetter ? (value <= 0 ? 1.0 : 0.0) : (best <= 0 ? 1.0 : 0.0);
		}
		return lowerIsBetter ? best / value : value / best;
	}

	/** 1.0 → 10, 0.5 → 7.5, 0.25 → 5, 1/16 or less → 0; one decimal. */
	public static double score(double relative) {
		if (relative <= 0) {
			return 0;
		}
		double score = 10 + POINTS_PER_HALVING * (Math.log(relative) / Math.log(2));
		return Math.round(Math.max(0, Math.min(10, score)) * 10) / 10.0;
	}

	/** One measurement usable for derivation; {@code value} is in the metric's unit. */
	public record Observation(String evidenceId, String datasetSlug, String metric, String workload, String candidate,
			double value, boolean lowerIsBetter) {
	}

	public record Derived(double score, double geometricMean, List<DerivationStep> steps, List<String> evidence) {
	}

}
