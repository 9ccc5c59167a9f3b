package io.frameworkadvisor.system;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A form whose parameter names do not fit the object they are bound to is the request's
 * fault, a 400, never a 500: {@code label[0]} for a text field,
 * {@code mustHaves[x].reason} or {@code mustHaves[300].reason} for a list of rows
 * ({@link InvalidPropertyException}), or {@code evidence[abc]} and {@code evidence[300]}
 * for a record's list, which Spring's {@link DataBinder} reports as the
 * {@link NumberFormatException} or {@link IndexOutOfBoundsException} of reading the
 * index. No browser sends such names; a tampered form does.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedFormHandling {

	@ExceptionHandler(InvalidPropertyException.class)
	Object malformedPropertyPath(HttpServletRequest request) {
		return badRequest(request);
	}

	/**
	 * Only while request parameters are bound: the same exceptions from anywhere else are
	 * bugs and stay 500s.
	 */
	@ExceptionHandler({ NumberFormatException.class, IndexOutOfBoundsException.class })
	Object malformedIndex(RuntimeException ex, HttpServletRequest request) {
		boolean binding = Arrays.stream(ex.getStackTrace())
			.anyMatch((frame) -> frame.getClassName().equals(DataBinder.class.getName()));
		if (!binding) {
			throw ex;
		}
		return badRequest(request);
	}

	private static Object badRequest(HttpServletRequest request) {
		String path = ErrorResponses.path(request);
		if (ErrorResponses.isApi(path)) {
			return ErrorResponses.problem(HttpStatus.BAD_REQUEST, path);
		}
		return ErrorResponses.page(HttpStatus.BAD_REQUEST);
	}

}
