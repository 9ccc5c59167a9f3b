package io.frameworkadvisor.method;

import io.frameworkadvisor.evidence.EvidenceService;
import io.frameworkadvisor.matrix.MatrixPage;
import io.frameworkadvisor.recommendation.RecommendationService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /method}: how a recommendation is computed, in plain words, with examples taken
 * from the latest published matrix and the evidence behind it.
 */
@Controller
class MethodController {

	static final String METHOD_VIEW = "method/index";

	private final RecommendationService recommendations;

	private final EvidenceService evidence;

	MethodController(RecommendationService recommendations, EvidenceService evidence) {
		this.recommendations = recommendations;
		this.evidence = evidence;
	}

	@GetMapping("/method")
	String method(@RequestParam(name = "topic", defaultValue = MatrixPage.DEFAULT_TOPIC) String topic, Model model) {
		model.addAttribute("method",
				MethodPage.of(this.recommendations.latestMatrix(topic), this.evidence.datasetsOfTopic(topic)));
		return METHOD_VIEW;
	}

}
