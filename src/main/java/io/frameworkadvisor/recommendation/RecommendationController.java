package io.frameworkadvisor.recommendation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import io.frameworkadvisor.recommendation.RecommendationService.NewerAnswer;
import io.frameworkadvisor.recommendation.RecommendationService.Shared;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	private final AdrExport adrExport;

	private final MessageSource messages;

	RecommendationController(RecommendationService recommendations, AdrExport adrExport, MessageSource messages) {
		this.recommendations = recommendations;
		this.adrExport = adrExport;
		this.messages = messages;
	}

	@GetMapping("/r/{id}")
	String show(@PathVariable String id, WebRequest request, HttpServletResponse response, Locale locale, Model model) {
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
		model.addAttribute("preview", preview(view, site + view.path(), locale));
		return RESULT_VIEW;
	}

	/**
	 * What a pasted share link shows in a chat or a post (Open Graph and Twitter card):
	 * "FastAPI for an AI agent — Framework Advisor", and the criteria that decided it.
	 */
	private Preview preview(ResultView view, String url, Locale locale) {
		String title = (view.purpose() != null)
				? this.messages.getMessage("result.preview.title", new Object[] { view.winnerName(), view.purpose() },
						locale)
				: this.messages.getMessage("result.preview.titleWithoutPurpose",
						new Object[] { view.winnerName(), view.topicName() }, locale);
		String reasons = view.reasons()
			.stream()
			.limit(3)
			.map(ResultView.ReasonView::name)
			.collect(java.util.stream.Collectors.joining(", "));
		String description = this.messages.getMessage(
				reasons.isEmpty() ? "result.preview.descriptionWithoutReasons" : "result.preview.description",
				new Object[] { view.winnerName(), reasons,
						this.messages.getMessage(view.confidenceKey(), null, locale) },
				locale);
		return new Preview(title, description, url);
	}

	/** The page's preview in link unfurls. */
	record Preview(String title, String description, String url) {
	}

	/**
	 * The recommendation as a Markdown architecture decision record, to download. It
	 * shows the pinned result only (never a newer version's), so it may be cached like
	 * the page.
	 */
	@GetMapping(value = "/r/{id}/adr.md")
	ResponseEntity<String> adr(@PathVariable String id, Locale locale) {
		Shared shared = this.recommendations.find(id);
		String site = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String filename = "adr-" + shared.result().winner() + "-" + shared.id() + ".md";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.cacheControl(CACHE)
			.body(this.adrExport.write(shared, site, locale));
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
