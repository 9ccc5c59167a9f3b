package io.frameworkadvisor.system;

import java.util.Map;

import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.recommendation.MatrixPublisher;
import io.frameworkadvisor.recommendation.RecommendationService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
@TestPropertySource(properties = "advisor.page-cache.enabled=true")
class PageCacheTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	PageCache cache;

	@Autowired
	MatrixPublisher publisher;

	@Test
	void aPageIsRenderedOnceAndThenServedFromMemoryWithItsHeaders() throws Exception {
		String id = this.recommendations.recommend("python-web-frameworks", Map.of("deployment", "serverless")).id();
		int before = this.cache.size();
		MvcResult first = this.mvc.perform(get("/r/" + id)).andExpect(status().isOk()).andReturn();
		assertThat(this.cache.size()).isEqualTo(before + 1);
		MvcResult second = this.mvc.perform(get("/r/" + id)).andExpect(status().isOk()).andReturn();
		assertThat(this.cache.size()).isEqualTo(before + 1);
		// The same page, with the indentation between tags collapsed.
		assertThat(second.getResponse().getContentAsString())
			.isEqualTo(new String(PageCache.compact(first.getResponse().getContentAsByteArray(), "UTF-8"),
					java.nio.charset.StandardCharsets.UTF_8))
			.contains("<title>");
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(second.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(second.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age");
		assertThat(second.getResponse().getContentType()).startsWith("text/html");
		// the security headers of the first rendering come with the cached page
		assertThat(second.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(second.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(second.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(second.getResponse().getHeader("Referrer-Policy")).isNotBlank();
		assertThat(second.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		this.mvc.perform(get("/r/" + id).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, etag));
	}

	@Test
	void unknownIdsAreNotCached() throws Exception {
		int before = this.cache.size();
		this.mvc.perform(get("/r/AAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
		assertThat(this.cache.size()).isEqualTo(before);
	}

	@Test
	@org.springframework.transaction.annotation.Transactional
	void aPublishIsSeenAtOnce() throws Exception {
		String id = this.recommendations.recommend("python-web-frameworks", Map.of("deployment", "serverless")).id();
		String before = this.mvc.perform(get("/r/" + id)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		int pages = this.cache.size();
		this.publisher.publish("python-web-frameworks", "a test publish, rolled back", "test");
		String after = this.mvc.perform(get("/r/" + id)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		// Rendered anew for the new revision (the ETag names the latest version), not
		// served stale.
		assertThat(after).isNotEqualTo(before);
		assertThat(this.cache.size()).isEqualTo(pages + 1);
	}

	@Test
	void requestsWithASessionAreNeverServedFromTheCache() throws Exception {
		int before = this.cache.size();
		this.mvc.perform(get("/method").cookie(new jakarta.servlet.http.Cookie("JSESSIONID", "abc")))
			.andExpect(status().isOk());
		assertThat(this.cache.size()).isEqualTo(before);
	}

	@Test
	void indentationBetweenTagsIsCollapsedButPreformattedPagesAreKept() {
		byte[] page = "<ul>\n  <li>a b</li>\n  <li>c</li>\n</ul>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(new String(PageCache.compact(page, "UTF-8"), java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo("<ul> <li>a b</li> <li>c</li> </ul>");
		byte[] pre = "<pre>\n  x\n</pre>\n<p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(PageCache.compact(pre, "UTF-8")).isEqualTo(pre);
	}

}
