package io.frameworkadvisor.system;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache stays within its memory budget ({@code advisor.page-cache.max-size}),
 * letting the least recently used pages go first.
 */
class PageCacheSizeTest {

	private static final int PAGE_BYTES = 30 * 1024;

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final PageCache cache = new PageCache(new FixedRevision(), this.meters, DataSize.ofKilobytes(100));

	private final AtomicInteger rendered = new AtomicInteger();

	@Test
	void theLeastRecentlyUsedPagesGoWhenTheBudgetIsSpent() throws Exception {
		get("/r/first");
		for (int i = 0; i < 10; i++) {
			get("/r/page" + i);
			get("/r/first");
		}
		int renderedBefore = this.rendered.get();

		assertThat(this.cache.bytes()).isLessThanOrEqualTo(100 * 1024).isGreaterThanOrEqualTo(2L * PAGE_BYTES);
		assertThat(this.cache.size()).isEqualTo(3);
		assertThat(this.meters.get("advisor.page.cache.bytes").gauge().value()).isEqualTo(this.cache.bytes());
		// kept: the page used all along and the latest; gone: the early ones
		get("/r/first");
		get("/r/page9");
		assertThat(this.rendered.get()).isEqualTo(renderedBefore);
		get("/r/page0");
		assertThat(this.rendered.get()).isEqualTo(renderedBefore + 1);
	}

	private void get(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain render = (req, res) -> {
			this.rendered.incrementAndGet();
			res.setContentType("text/html;charset=UTF-8");
			res.getOutputStream().write(("<p>" + "x".repeat(PAGE_BYTES - 7) + "</p>").getBytes(StandardCharsets.UTF_8));
		};
		this.cache.doFilter(request, response, render);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsByteArray()).hasSize(PAGE_BYTES);
	}

	/** Content that never changes during the test. */
	private static final class FixedRevision extends ContentRevision {

		FixedRevision() {
			super(null);
		}

		@Override
		public long current() {
			return 1;
		}

	}

}
