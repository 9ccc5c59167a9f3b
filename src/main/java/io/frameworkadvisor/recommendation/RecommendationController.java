package io.frameworkadvisor.recommendation;

import java.time.Duration;

import io.frameworkadvisor.recommendation.RecommendationService.NewerAnswer;
import io.frameworkadvisor.recommendation.RecommendationService.Shared;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The result behind a share link. A stored result never changes; only the notice that a
 * newer matrix version answers differently can appear later. So the page is cached
 * briefly and revalidated with an ETag made of the id and the latest version number: an
 * unchanged page costs a 304 without rendering. Unknown ids are 404s
 * ({@link RecommendationNotFoundException}).
 */
@Controller
class RecommendationController {

	static final String RESULT_VIEW = "recommendation/result";

	/** Short, because the "newer version" notice may appear at any publish. */
	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

	/**
	 * Changes with every start of the application, so that a new release's page (new
	 * templates or texts) replaces copies cached by the previous one.
	 */
	private static final String RELEASE = Long.toString(System.currentTimeMillis(), 36);

	private final RecommendationService recommendations;

	RecommendationController(RecommendationService recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/r/{id}")
	String show(@PathVariable String id, WebRequest request, HttpServletResponse response, Model model) {
		Shared shared = this.recommendations.find(id);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE.getHeaderValue());
		if (request.checkNotModified(etag(shared))) {
			return null;
		}
		ResultView view = ResultView.of(shared);
		String site = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		model.addAttribute("result", view);
		model.addAttribute("site", site);
		model.addAttribute("shareUrl", site + view.path());
		return RESULT_VIEW;
	}

	/**
	 * The id, the latest version (which decides the notice) and the release. Weak, so
	 * that the response may still be compressed (Tomcat does not compress a response with
	 * a strong ETag).
	 */
	static String etag(Shared shared) {
		int latest = shared.newer().map(NewerAnswer::version).orElse(shared.matrix().version());
		return "W/\"" + shared.id() + "-v" + latest + "-" + RELEASE + "\"";
	}

}
