package io.frameworkadvisor.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES_PER_USER} failed sign-ins for
 * one user name (or {@value #MAX_FAILURES_PER_ADDRESS} from one address) within
 * {@link #WINDOW}, further attempts for it are refused without checking the password
 * until the window has passed since the last failure. A successful sign-in clears the
 * user's count.
 *
 * <p>
 * Counts are kept in memory per instance (bounded, least recently used dropped first):
 * with several instances an attacker gets the allowance once per instance, which still
 * turns millions of guesses into a handful.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES_PER_USER = 5;

	static final int MAX_FAILURES_PER_ADDRESS = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final int MAX_TRACKED = 10_000;

	static final String LOGIN_PATH = "/login";

	static final String LOCKED_URL = "/login?locked";

	private final Clock clock;

	private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true);

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Whether a sign-in attempt for this user name from this address is refused now. */
	public synchronized boolean blocked(String username, String address) {
		return exceeded(userKey(username), MAX_FAILURES_PER_USER)
				|| exceeded(addressKey(address), MAX_FAILURES_PER_ADDRESS);
	}

	synchronized void failed(String username, String address) {
		count(userKey(username));
		count(addressKey(address));
	}

	synchronized void succeeded(String username) {
		this.failures.remove(userKey(username));
	}

	private boolean exceeded(String key, int max) {
		Failures entry = this.failures.get(key);
		if (entry == null) {
			return false;
		}
		if (entry.last().plus(WINDOW).isBefore(this.clock.instant())) {
			this.failures.remove(key);
			return false;
		}
		return entry.count() >= max;
	}

	private void count(String key) {
		Instant now = this.clock.instant();
		Failures entry = this.failures.get(key);
		int count = (entry == null || entry.last().plus(WINDOW).isBefore(now)) ? 1 : entry.count() + 1;
		this.failures.put(key, new Failures(count, now));
		var eldest = this.failures.entrySet().iterator();
		while (this.failures.size() > MAX_TRACKED && eldest.hasNext()) {
			eldest.next();
			eldest.remove();
		}
	}

	private static String userKey(String username) {
		return "user:" + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	/** Refuses a sign-in POST while its user name or address is blocked. */
	Filter filter() {
		return new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !("POST".equals(request.getMethod())
						&& LOGIN_PATH.equals(request.getRequestURI().substring(request.getContextPath().length())));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (blocked(request.getParameter("username"), request.getRemoteAddr())) {
					response.sendRedirect(request.getContextPath() + LOCKED_URL);
					return;
				}
				chain.doFilter(request, response);
			}

		};
	}

	AuthenticationFailureHandler failureHandler() {
		SimpleUrlAuthenticationFailureHandler redirect = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, exception) -> {
			failed(request.getParameter("username"), request.getRemoteAddr());
			redirect.onAuthenticationFailure(request, response, exception);
		};
	}

	AuthenticationSuccessHandler successHandler(String defaultUrl) {
		SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();
		redirect.setDefaultTargetUrl(defaultUrl);
		return (request, response, authentication) -> {
			succeeded(authentication.getName());
			redirect.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private record Failures(int count, Instant last) {
	}

}
