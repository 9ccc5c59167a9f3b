package io.frameworkadvisor.api;

import io.frameworkadvisor.recommendation.RecommendationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The questions a recommendation answers, from the topic's latest published matrix
 * version: the keys to send to {@code POST /api/v1/topics/{topic}/recommendations}.
 */
@RestController
@Tag(name = "Recommendations",
		description = "Answer a topic's workload-shape questions and get a ranking of its candidates, backed by the stored "
				+ "evidence and kept forever behind a share link.")
@ApiResponse(responseCode = "406", description = "The Accept header allows no JSON.",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ApiProblem.class)))
class QuestionApiController {

	private final RecommendationService recommendations;

	QuestionApiController(RecommendationService recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping(path = "/api/v1/topics/{topic}/questions", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listQuestions", summary = "The questions of a topic",
			description = "Every question of the topic's latest published matrix version with its options, the weight each "
					+ "option puts on the criteria and the minimum scores (must-haves) it requires.")
	@ApiResponse(responseCode = "200", description = "The questions.",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = QuestionsResponse.class)))
	@ApiResponse(responseCode = "404",
			description = "No topic with this key has a published matrix "
					+ "(problem type `/problems/published-matrix-for-topic-not-found`).",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ApiProblem.class)))
	QuestionsResponse questions(@Parameter(description = "Key of the topic.",
			example = "python-web-frameworks") @PathVariable String topic) {
		return QuestionsResponse.of(this.recommendations.latestMatrix(TopicKeys.requireTopicWithMatrix(topic)));
	}

}
