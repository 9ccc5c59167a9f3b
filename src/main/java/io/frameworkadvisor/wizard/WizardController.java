package io.frameworkadvisor.wizard;

import java.util.Map;

import io.frameworkadvisor.recommendation.RecommendationService;
import io.frameworkadvisor.recommendation.RecommendationService.Shared;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.UnknownAnswerException;
import io.frameworkadvisor.wizard.WizardAnswers.Unknown;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The wizard: one question per step, then a review, then a recommendation. Every step is
 * a plain GET whose query string carries all answers, so the flow needs no session and no
 * JavaScript, and the browser's back button and reload keep the answers. Submitting the
 * review creates the recommendation and redirects (303) to its share link.
 */
@Controller
class WizardController {

	static final String STEP_VIEW = "wizard/step";

	static final String REVIEW_VIEW = "wizard/review";

	static final String FORM = "recommendationForm";

	private final RecommendationService recommendations;

	WizardController(RecommendationService recommendations) {
		this.recommendations = recommendations;
	}

	/** The latest published matrix of the topic: its questions are the wizard's steps. */
	@ModelAttribute("matrix")
	DecisionMatrix matrix(
			@RequestParam(name = WizardLinks.TOPIC, defaultValue = WizardLinks.DEFAULT_TOPIC) String topic) {
		return this.recommendations.latestMatrix(topic);
	}

	@GetMapping(WizardLinks.STEP_PATH)
	String step(@ModelAttribute(name = "matrix", binding = false) DecisionMatrix matrix,
			@RequestParam(name = WizardLinks.STEP, required = false) String step,
			@RequestParam MultiValueMap<String, String> parameters, Model model) {
		WizardAnswers answers = WizardAnswers.fromParameters(matrix, parameters);
		model.addAttribute("wizard", WizardStep.of(matrix.topicKey(), matrix, answers, step));
		return STEP_VIEW;
	}

	@GetMapping(WizardLinks.REVIEW_PATH)
	String review(@ModelAttribute(name = "matrix", binding = false) DecisionMatrix matrix,
			@RequestParam MultiValueMap<String, String> parameters, Model model) {
		WizardAnswers answers = WizardAnswers.fromParameters(matrix, parameters);
		model.addAttribute("review", WizardReview.of(matrix.topicKey(), matrix, answers, false));
		return REVIEW_VIEW;
	}

	@PostMapping(WizardLinks.REVIEW_PATH)
	ModelAndView submit(@ModelAttribute(name = "matrix", binding = false) DecisionMatrix matrix,
			@ModelAttribute(FORM) RecommendationForm form, BindingResult binding) {
		WizardAnswers answers = WizardAnswers.of(matrix, form.answersOrNone());
		answers.unknown().forEach(unknown -> binding.addError(fieldError(unknown)));
		if (!binding.hasErrors()) {
			try {
				Shared shared = this.recommendations.recommend(matrix.topicKey(), answers.answers());
				return new ModelAndView("redirect:/r/" + shared.id(), HttpStatus.SEE_OTHER);
			}
			catch (UnknownAnswerException ex) {
				// A version without this question or option was published since the
				// matrix was read: check the answers against it.
				return submit(matrix(matrix.topicKey()), form, binding);
			}
		}
		return new ModelAndView(REVIEW_VIEW,
				Map.of("matrix", matrix, "review", WizardReview.of(matrix.topicKey(), matrix, answers, true)));
	}

	private static FieldError fieldError(Unknown unknown) {
		String field = "answers[" + unknown.question() + "]";
		return unknown.unknownQuestion()
				? new FieldError(FORM, field, unknown.option(), false, new String[] { "wizard.error.question" },
						new Object[] { unknown.question() }, "Unknown question")
				: new FieldError(FORM, field, unknown.option(), false, new String[] { "wizard.error.option" },
						new Object[] { unknown.questionLabel(), unknown.option() }, "Unknown answer");
	}

}
