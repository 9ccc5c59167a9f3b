package io.frameworkadvisor.browser;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pages that fail on purpose, so that the browser tests can open the 500 and 503 error
 * pages as a visitor would see them.
 */
@TestConfiguration(proxyBeanMethods = false)
class FailingEndpoints {

	static final String SERVER_ERROR = "/test-only/server-error";

	static final String DATABASE_DOWN = "/test-only/database-down";

	/** Registered as a member of this configuration; left out of component scanning. */
	@RestController
	static class FailingController {

		@GetMapping(SERVER_ERROR)
		String serverError() {
			throw new IllegalStateException("a failure the browser tests provoke");
		}

		@GetMapping(DATABASE_DOWN)
		String databaseDown() {
			throw new DataAccessResourceFailureException("the database the browser tests pretend is down");
		}

	}

}
