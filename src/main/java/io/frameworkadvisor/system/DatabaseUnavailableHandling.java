package io.frameworkadvisor.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
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

	/** What Hikari's stand-in for a connection it has closed throws. */
	private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

	/**
	 * Besides the obvious exceptions, PostgreSQL going away in the middle of a request
	 * shows up as whatever failed next: typically the rollback after the failed statement
	 * ({@code JpaSystemException: Unable to rollback against JDBC Connection}, caused by
	 * {@code Connection is closed}), which Spring reports instead of the original error.
	 * Those are recognised by their cause; any other error goes on to the 500 handling.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	Object unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (!isUnreachable(ex)) {
			throw ex;
		}
		logger.warn("Database unavailable for {} {}: {}", request.getMethod(), ErrorResponses.path(request),
				ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		String path = ErrorResponses.path(request);
		if (ErrorResponses.isApi(path)) {
			return ErrorResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, path);
		}
		return ErrorResponses.page(HttpStatus.SERVICE_UNAVAILABLE);
	}

	/**
	 * Whether the database could not be reached: no connection within the pool's timeout,
	 * a connection that broke (SQLSTATE class 08) or a server shutting down or starting
	 * up (57P01 to 57P03). A rollback on a connection that broke fails with Hikari's
	 * {@code Connection is closed}, without a SQLSTATE: the pool had already taken the
	 * broken connection out (the original error is only logged).
	 */
	static boolean isUnreachable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionLost(sql)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isConnectionLost(SQLException ex) {
		String state = ex.getSQLState();
		if (state == null) {
			return HIKARI_CLOSED_CONNECTION.equals(ex.getMessage());
		}
		return state.startsWith("08") || state.startsWith("57P");
	}

}
