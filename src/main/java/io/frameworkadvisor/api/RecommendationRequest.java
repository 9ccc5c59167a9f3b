package io.frameworkadvisor.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import static io.frameworkadvisor.api.RecommendationRequest.ANSWERS_DOC;
import static io.frameworkadvisor.api.RecommendationRequest.ANSWERS_EXAMPLE;
import static io.frameworkadvisor.api.RecommendationRequest.LONG_OPTION;
import static io.frameworkadvisor.api.RecommendationRequest.LONG_QUESTION;
import static io.frameworkadvisor.api.RecommendationRequest.MAX_ANSWERS;
import static io.frameworkadvisor.api.RecommendationRequest.MAX_KEY_LENGTH;
import static io.frameworkadvisor.api.RecommendationRequest.MISSING;
import static io.frameworkadvisor.api.RecommendationRequest.TOO_MANY;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The body of {@code POST /api/v1/topics/{topic}/recommendations}. The answers are
 * bounded so that a request can never make the server do much work: a topic has a few
 * dozen questions at most, and keys are short. The messages become the detail of the 400
 * problem ({@link ApiExceptionHandler}).
 *
 * @param answers question key to option key
 */
@Schema(name = "RecommendationRequest", description = "The answers to some or all of the topic's questions.")
record RecommendationRequest(@Schema(requiredMode = REQUIRED, description = ANSWERS_DOC, example = ANSWERS_EXAMPLE,
		maxProperties = MAX_ANSWERS) @NotNull(message = MISSING) @Size(max = MAX_ANSWERS,
				message = TOO_MANY) Map<@Size(max = MAX_KEY_LENGTH, message = LONG_QUESTION) String, @Size(
						max = MAX_KEY_LENGTH, message = LONG_OPTION) String> answers) {

	static final int MAX_ANSWERS = 100;

	static final int MAX_KEY_LENGTH = 100;

	static final String MISSING = "The body needs \"answers\": an object of question keys to option keys";

	static final String TOO_MANY = "At most {max} answers are allowed";

	static final String LONG_QUESTION = "Question keys have at most {max} characters";

	static final String LONG_OPTION = "Option keys have at most {max} characters";

	static final String ANSWERS_DOC = "Question key to option key (see `GET /api/v1/topics/{topic}/questions`). "
			+ "An unanswered question (left out, null or blank) contributes nothing; an empty object is allowed. "
			+ "An unknown question or option key is a 400 naming it.";

	static final String ANSWERS_EXAMPLE = "{\"service_kind\": \"ai_backend\", \"io_profile\": \"external_waits\", "
			+ "\"concurrency\": \"high\", \"realtime\": \"streaming\"}";

}
