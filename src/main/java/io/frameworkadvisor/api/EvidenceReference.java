package io.frameworkadvisor.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceItem;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Measured;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A piece of evidence a recommendation rests on, as the pinned matrix version recorded
 * it: a measurement with its figure and dataset, or a claim with its quote. Part of the
 * public contract of {@link RecommendationResponse}.
 */
@Schema(name = "EvidenceReference",
		description = "A measurement or a claim behind a reason, as recorded in the matrix version the recommendation was "
				+ "computed on.")
record EvidenceReference(
		@Schema(requiredMode = REQUIRED, description = "Identifier of the evidence within the matrix version.",
				example = "m1") String id,
		@Schema(requiredMode = REQUIRED, allowableValues = {
				"measurement", "claim" }, example = "measurement") String type,
		@Schema(requiredMode = REQUIRED, description = "The article or report it comes from.") SourceReference source,
		@Schema(requiredMode = REQUIRED, description = "The source's text, verbatim.", nullable = true,
				example = "Cold start (first request) 182 ms 341 ms 256 ms") String quote,
		@Schema(requiredMode = REQUIRED,
				description = "For a measurement: the figure and where it was measured; " + "null for a claim.",
				nullable = true) MeasurementReference measurement,
		@Schema(requiredMode = REQUIRED,
				description = "For a claim: what it says about each candidate it names (favours, against or neutral), "
						+ "by candidate key; null for a measurement.",
				nullable = true,
				example = "{\"fastapi\": \"favours\", \"flask\": \"against\"}") Map<String, String> stances){

	/**
	 * Resolves evidence ids of a result from its pinned matrix version (which holds every
	 * item a cell, a disagreement or a piece of pairing advice refers to). Ids that
	 * resolve to nothing are left out.
	 */
	static List<EvidenceReference> resolve(List<String> ids, DecisionMatrix matrix) {
		if (ids == null) {
			return List.of();
		}
		return ids.stream()
			.map(matrix::evidenceItem)
			.flatMap(Optional::stream)
			.map(item -> of(item, matrix.topicKey()))
			.toList();
	}

	private static EvidenceReference of(EvidenceItem item, String topicKey) {
		MeasurementReference measurement = (item.measured() != null)
				? MeasurementReference.of(item.measured(), topicKey) : null;
		Map<String, String> stances = (item.type() == DecisionMatrix.EvidenceType.CLAIM)
				? new LinkedHashMap<>((item.stances() != null) ? item.stances() : Map.of()) : null;
		return new EvidenceReference(item.id(), item.type().name().toLowerCase(Locale.ROOT),
				new SourceReference(item.sourceKey(), item.sourceTitle()), item.quote(), measurement, stances);
	}

	@Schema(name = "SourceReference", description = "The article or report a piece of evidence comes from.")
	record SourceReference(
			@Schema(requiredMode = REQUIRED, description = "Stable identifier of the source.",
					example = "c6i-real-world-benchmarks-2026") String key,
			@Schema(requiredMode = REQUIRED, description = "The title as the source prints it.") String title) {

	}

	@Schema(name = "MeasurementReference",
			description = "One figure of a benchmark dataset, ready to show, with where to find the whole dataset.")
	record MeasurementReference(
			@Schema(requiredMode = REQUIRED, description = "Key of the candidate measured.",
					example = "fastapi") String candidate,
			@Schema(requiredMode = REQUIRED, description = "Key of the metric.", example = "cold_start") String metric,
			@Schema(requiredMode = REQUIRED, example = "Cold start") String metricName,
			@Schema(requiredMode = REQUIRED, description = "The statistic the figure reports.", allowableValues = {
					"p50", "p90", "p95", "p99", "mean", "median", "max", "unspecified" },
					example = "unspecified") String statistic,
			@Schema(requiredMode = REQUIRED, description = "What the load was, as the source describes it.",
					nullable = true) String workload,
			@Schema(requiredMode = REQUIRED, description = "The figure as the source prints it, with its unit.",
					example = "182 ms") String figure,
			@Schema(requiredMode = REQUIRED,
					description = "The figure converted to the metric's unit (the midpoint of a range), as in the dataset.",
					example = "182.0") double valueInMetricUnit,
			@Schema(requiredMode = REQUIRED, description = "The hardware it was measured on, if stated.",
					nullable = true, example = "c6i.2xlarge EC2 instances (8 vCPUs, 16 GiB RAM)") String hardware,
			@Schema(requiredMode = REQUIRED,
					description = "The dataset the figure belongs to.") DatasetReference dataset){

		static MeasurementReference of(Measured measured, String topicKey) {
			return new MeasurementReference(measured.candidate(), measured.metricKey(), measured.metricName(),
					measured.statistic(), measured.workload(), measured.display(), measured.valueInMetricUnit(),
					measured.hardware(), new DatasetReference(measured.datasetSlug(), measured.datasetTitle(),
							DatasetResponse.Links.of(topicKey, measured.datasetSlug())));
		}

	}

	@Schema(name = "DatasetReference", description = "A benchmark dataset, with links to it.")
	record DatasetReference(
			@Schema(requiredMode = REQUIRED, description = "Stable identifier of the dataset.",
					example = "c6i-2xlarge-wrk2-1000rps") String slug,
			@Schema(requiredMode = REQUIRED,
					example = "FastAPI vs Django vs Flask on c6i.2xlarge, wrk2 at 1,000 RPS") String title,
			@Schema(requiredMode = REQUIRED,
					description = "The dataset in the JSON API and on its page.") DatasetResponse.Links links) {

	}

}
