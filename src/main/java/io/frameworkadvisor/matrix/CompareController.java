package io.frameworkadvisor.matrix;

import java.util.List;

import io.frameworkadvisor.recommendation.RecommendationService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /compare}: the candidates the user ticks (all by default) side by side on every
 * criterion of the latest published matrix. Unknown candidate keys are a 400 that names
 * them, with the comparison of the known ones below.
 */
@Controller
class CompareController {

	static final String COMPARE_VIEW = "matrix/compare";

	private final RecommendationService recommendations;

	CompareController(RecommendationService recommendations) {
		this.recommendations = recommendations;
	}

	@ModelAttribute("page")
	MatrixPage page(@RequestParam(name = "topic", defaultValue = MatrixPage.DEFAULT_TOPIC) String topic) {
		return MatrixPage.of(this.recommendations.latestMatrix(topic));
	}

	@GetMapping("/compare")
	ModelAndView compare(@ModelAttribute(name = "page", binding = false) MatrixPage page,
			@RequestParam(name = "candidate", required = false) List<String> candidates) {
		Comparison comparison = Comparison.of(page, (candidates != null) ? candidates : List.of());
		ModelAndView view = new ModelAndView(COMPARE_VIEW);
		view.addObject("comparison", comparison);
		if (!comparison.unknown().isEmpty()) {
			view.setStatus(HttpStatus.BAD_REQUEST);
		}
		return view;
	}

}
