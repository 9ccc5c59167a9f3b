package io.frameworkadvisor.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * PostgreSQL is unreachable: pages answer a 503 page and the API a 503 problem detail,
 * both with {@code Retry-After}, instead of a 500 or a hanging request (the pool gives up
 * on a connection after {@code spring.datasource.hikari.connection-timeout}). Nothing has
 * been written: a write that could not reach the database was never confirmed. The pool
 * reconnects by itself when the database is back.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseUnavailableHandling {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailableHandling.class);

	static final String RETRY_AFTER_SECONDS = "5";

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	Object unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		logger.warn("Database unavailable for {} {}: {}", request.getMethod(), ErrorResponses.path(request),
				ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		String path = ErrorResponses.path(request);
		if (ErrorResponses.isApi(path)) {
			return ErrorResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, path);
		}
		return ErrorResponses.page(HttpStatus.SERVICE_UNAVAILABLE);
	}

}
