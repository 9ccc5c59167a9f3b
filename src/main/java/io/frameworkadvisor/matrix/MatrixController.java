package io.frameworkadvisor.matrix;

import io.frameworkadvisor.recommendation.RecommendationService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /matrix}: the latest published matrix of a topic as a heat map, each cell linked
 * to its rationale and evidence further down the page. A topic without a published
 * version is a 404.
 */
@Controller
class MatrixController {

	static final String MATRIX_VIEW = "matrix/index";

	private final RecommendationService recommendations;

	MatrixController(RecommendationService recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/matrix")
	String matrix(@RequestParam(name = "topic", defaultValue = MatrixPage.DEFAULT_TOPIC) String topic, Model model) {
		model.addAttribute("page", MatrixPage.of(this.recommendations.latestMatrix(topic)));
		return MATRIX_VIEW;
	}

}
