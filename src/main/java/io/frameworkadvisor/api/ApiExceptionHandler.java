package io.frameworkadvisor.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.frameworkadvisor.recommendation.engine.UnknownAnswerException;
import io.frameworkadvisor.system.NotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers the errors of the JSON API's controllers with RFC 9457 problem details
 * ({@code application/problem+json}): a missing topic, dataset or recommendation (or a
 * malformed key, which can never exist) is a 404 whose detail names the key; an unknown
 * question or option in the answers is a 400 that names it; an unreadable or invalid
 * request body is a 400 that says what is wrong without echoing parser internals; the
 * other Spring MVC exceptions get Spring's standard problem details.
 *
 * <p>
 * Scoped to the API's controllers, and first among the advices for them, so that the HTML
 * pages keep their own error handling. Errors raised before a controller is chosen (an
 * unknown path, an unsupported method, an {@code Accept} that allows no JSON) are not the
 * API's: the application's global error handling answers them, with problem details for
 * paths under {@code /api/}. Note that Spring Boot registers its global
 * {@code ProblemDetailsExceptionHandler} only while no other
 * {@link ResponseEntityExceptionHandler} exists, so it steps back for this one.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	/** Longest JSON pointer echoed back: map keys in the path are the client's text. */
	private static final int MAX_POINTER_LENGTH = 200;

	@ExceptionHandler
	ResponseEntity<Object> handleNotFound(NotFoundException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		String kind = ex.kind().toLowerCase(Locale.ROOT).replace(' ', '-');
		problem.setType(URI.create("/problems/" + kind + "-not-found"));
		problem.setTitle(Character.toUpperCase(ex.kind().charAt(0)) + ex.kind().substring(1) + " not found");
		problem.setProperty("key", ex.key());
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
	}

	/**
	 * "Unknown option 'extreme' for question 'concurrency'", with the keys as extension
	 * members so that a client need not parse the detail.
	 */
	@ExceptionHandler
	ResponseEntity<Object> handleUnknownAnswer(UnknownAnswerException ex, WebRequest request) {
		boolean unknownOption = ex.option() != null;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(URI.create(unknownOption ? "/problems/unknown-option" : "/problems/unknown-question"));
		problem.setTitle(unknownOption ? "Unknown option" : "Unknown question");
		problem.setProperty("question", ex.question());
		if (unknownOption) {
			problem.setProperty("option", ex.option());
		}
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A missing body, a body that is not JSON, or JSON with a value of the wrong type
	 * (then {@code pointer} is the RFC 6901 pointer to it). Spring's default detail
	 * ("Failed to read request") does not say which.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		if (ex.getCause() instanceof StreamReadException) {
			problem.setDetail("The request body is not valid JSON.");
		}
		else if (ex.getCause() instanceof JacksonException jackson) {
			String pointer = pointer(jackson.getPath());
			if (pointer.isEmpty()) {
				problem.setDetail("The request body is not a JSON object of the expected shape.");
			}
			else {
				problem.setDetail("The request body has a value of the wrong type at " + pointer + ".");
				problem.setProperty("pointer", pointer);
			}
		}
		else {
			problem.setDetail("The request body is missing.");
		}
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * The constraint messages of the request body, e.g. "At most 100 answers are
	 * allowed".
	 */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = ex.getAllErrors()
			.stream()
			.map(DefaultMessageSourceResolvable::getDefaultMessage)
			.distinct()
			.sorted()
			.collect(Collectors.joining("; "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				detail.isEmpty() ? "Invalid request content." : detail + ".");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	private static String pointer(List<JacksonException.Reference> path) {
		StringBuilder pointer = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			pointer.append('/');
			if (reference.getPropertyName() != null) {
				pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
			}
			else if (reference.getIndex() >= 0) {
				pointer.append(reference.getIndex());
			}
		}
		return (pointer.length() > MAX_POINTER_LENGTH) ? pointer.substring(0, MAX_POINTER_LENGTH) + "…"
				: pointer.toString();
	}

}
