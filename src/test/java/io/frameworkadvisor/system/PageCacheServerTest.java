package io.frameworkadvisor.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.frameworkadvisor.recommendation.RecommendationService;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real Tomcat, cached pages are answered by the {@link PageCacheValve} before the
 * servlet stack: the same bytes and headers as the rendered page, counted as hits, and
 * never for a request that carries a session.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "advisor.data-dir=")
class PageCacheServerTest {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	MeterRegistry meters;

	@Test
	void aSecondRequestIsAnsweredFromTheCacheWithTheSameBodyAndHeaders() throws Exception {
		String id = this.recommendations.recommend("python-web-frameworks", Map.of("admin_needs", "must")).id();
		HttpResponse<String> first = get("/r/" + id, null);
		double hitsBefore = hits();
		HttpResponse<String> second = get("/r/" + id, null);

		assertThat(hits()).isEqualTo(hitsBefore + 1);
		assertThat(second.statusCode()).isEqualTo(200);
		// the page as rendered, with the indentation between tags collapsed
		assertThat(second.body())
			.isEqualTo(new String(PageCache.compact(first.body().getBytes(StandardCharsets.UTF_8), "UTF-8"),
					StandardCharsets.UTF_8))
			.contains("Django");
		for (String header : new String[] { "Content-Type", "ETag", "Cache-Control", "Content-Security-Policy",
				"X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy" }) {
			assertThat(second.headers().firstValue(header)).as(header).isEqualTo(first.headers().firstValue(header));
		}
		assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void aRequestWithASessionIsNeverAnsweredFromTheCache() throws Exception {
		get("/evidence", null);
		double hitsBefore = hits();
		HttpResponse<String> withSession = get("/evidence", "JSESSIONID=0123456789ABCDEF");

		assertThat(withSession.statusCode()).isEqualTo(200);
		assertThat(hits()).isEqualTo(hitsBefore);
	}

	private double hits() {
		return this.meters.get("advisor.page.cache.requests").tag("result", "hit").counter().count();
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
