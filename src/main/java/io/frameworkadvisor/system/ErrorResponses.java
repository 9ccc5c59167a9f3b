package io.frameworkadvisor.system;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * The two shapes an error takes: for a path under {@code /api/} an RFC 9457 problem
 * detail ({@code application/problem+json}, whatever the client accepts), for anything
 * else an HTML error page in the site's layout. Neither ever shows an exception message
 * or a stack trace.
 */
final class ErrorResponses {

	static final String API_PREFIX = "/api/";

	static final String NOT_FOUND_VIEW = "error/404";

	static final String SERVER_ERROR_VIEW = "error/500";

	static final String UNAVAILABLE_VIEW = "error/503";

	static final String GENERIC_ERROR_VIEW = "error";

	private ErrorResponses() {
	}

	/** The request's path without the context path, as the application sees it. */
	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	static boolean isApi(String path) {
		return path != null && (path.startsWith(API_PREFIX) || path.equals("/api"));
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String path) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		if (status == HttpStatus.NOT_FOUND) {
			problem.setDetail("No resource at this path.");
		}
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			problem.setDetail("The database is unavailable; nothing was stored. Try again in a few seconds.");
		}
		if (path != null) {
			problem.setInstance(URI.create(path.replaceAll("[^A-Za-z0-9/._~-]", "_")));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static ModelAndView page(HttpStatus status) {
		String view = (status == HttpStatus.NOT_FOUND) ? NOT_FOUND_VIEW : (status == HttpStatus.SERVICE_UNAVAILABLE)
				? UNAVAILABLE_VIEW : status.is5xxServerError() ? SERVER_ERROR_VIEW : GENERIC_ERROR_VIEW;
		return new ModelAndView(view, Map.of("status", status.value()), status);
	}

}
