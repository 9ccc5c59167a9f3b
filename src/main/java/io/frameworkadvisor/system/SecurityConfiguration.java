package io.frameworkadvisor.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may do what. Reading is public; everything under {@code /admin} needs a signed-in
 * editor, and user management an admin. Every form carries a CSRF token. The JSON API has
 * a chain of its own: it takes no cookies' word for anything and has no writes that need
 * a person, so it needs neither sessions nor CSRF tokens.
 *
 * <p>
 * Security headers go on every response. Public pages are served from the
 * {@link PageCache} before this filter chain runs, so the cache keeps the headers of the
 * first rendering with the page. Only admin and sign-in pages are marked
 * {@code no-store}: public pages set their own caching (a share link is immutable).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI (third-party pages) styles itself inline; it gets the same policy with
	 * inline styles allowed.
	 */
	static final String SWAGGER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	/**
	 * The JSON API: public, stateless and without cookies. It has its own, short filter
	 * chain (no session, CSRF, request cache, login or logout filters), which matters on
	 * its busiest route, {@code POST /api/v1/topics/{topic}/recommendations}.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(path.matcher("/api/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.logout((logout) -> logout.disable())
			.servletApi((servletApi) -> servletApi.disable())
			.headers((headers) -> securityHeaders(headers, path));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/users", "/admin/users/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin", "/admin/**")
			.hasAnyRole("EDITOR", "ADMIN")
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.defaultSuccessUrl("/admin")
				.failureHandler(throttle.failureHandler())
				.successHandler(throttle.successHandler("/admin")))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> securityHeaders(headers, path));
		return http.build();
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers,
			PathPatternRequestMatcher.Builder path) {
		headers.cacheControl((cache) -> cache.disable())
			.addHeaderWriter(noStore(path))
			.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.addHeaderWriter(swaggerPolicy(path))
			.frameOptions((frames) -> frames.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()"));
	}

	private static HeaderWriter noStore(PathPatternRequestMatcher.Builder path) {
		return new DelegatingRequestMatcherHeaderWriter(
				new OrRequestMatcher(path.matcher("/admin"), path.matcher("/admin/**"), path.matcher("/login")),
				new CacheControlHeadersWriter());
	}

	private static HeaderWriter swaggerPolicy(PathPatternRequestMatcher.Builder path) {
		return new DelegatingRequestMatcherHeaderWriter(path.matcher("/swagger-ui/**"),
				(request, response) -> response.setHeader("Content-Security-Policy", SWAGGER_CONTENT_SECURITY_POLICY));
	}

	/**
	 * Spring Security's firewall as it is, and one more rule: no NUL in a parameter's
	 * value. PostgreSQL text cannot hold it, so a form that carried one would fail when
	 * saved; such a request is refused (400) as soon as its parameters are read, before
	 * anything is stored.
	 */
	@Bean
	StrictHttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedParameterValues((value) -> value == null || value.indexOf('\0') < 0);
		return firewall;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
