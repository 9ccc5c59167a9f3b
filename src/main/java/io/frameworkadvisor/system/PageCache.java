package io.frameworkadvisor.system;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from memory after their first rendering. A page here depends only
 * on the stored content, its URL (path and query), the host it was asked for (absolute
 * share links) and the language; the cache key holds all of them plus the
 * {@link ContentRevision}, so any change of content makes new keys and a cached page is
 * never staler than the revision lookup (one second across instances, immediate on the
 * instance that made the change).
 *
 * <p>
 * The cache runs before Spring Security (a hit needs no security decision: the page is
 * public); the security headers of the first rendering are stored with the page.
 *
 * <p>
 * Not cached: anything but GET, non-HTML responses, responses other than 200, requests
 * with a session or credentials (pages of signed-in editors may differ per person), and
 * the admin, API and actuator paths. Pages that embed per-session data (such as a CSRF
 * token) must not be served to requests without a session, or must be excluded here.
 */
@Component
@ConditionalOnBooleanProperty(name = "advisor.page-cache.enabled", matchIfMissing = true)
@Order(PageCache.ORDER)
class PageCache extends OncePerRequestFilter {

	/**
	 * First of all filters: a hit needs none of them. The HTTP server metrics
	 * ({@code http.server.requests}) took a third of the time of a hit, so hits are
	 * counted here instead, in {@code advisor.page.cache.requests} (tag
	 * {@code result=hit|miss}); a miss is also in the HTTP metrics as usual.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	/** Whitespace between tags: indentation of the templates, meaningless in the page. */
	private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");

	static final int MAX_PAGES = 5_000;

	private static final List<String> NEVER_CACHED = List.of("/admin", "/login", "/logout", "/api/", "/actuator",
			"/v3/", "/swagger-ui", "/css/", "/js/", "/error");

	private static final List<String> SESSION_COOKIES = List.of("JSESSIONID", "SESSION");

	/**
	 * Headers that belong to one response, not to the page; every other header (caching,
	 * language, and the security headers the first rendering got) is served with it.
	 */
	private static final Set<String> DROPPED_HEADERS = Set.of("set-cookie", "content-length", "date",
			"transfer-encoding", "connection", "keep-alive", "content-type");

	private final ContentRevision revision;

	private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);

	private long bytes;

	/**
	 * The memory the pages may take. Share links make most of them (about 60 KB each),
	 * and most are opened a few times when they are made: 16 MB keeps the fixed pages and
	 * a few hundred recent results without making the heap that the app needs grow by
	 * much.
	 */
	private final long maxBytes;

	private final Counter hits;

	private final Counter misses;

	PageCache(ContentRevision revision, MeterRegistry meters,
			@Value("${advisor.page-cache.max-size:16MB}") DataSize maxSize) {
		this.revision = revision;
		this.maxBytes = maxSize.toBytes();
		Gauge.builder("advisor.page.cache.bytes", this, PageCache::bytes)
			.description("Memory taken by the pages in the page cache")
			.baseUnit("bytes")
			.register(meters);
		this.hits = Counter.builder("advisor.page.cache.requests")
			.description("Requests for public pages, answered from the page cache (hit) or rendered (miss)")
			.tag("result", "hit")
			.register(meters);
		this.misses = Counter.builder("advisor.page.cache.requests")
			.description("Requests for public pages, answered from the page cache (hit) or rendered (miss)")
			.tag("result", "miss")
			.register(meters);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getRequestedSessionId() != null || hasSessionCookie(request)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return NEVER_CACHED.stream().anyMatch(path::startsWith);
	}

	private static boolean hasSessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> SESSION_COOKIES.contains(cookie.getName()));
	}

	/**
	 * Answers the request from the cache when it holds the page.
	 * @return whether the request was answered
	 */
	boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (shouldNotFilter(request)) {
			return false;
		}
		String key = keyOrNull(request);
		Page page = (key != null) ? get(key) : null;
		if (page == null) {
			return false;
		}
		this.hits.increment();
		page.writeTo(request, response);
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = keyOrNull(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Page page = get(key);
		if (page != null) {
			this.hits.increment();
			page.writeTo(request, response);
			return;
		}
		this.misses.increment();
		ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorder);
		String contentType = recorder.getContentType();
		if (recorder.getStatus() == HttpServletResponse.SC_OK && contentType != null
				&& contentType.startsWith("text/html") && request.getSession(false) == null) {
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put(HttpHeaders.CONTENT_TYPE, contentType);
			for (String name : recorder.getHeaderNames()) {
				if (!DROPPED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
					headers.put(name, String.join(", ", recorder.getHeaders(name)));
				}
			}
			put(key, new Page(headers, compact(recorder.getContentAsByteArray(), recorder.getCharacterEncoding())));
		}
		recorder.copyBodyToResponse();
	}

	/**
	 * Collapses the whitespace between tags to one space (which keeps inline spacing), a
	 * tenth of a typical page. Pages with preformatted text are kept as they are.
	 */
	static byte[] compact(byte[] body, String encoding) {
		Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		String html = new String(body, charset);
		if (html.contains("<pre") || html.contains("<textarea")) {
			return body;
		}
		return BETWEEN_TAGS.matcher(html).replaceAll("> <").getBytes(charset);
	}

	/**
	 * The cache key, or null when there is none: the database was never reachable, so
	 * there is no revision to key a page by (the request then goes its normal way, which
	 * answers 503).
	 */
	private String keyOrNull(HttpServletRequest request) {
		try {
			return key(request);
		}
		catch (DataAccessException ex) {
			return null;
		}
	}

	private String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder().append(this.revision.current())
			.append('|')
			.append(request.getScheme())
			.append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(request.getRequestURI());
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				key.append('&').append(name).append('=').append(value);
			}
		});
		return key.append('|').append(request.getLocale().toLanguageTag()).toString();
	}

	private synchronized Page get(String key) {
		return this.pages.get(key);
	}

	private synchronized void put(String key, Page page) {
		Page previous = this.pages.put(key, page);
		this.bytes += page.body().length - ((previous != null) ? previous.body().length : 0);
		var eldest = this.pages.entrySet().iterator();
		while ((this.pages.size() > MAX_PAGES || this.bytes > this.maxBytes) && eldest.hasNext()) {
			this.bytes -= eldest.next().getValue().body().length;
			eldest.remove();
		}
	}

	synchronized int size() {
		return this.pages.size();
	}

	synchronized long bytes() {
		return this.bytes;
	}

	/** A rendered page with the headers that belong to it. */
	private record Page(Map<String, String> headers, byte[] body) {

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			this.headers.forEach(response::setHeader);
			String etag = this.headers.get(HttpHeaders.ETAG);
			String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
			if (etag != null && ifNoneMatch != null && matches(ifNoneMatch, etag)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

		private static boolean matches(String ifNoneMatch, String etag) {
			String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
			for (String candidate : ifNoneMatch.split(",")) {
				String trimmed = candidate.trim();
				if (trimmed.equals("*") || (trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed).equals(opaque)) {
					return true;
				}
			}
			return false;
		}

	}

}
