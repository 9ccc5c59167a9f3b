package io.frameworkadvisor.api;

import java.util.List;

import io.frameworkadvisor.evidence.EvidenceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evidence of a topic as JSON: its benchmark datasets with methodology and
 * measurements. Only JSON: a request that accepts no JSON is a 406 (answered, like any
 * error raised before a controller is chosen, by the application's global error
 * handling).
 */
@RestController
@RequestMapping(path = "/api/v1/topics/{topic}/datasets", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Evidence",
		description = "Benchmark datasets: the methodology each source states, every figure it printed (with the quoted text) "
				+ "and the source's qualitative claims.")
@ApiResponse(responseCode = "406", description = "The Accept header allows no JSON.",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ApiProblem.class)))
class DatasetApiController {

	private final EvidenceService evidence;

	DatasetApiController(EvidenceService evidence) {
		this.evidence = evidence;
	}

	@GetMapping
	@Operation(operationId = "listDatasets", summary = "The datasets of a topic",
			description = "Every benchmark dataset of the topic with its source, methodology, stacks and measurements, "
					+ "ordered by source title, then dataset title. The sources' claims are left out; "
					+ "get a single dataset for them.")
	@ApiResponse(responseCode = "200", description = "The datasets (possibly none).",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = DatasetResponse.class))))
	@ApiResponse(responseCode = "404",
			description = "No topic has this key (problem type `/problems/topic-not-found`).",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	List<DatasetResponse> datasets(@Parameter(description = "Key of the topic.",
			example = "python-web-frameworks") @PathVariable String topic) {
		return this.evidence.datasetsOfTopic(topic).stream().map(DatasetResponse::withoutClaims).toList();
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getDataset", summary = "One dataset of a topic",
			description = "The dataset in the same shape as in the list, plus the qualitative claims of its source.")
	@ApiResponse(responseCode = "200", description = "The dataset with its source's claims.",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = DatasetResponse.class)))
	@ApiResponse(responseCode = "404",
			description = "No topic has this key (`/problems/topic-not-found`), or the topic has no dataset with this slug "
					+ "(`/problems/dataset-not-found`).",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	DatasetResponse dataset(
			@Parameter(description = "Key of the topic.", example = "python-web-frameworks") @PathVariable String topic,
			@Parameter(description = "Slug of the dataset.",
					example = "c6i-2xlarge-wrk2-1000rps") @PathVariable String slug) {
		return DatasetResponse.withClaims(this.evidence.dataset(topic, slug));
	}

}
