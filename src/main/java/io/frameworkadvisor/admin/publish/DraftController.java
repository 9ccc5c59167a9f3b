package io.frameworkadvisor.admin.publish;

import java.security.Principal;

import io.frameworkadvisor.matrix.MatrixVersion;
import io.frameworkadvisor.recommendation.DraftReview;
import io.frameworkadvisor.recommendation.MatrixPublisher;
import io.frameworkadvisor.recommendation.StalePublishException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draft of a topic against its published version, the effect on recent share links,
 * and publishing it as the next version.
 */
@Controller
@RequestMapping("/admin/topics/{topic}")
class DraftController {

	static final String VIEW = "admin/publish/draft";

	private final DraftReview reviews;

	private final MatrixPublisher publisher;

	DraftController(DraftReview reviews, MatrixPublisher publisher) {
		this.reviews = reviews;
		this.publisher = publisher;
	}

	@GetMapping("/draft")
	String draft(@PathVariable String topic, Model model) {
		DraftReview.Review review = this.reviews.review(topic);
		model.addAttribute("review", review);
		model.addAttribute("form", PublishForm.basedOn(review.publishedNumber()));
		return VIEW;
	}

	@PostMapping("/publish")
	String publish(@PathVariable String topic, @Valid @ModelAttribute("form") PublishForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			model.addAttribute("review", this.reviews.review(topic));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return VIEW;
		}
		MatrixVersion version;
		try {
			version = this.publisher.publish(topic, form.note().strip(), principal.getName(), form.basedOn());
		}
		catch (StalePublishException ex) {
			// Show what the draft now changes against the newer version; publishing
			// again from this page is then a deliberate decision on that diff.
			model.addAttribute("review", this.reviews.review(topic));
			model.addAttribute("stale", ex);
			model.addAttribute("form", new PublishForm(form.note(), ex.latest()));
			response.setStatus(HttpStatus.CONFLICT.value());
			return VIEW;
		}
		redirect.addFlashAttribute("publishedVersion", version.getNumber());
		return "redirect:/admin/topics/{topic}/draft";
	}

}
