package io.frameworkadvisor.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.frameworkadvisor.evidence.EvidenceViews;
import io.frameworkadvisor.evidence.EvidenceViews.DatasetDetail;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.util.UriUtils;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * One dataset as the JSON API returns it. The field names are a public contract: add
 * fields, never rename or remove them.
 */
@Schema(name = "Dataset",
		description = "One benchmark run of a source, with the methodology the source states for it and every figure it printed.")
record DatasetResponse(
		@Schema(requiredMode = REQUIRED, description = "Stable identifier of the dataset, unique across topics.",
				example = "c6i-2xlarge-wrk2-1000rps") String slug,
		@Schema(requiredMode = REQUIRED, description = "What was measured, in a few words.",
				example = "FastAPI vs Django vs Flask on c6i.2xlarge, wrk2 at 1,000 RPS") String title,
		@Schema(requiredMode = REQUIRED,
				description = "The article or report the dataset was taken from.") Source source,
		@Schema(requiredMode = REQUIRED,
				description = "How the benchmark was run, as the source states it.") Methodology methodology,
		@Schema(requiredMode = REQUIRED,
				description = "The server/stack each candidate ran on, by candidate key, as the source states it.",
				example = "{\"fastapi\": \"FastAPI 0.115 + uvicorn 0.29.0\", \"flask\": \"Flask 3.0 + gunicorn 23.0.0 + eventlet\"}") Map<String, String> stacks,
		@Schema(requiredMode = REQUIRED,
				description = "Every figure of the dataset, grouped by metric and workload, candidates in the topic's order.") List<Measurement> measurements,
		@Schema(description = "The qualitative claims of the dataset's source. Only in the response for a single dataset; "
				+ "left out of the list.") @JsonInclude(JsonInclude.Include.NON_NULL) List<Claim> claims,
		@Schema(requiredMode = REQUIRED, description = "Where to find this dataset.") Links links) {

	static DatasetResponse withoutClaims(DatasetDetail detail) {
		return of(detail, null);
	}

	static DatasetResponse withClaims(DatasetDetail detail) {
		return of(detail, detail.claims().stream().map(Claim::of).toList());
	}

	private static DatasetResponse of(DatasetDetail detail, List<Claim> claims) {
		Map<String, String> stacks = new LinkedHashMap<>();
		detail.stacks().forEach((stack) -> stacks.put(stack.candidate().key(), stack.stack()));
		List<Measurement> measurements = detail.metrics()
			.stream()
			.flatMap((group) -> group.measurements()
				.stream()
				.map((measurement) -> Measurement.of(Metric.of(group.metric()), measurement)))
			.toList();
		return new DatasetResponse(detail.slug(), detail.title(), Source.of(detail.source()),
				Methodology.of(detail.methodology()), stacks, measurements, claims,
				Links.of(detail.topicKey(), detail.slug()));
	}

	@Schema(name = "Source", description = "An article or report that evidence was taken from.")
	record Source(
			@Schema(requiredMode = REQUIRED, description = "Stable identifier of the source.",
					example = "c6i-real-world-benchmarks-2026") String key,
			@Schema(requiredMode = REQUIRED, description = "The title as the source prints it.") String title,
			@Schema(requiredMode = REQUIRED, description = "Who published it, if stated.",
					nullable = true) String publisher,
			@Schema(requiredMode = REQUIRED, description = "Who wrote it, if stated.", nullable = true) String author,
			@Schema(requiredMode = REQUIRED, description = "Where it was published, if known.", nullable = true,
					example = "https://example.com/python-frameworks-2026") String url,
			@Schema(requiredMode = REQUIRED, description = "Publication date (ISO 8601), if stated.", nullable = true,
					example = "2026-01-15") LocalDate publishedOn,
			@Schema(requiredMode = REQUIRED,
					description = "The archived copy of the article the figures were transcribed from.",
					nullable = true, example = "000_e4b4396c4dfe83bc.txt") String seedFile) {

		static Source of(EvidenceViews.SourceSummary source) {
			return new Source(source.key(), source.title(), source.publisher(), source.author(), source.url(),
					source.publishedOn(), source.seedFile());
		}

	}

	@Schema(name = "Methodology",
			description = "How a benchmark was run: everything that explains why its figures differ from other datasets'. "
					+ "Null where the source does not say.")
	record Methodology(
			@Schema(requiredMode = REQUIRED, nullable = true,
					example = "c6i.2xlarge EC2 instances (8 vCPUs, 16 GiB RAM)") String hardware,
			@Schema(requiredMode = REQUIRED, nullable = true, example = "Ubuntu 24.04 LTS") String os,
			@Schema(requiredMode = REQUIRED, nullable = true, example = "Python 3.12.5") String runtime,
			@Schema(requiredMode = REQUIRED, nullable = true, example = "wrk2 (v4.2.0)") String loadTool,
			@Schema(requiredMode = REQUIRED, nullable = true,
					example = "sustained 1,000 RPS for 5 minutes, 100 connections") String loadProfile,
			@Schema(requiredMode = REQUIRED, nullable = true, example = "100") Integer connections,
			@Schema(requiredMode = REQUIRED, nullable = true, example = "5 minutes") String duration,
			@Schema(requiredMode = REQUIRED, nullable = true, example = "SQLite in-memory") String database,
			@Schema(requiredMode = REQUIRED,
					description = "The source's own description of its method, quoted.") String methodology,
			@Schema(requiredMode = REQUIRED,
					description = "What limits the comparability of the figures; empty if nothing is known.") String caveats) {

		static Methodology of(EvidenceViews.Methodology methodology) {
			return new Methodology(methodology.hardware(), methodology.os(), methodology.runtime(),
					methodology.loadTool(), methodology.loadProfile(), methodology.connections(),
					methodology.duration(), methodology.database(), methodology.methodology(), methodology.caveats());
		}

	}

	@Schema(name = "Measurement",
			description = "One figure: a candidate's value (or range) on a metric, kept exactly as the source prints it, "
					+ "with the quoted text it comes from.")
	record Measurement(
			@Schema(requiredMode = REQUIRED, description = "Key of the candidate measured.",
					example = "fastapi") String candidate,
			@Schema(requiredMode = REQUIRED, description = "The metric measured.") Metric metric,
			@Schema(requiredMode = REQUIRED, description = "Key of the kind of situation measured.",
					example = "startup") String scenario,
			@Schema(requiredMode = REQUIRED, description = "What the load was, as the source describes it.",
					example = "Time to the first request from a cold start, measured with time curl -s -o /dev/null") String workload,
			@Schema(requiredMode = REQUIRED, description = "The server/stack the candidate ran on for this figure.",
					example = "FastAPI 0.115 + uvicorn 0.29.0") String stack,
			@Schema(requiredMode = REQUIRED,
					description = "The value as printed, in `unit`; the lower bound of a range.",
					example = "182") BigDecimal value,
			@Schema(requiredMode = REQUIRED,
					description = "The upper bound when the source gives a range (e.g. 120–200 ms), else null.",
					nullable = true) BigDecimal valueMax,
			@Schema(requiredMode = REQUIRED,
					description = "True when the source prints the value as approximate (\"~2,800\").") boolean approximate,
			@Schema(requiredMode = REQUIRED, description = "The unit as printed.", allowableValues = {
					"ms", "s", "MB", "GB", "req/s" }, example = "ms") String unit,
			@Schema(requiredMode = REQUIRED,
					description = "The value converted to the metric's unit (the midpoint of a range), for comparisons.",
					example = "182.0") double valueInMetricUnit,
			@Schema(requiredMode = REQUIRED,
					description = "The source's text the figure was read from, verbatim.") String quote,
			@Schema(requiredMode = REQUIRED, description = "A transcriber's note on how to read the figure.",
					nullable = true) String note){

		static Measurement of(Metric metric, EvidenceViews.MeasurementView measurement) {
			return new Measurement(measurement.candidate().key(), metric, measurement.scenario(),
					measurement.workload(), measurement.stack(), measurement.value(), measurement.valueMax(),
					measurement.approximate(), measurement.unit(), measurement.valueInMetricUnit(), measurement.quote(),
					measurement.note());
		}

	}

	@Schema(name = "Metric", description = "What a measurement measures.")
	record Metric(
			@Schema(requiredMode = REQUIRED, description = "Stable key of the metric within the topic.",
					example = "cold_start") String key,
			@Schema(requiredMode = REQUIRED, example = "Cold start") String name,
			@Schema(requiredMode = REQUIRED, description = "The metric's unit; `valueInMetricUnit` is expressed in it.",
					allowableValues = {
							"ms", "s", "MB", "GB", "req/s" },
					example = "ms") String unit,
			@Schema(requiredMode = REQUIRED, description = "Which direction is better.",
					allowableValues = { "lower", "higher" }, example = "lower") String better,
			@Schema(requiredMode = REQUIRED, description = "The statistic the figures report.",
					allowableValues = { "p50", "p90", "p95", "p99", "mean", "median", "max", "unspecified" },
					example = "unspecified") String statistic){

		static Metric of(EvidenceViews.MetricRef metric) {
			return new Metric(metric.key(), metric.name(), metric.unit(), metric.better(), metric.statistic());
		}

	}

	@Schema(name = "Claim", description = "A quoted statement of a source about one or more candidates.")
	record Claim(@Schema(requiredMode = REQUIRED, description = "The source's text, verbatim.") String quote,
			@Schema(requiredMode = REQUIRED, description = "Where in the source the quote is.", nullable = true,
					example = "1.1 The “Post-Vibe” Era") String section,
			@Schema(requiredMode = REQUIRED,
					description = "An assessment of candidates on a criterion, or a recommendation (\"if X, choose Y\").",
					allowableValues = {
							"assessment", "recommendation" }) String kind,
			@Schema(requiredMode = REQUIRED, description = "Key of the criterion the claim is about, if any.",
					nullable = true, example = "io_concurrency") String criterion,
			@Schema(requiredMode = REQUIRED,
					description = "What the claim says about each candidate it names, by candidate key: "
							+ "favours, against or neutral.",
					example = "{\"fastapi\": \"favours\", \"flask\": \"against\"}") Map<String, String> stances){

		static Claim of(EvidenceViews.ClaimView claim) {
			Map<String, String> stances = new LinkedHashMap<>();
			claim.stances().forEach((stance) -> stances.put(stance.candidate().key(), stance.stance()));
			return new Claim(claim.quote(), claim.section(), claim.kind(), claim.criterionKey(), stances);
		}

	}

	@Schema(name = "DatasetLinks", description = "Paths of this dataset's representations.")
	record Links(
			@Schema(requiredMode = REQUIRED, description = "This dataset in the JSON API.",
					example = "/api/v1/topics/python-web-frameworks/datasets/c6i-2xlarge-wrk2-1000rps") String self,
			@Schema(requiredMode = REQUIRED, description = "This dataset's page for people.",
					example = "/evidence/c6i-2xlarge-wrk2-1000rps") String html) {

		static Links of(String topicKey, String slug) {
			// built by hand: a recommendation links every dataset behind every
			// reason, and a UriComponentsBuilder per link showed up in profiles
			return new Links("/api/v1/topics/" + segment(topicKey) + "/datasets/" + segment(slug),
					"/evidence/" + segment(slug));
		}

		private static String segment(String value) {
			return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
		}

	}

}
