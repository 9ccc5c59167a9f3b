package io.frameworkadvisor.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /v3/api-docs} and the Swagger UI ({@code /swagger-ui.html}) say about the
 * API as a whole; the operations and schemas are documented on the controllers and
 * response records.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI frameworkAdvisorApi() {
		return new OpenAPI().info(new Info().title("Framework Advisor API").version("v1").description("""
				Choose a web framework on evidence. The evidence endpoints return the benchmark datasets \
				of a topic with their methodology, every figure as the source printed it (with the quoted \
				text) and the sources' claims.

				The recommendation endpoints list a topic's questions, compute a recommendation for a set of \
				answers (stored behind a share link `/r/{id}` that never changes) and read a stored one back.

				Keys (topic keys, dataset slugs, candidate, criterion, metric, question and option keys) and \
				field names are stable. \
				Errors are RFC 9457 problem details (`application/problem+json`); a missing thing is a 404 \
				whose `detail` names the key, an unknown question or option key a 400 that names it.
				"""));
	}

}
