package io.frameworkadvisor.recommendation;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves result pages ({@code /r/{id}}) from memory after their first rendering. A stored
 * result never changes; its page depends only on the id, the latest published version of
 * its topic (the "newer version" notice) and the language, which together form the cache
 * key — so a publish makes a new key and the cache never serves a page that the data no
 * longer supports. Bounded by entry count; the least recently used page goes first.
 */
@Component
class ResultPageCache extends OncePerRequestFilter {

	private static final Pattern RESULT_PATH = Pattern.compile("^/r/([A-Za-z0-9_-]{16,32})$");

	static final int MAX_PAGES = 2_000;

	private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CACHE_CONTROL,
			HttpHeaders.ETAG, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.VARY);

	private final RecommendationService recommendations;

	private final Map<String, Page> pages = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
			return size() > MAX_PAGES;
		}
	});

	ResultPageCache(RecommendationService recommendations) {
		this.recommendations = recommendations;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| !RESULT_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getRequestURI().substring(request.getContextPath().length() + "/r/".length());
		Optional<String> version = this.recommendations.pageVersion(id);
		if (version.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String key = version.get() + "|" + request.getLocale().toLanguageTag();
		Page page = this.pages.get(key);
		if (page != null) {
			page.writeTo(request, response);
			return;
		}
		ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorder);
		if (recorder.getStatus() == HttpServletResponse.SC_OK) {
			Map<String, String> headers = new LinkedHashMap<>();
			for (String name : KEPT_HEADERS) {
				Collection<String> values = recorder.getHeaders(name);
				if (!values.isEmpty()) {
					headers.put(name, String.join(", ", values));
				}
			}
			if (recorder.getContentType() != null) {
				headers.put(HttpHeaders.CONTENT_TYPE, recorder.getContentType());
			}
			this.pages.put(key, new Page(headers, recorder.getContentAsByteArray()));
		}
		recorder.copyBodyToResponse();
	}

	int size() {
		return this.pages.size();
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
