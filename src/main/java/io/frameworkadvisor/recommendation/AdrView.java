package io.frameworkadvisor.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.recommendation.RecommendationService.Shared;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.Recommendation;
import io.frameworkadvisor.recommendation.engine.Recommendation.Reason;

/**
 * A recommendation as an architecture decision record in the MADR layout
 * ({@code recommendation/adr.md}): the result page's view plus, per considered option,
 * the pros and cons the pinned matrix gives it on the criteria the answers weigh.
 *
 * @param result the result page's view of the recommendation
 * @param shareUrl the absolute share link
 * @param options every candidate, in ranking order, with its pros and cons
 * @param datasets the datasets cited, slug to title (in order of first citation)
 * @param sources the sources of cited claims, key to title
 */
public record AdrView(ResultView result, String shareUrl, List<OptionView> options, Map<String, String> datasets,
		Map<String, String> sources) {

	static AdrView of(Shared shared, String site) {
		ResultView result = ResultView.of(shared);
		Recommendation recommendation = shared.result();
		DecisionMatrix matrix = shared.matrix();
		List<Reason> weighed = new ArrayList<>(recommendation.reasons());
		weighed.addAll(recommendation.tradeOffs());
		List<OptionView> options = recommendation.ranking()
			.stream()
			.map((row) -> option(row.candidate(), row.name(), row.score(), weighed, matrix))
			.toList();
		Map<String, String> datasets = new LinkedHashMap<>();
		Map<String, String> sources = new LinkedHashMap<>();
		for (ResultView.ReasonView reason : result.reasons()) {
			reason.measurements().forEach((line) -> datasets.putIfAbsent(line.datasetSlug(), line.datasetTitle()));
			reason.claims().forEach((claim) -> sources.putIfAbsent(claim.sourceKey(), claim.sourceTitle()));
		}
		return new AdrView(result, site + result.path(), options, datasets, sources);
	}

	/**
	 * Good where the option scores best of all candidates on a weighed criterion, bad
	 * where it scores worst, neutral in between; most heavily weighed criteria first.
	 */
	private static OptionView option(String candidate, String name, double score, List<Reason> weighed,
			DecisionMatrix matrix) {
		List<Point> good = new ArrayList<>();
		List<Point> neutral = new ArrayList<>();
		List<Point> bad = new ArrayList<>();
		weighed.stream().sorted(Comparator.comparingDouble(Reason::weight).reversed()).forEach((reason) -> {
			Double own = reason.scores().get(candidate);
			if (own == null) {
				return;
			}
			double best = reason.scores().values().stream().mapToDouble(Double::doubleValue).max().orElse(own);
			double worst = reason.scores().values().stream().mapToDouble(Double::doubleValue).min().orElse(own);
			String rationale = matrix.cell(candidate, reason.criterion())
				.map(DecisionMatrix.Cell::rationale)
				.orElse("");
			Point point = new Point(reason.criterionName(), ResultView.points(own), rationale);
			if (best > worst && own >= best) {
				good.add(point);
			}
			else if (best > worst && own <= worst) {
				bad.add(point);
			}
			else {
				neutral.add(point);
			}
		});
		return new OptionView(name, ResultView.points(score), good, neutral, bad);
	}

	public record OptionView(String name, String score, List<Point> good, List<Point> neutral, List<Point> bad) {
	}

	/** A criterion with the option's score on it and the matrix's rationale. */
	public record Point(String criterion, String score, String rationale) {
	}

}
