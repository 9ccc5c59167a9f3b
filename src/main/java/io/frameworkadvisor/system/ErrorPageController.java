package io.frameworkadvisor.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error path: whatever ends in {@code sendError} or an uncaught exception
 * (a 500, a 405, a 400 from a malformed request) arrives here. Replaces Spring Boot's
 * {@code BasicErrorController}, whose JSON is not a problem detail and whose choice
 * between page and JSON follows the {@code Accept} header rather than the path.
 */
@Controller
class ErrorPageController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	Object error(HttpServletRequest request) {
		HttpStatus status = status(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			path = path.substring(request.getContextPath().length());
		}
		if (ErrorResponses.isApi(path)) {
			return ErrorResponses.problem(status, path);
		}
		return ErrorResponses.page(status);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
