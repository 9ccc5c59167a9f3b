package io.frameworkadvisor.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.frameworkadvisor.DatabaseTest;
import io.frameworkadvisor.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may do what: the admin area is closed to anonymous visitors (every route the
 * application maps under {@code /admin}, found from the handler mappings so that a new
 * route is covered without touching this test), user management is for administrators,
 * writes need a CSRF token, sign-in works with the stored password hash and is throttled,
 * and the security headers are on every page.
 */
@WebTest
class SecurityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyAdminRouteRefusesAnonymousVisitors() throws Exception {
		List<String> checked = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/admin")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", "x").replace("/**", "/x");
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					MvcResult result = this.mvc
						.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method.name()), path).with(csrf()))
						.andReturn();
					assertThat(result.getResponse().getStatus()).as(method + " " + path)
						.isEqualTo(HttpStatus.FOUND.value());
					assertThat(result.getResponse().getRedirectedUrl()).as(method + " " + path).endsWith("/login");
					checked.add(method + " " + path);
				}
			}
		}
		assertThat(checked).contains("GET /admin", "GET /admin/users", "POST /admin/users", "GET /admin/users/x",
				"POST /admin/users/x");
	}

	@Test
	void anEditorCannotManageUsers() throws Exception {
		this.mvc.perform(get("/admin").with(user("editor").roles("EDITOR"))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users").with(user("editor").roles("EDITOR"))).andExpect(status().isForbidden());
		long before = users();
		this.mvc
			.perform(post("/admin/users").with(user("editor").roles("EDITOR"))
				.with(csrf())
				.param("username", "sneaky")
				.param("role", "ADMIN")
				.param("password", "a-long-enough-password"))
			.andExpect(status().isForbidden());
		assertThat(users()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aWriteWithoutCsrfTokenIsRefused() throws Exception {
		long before = users();
		this.mvc
			.perform(post("/admin/users").param("username", "no-token")
				.param("role", "EDITOR")
				.param("password", "a-long-enough-password"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/wizard/review").param("topic", "python-web-frameworks"))
			.andExpect(status().isForbidden());
		assertThat(users()).isEqualTo(before);
	}

	@Test
	void theFirstAdministratorSignsInWithTheConfiguredPasswordAndAWrongOneIsRefused() throws Exception {
		this.mvc.perform(
				post("/login").with(csrf()).param("username", "admin").param("password", DatabaseTest.ADMIN_PASSWORD))
			.andExpect(redirectedUrl("/admin"));
		this.mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "admin"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void repeatedFailedSignInsLockTheAccountEvenForTheRightPassword() throws Exception {
		String name = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(name, AppUser.Role.EDITOR, "the-right-password", "test");
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "wrong-" + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(post("/login").with(csrf()).param("username", name).param("password", "the-right-password"))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login?locked"))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("Too many failed sign-ins"));
	}

	@Test
	void pagesCarryTheSecurityHeadersAndAdminPagesAreNotStored() throws Exception {
		for (String path : List.of("/", "/wizard", "/evidence", "/login")) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy",
						org.hamcrest.Matchers.containsString("script-src 'self'")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
		}
		this.mvc.perform(get("/admin").with(user("editor").roles("EDITOR")))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
		this.mvc.perform(get("/")).andExpect(header().doesNotExist("Pragma"));
	}

	/**
	 * The JSON API has a filter chain of its own: no CSRF token, no session created, and
	 * a signed-in editor's session counts for nothing there, yet the same headers.
	 */
	@Test
	void theApiIsStatelessNeedsNoCsrfTokenAndCarriesTheSecurityHeaders() throws Exception {
		MvcResult created = this.mvc
			.perform(
					post("/api/v1/topics/python-web-frameworks/recommendations").contentType(MediaType.APPLICATION_JSON)
						.content("{\"answers\": {\"service_kind\": \"json_api\"}}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andReturn();
		assertThat(created.getRequest().getSession(false)).isNull();
		this.mvc.perform(get("/api/v1/topics/python-web-frameworks/questions").with(user("editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull());
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		MvcResult signedIn = this.mvc.perform(
				post("/login").with(csrf()).param("username", "admin").param("password", DatabaseTest.ADMIN_PASSWORD))
			.andReturn();
		var session = (org.springframework.mock.web.MockHttpSession) signedIn.getRequest().getSession();
		this.mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
		this.mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		this.mvc.perform(get("/admin").session(session)).andExpect(status().isFound());
	}

	@Test
	void signingInGivesANewSessionId() throws Exception {
		var session = new org.springframework.mock.web.MockHttpSession();
		String before = session.getId();
		MvcResult signedIn = this.mvc
			.perform(post("/login").session(session)
				.with(csrf())
				.param("username", "admin")
				.param("password", DatabaseTest.ADMIN_PASSWORD))
			.andExpect(redirectedUrl("/admin"))
			.andReturn();
		assertThat(signedIn.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	private long users() {
		return this.jdbc.queryForObject("select count(*) from app_user", Long.class);
	}

}
