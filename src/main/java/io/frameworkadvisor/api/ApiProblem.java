package io.frameworkadvisor.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The shape of the API's error responses, for the OpenAPI description only. They are
 * Spring's {@link org.springframework.http.ProblemDetail}s, whose extension members (such
 * as {@code key} or {@code question}) springdoc cannot see: it would document them as a
 * nested {@code properties} object.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail, served as application/problem+json.")
record ApiProblem(
		@Schema(description = "Identifies the kind of problem; left out when the status says it all.",
				example = "/problems/dataset-not-found") URI type,
		@Schema(requiredMode = REQUIRED, description = "A short summary of the kind of problem.",
				example = "Dataset not found") String title,
		@Schema(requiredMode = REQUIRED, description = "The HTTP status code.", example = "404") int status,
		@Schema(description = "What went wrong in this case.", example = "No dataset 'foo'") String detail,
		@Schema(description = "The path of the request.",
				example = "/api/v1/topics/python-web-frameworks/datasets/foo") URI instance,
		@Schema(description = "For a 404: the key (topic, dataset, recommendation id) that matched nothing.",
				example = "foo") String key,
		@Schema(description = "For an unknown question or option in the answers: the question key.",
				example = "concurrency") String question,
		@Schema(description = "For an unknown option in the answers: the option key.",
				example = "extreme") String option,
		@Schema(description = "For a request body value of the wrong type: an RFC 6901 JSON pointer to it.",
				example = "/answers/concurrency") String pointer) {

}
