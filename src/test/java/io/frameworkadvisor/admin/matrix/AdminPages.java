package io.frameworkadvisor.admin.matrix;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Requests of the matrix area's tests, as a signed-in editor's browser sends them. */
final class AdminPages {

	private AdminPages() {
	}

	/** GETs a page that must answer 200 and returns its HTML. */
	static String page(MockMvcTester mvc, String uri) throws Exception {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	/**
	 * POSTs a form with its CSRF token; {@code params} are name, value, name, value...
	 */
	static MvcTestResult post(MockMvcTester mvc, String uri, String... params) {
		var request = mvc.post().uri(uri).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

}
