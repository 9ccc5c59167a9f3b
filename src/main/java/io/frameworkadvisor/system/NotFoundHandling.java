package io.frameworkadvisor.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Everything that is not there is a 404, never a 500: a {@link NotFoundException} from a
 * page's controller, and an unknown URL (Spring MVC 6.1+ hands every unmapped path to the
 * static resource handler, which throws {@link NoResourceFoundException}). Browsers get
 * the 404 page; paths under {@code /api/} get a 404 problem detail.
 *
 * <p>
 * Ordered after the API's own advice (which is first for the API's controllers and adds
 * the missing key to its problem details) but before Spring Boot's
 * {@code ProblemDetailsExceptionHandler} (order 0), which would otherwise answer an
 * unknown URL with JSON even to a browser.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NotFoundHandling {

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	Object notFound(HttpServletRequest request) {
		String path = ErrorResponses.path(request);
		if (ErrorResponses.isApi(path)) {
			return ErrorResponses.problem(HttpStatus.NOT_FOUND, path);
		}
		return ErrorResponses.page(HttpStatus.NOT_FOUND);
	}

}
