package io.frameworkadvisor.api;

import java.net.URI;
import java.util.regex.Pattern;

import io.frameworkadvisor.recommendation.RecommendationNotFoundException;
import io.frameworkadvisor.recommendation.RecommendationService;
import io.frameworkadvisor.recommendation.RecommendationService.Shared;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Recommendations as JSON: computing one stores it behind the same share link as the
 * wizard's ({@code /r/{id}}), and reading one returns the stored result, never a
 * recomputed one. Errors (unknown question or option keys, unreadable bodies) are problem
 * details from {@link ApiExceptionHandler}.
 */
@RestController
@Tag(name = "Recommendations")
@ApiResponse(responseCode = "406", description = "The Accept header allows no JSON.",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ApiProblem.class)))
class RecommendationApiController {

	static final String SHARE_PATH = "/r/{id}";

	/**
	 * The shape of the ids {@link RecommendationService} issues (URL-safe Base64), with
	 * room to grow. Anything else cannot exist and never reaches the database.
	 */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final RecommendationService recommendations;

	private final EvidenceLists evidence;

	RecommendationApiController(RecommendationService recommendations, EvidenceLists evidence) {
		this.recommendations = recommendations;
		this.evidence = evidence;
	}

	@PostMapping(path = "/api/v1/topics/{topic}/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createRecommendation", summary = "Get a recommendation for your answers",
			description = "Computes the ranking on the topic's latest published matrix version and stores it: the result "
					+ "behind the returned id and `url` never changes.")
	@ApiResponse(responseCode = "201", description = "Computed and stored.",
			headers = @Header(name = HttpHeaders.LOCATION, description = "The path of the result page, `/r/{id}`.",
					schema = @Schema(type = "string", example = "/r/q3Yx0Jm2_4kLr9Tw")),
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = RecommendationResponse.class)))
	@ApiResponse(responseCode = "400",
			description = "An unknown question or option key (`/problems/unknown-question`, `/problems/unknown-option`, "
					+ "with the key in `question`/`option`), a body that is not JSON, has values of the wrong type "
					+ "(`pointer` says where) or lacks `answers`, more than 100 answers, or keys over 100 characters.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	@ApiResponse(responseCode = "404",
			description = "No topic with this key has a published matrix "
					+ "(`/problems/published-matrix-for-topic-not-found`).",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	ResponseEntity<RecommendationResponse> recommend(
			@Parameter(description = "Key of the topic.", example = "python-web-frameworks") @PathVariable String topic,
			@Valid @RequestBody RecommendationRequest request) {
		Shared shared = this.recommendations.recommend(TopicKeys.requireTopicWithMatrix(topic), request.answers());
		UriComponents share = share(shared.id());
		return ResponseEntity.created(URI.create(share.getPath()))
			.body(RecommendationResponse.of(shared, share.toUriString(), this.evidence));
	}

	@GetMapping(path = "/api/v1/recommendations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getRecommendation", summary = "A stored recommendation",
			description = "The recommendation exactly as it was computed on its pinned matrix version, in the same shape as "
					+ "when it was created; `newerVersion` says whether a newer published version answers differently.")
	@ApiResponse(responseCode = "200", description = "The stored recommendation.",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = RecommendationResponse.class)))
	@ApiResponse(responseCode = "404",
			description = "No recommendation has this id (`/problems/recommendation-not-found`).",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	RecommendationResponse recommendation(@Parameter(description = "The id from the share link.",
			example = "q3Yx0Jm2_4kLr9Tw") @PathVariable String id) {
		if (!ID.matcher(id).matches()) {
			throw new RecommendationNotFoundException(id);
		}
		Shared shared = this.recommendations.find(id);
		return RecommendationResponse.of(shared, share(shared.id()).toUriString(), this.evidence);
	}

	/** The result page of a recommendation, on the host the request came to. */
	private static UriComponents share(String id) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(SHARE_PATH).buildAndExpand(id).encode();
	}

}
