package io.frameworkadvisor.admin.matrix;

import java.math.BigDecimal;
import java.security.Principal;

import io.frameworkadvisor.admin.FormBinding;
import io.frameworkadvisor.admin.StaleEditException;
import io.frameworkadvisor.matrix.ScoreEditor;
import io.frameworkadvisor.matrix.ScoreEditor.CellRow;
import io.frameworkadvisor.matrix.TopicEditor;
import io.frameworkadvisor.matrix.TopicEditor.TopicRow;
import io.frameworkadvisor.recommendation.MatrixPublisher;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Cell;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CellMode;
import io.frameworkadvisor.recommendation.engine.ScoreDerivation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draft matrix of a topic as a grid ({@code /admin/topics/{topic}/matrix}) and one
 * cell's form ({@code .../matrix/{candidate}/{criterion}}). Scores are shown as the draft
 * would publish them ({@link MatrixPublisher#draft}), so derived ones are computed
 * exactly as they will be.
 */
@Controller
class MatrixGridController {

	private static final String CELL = "admin/matrix/cell";

	private final TopicEditor topics;

	private final ScoreEditor scores;

	private final MatrixPublisher publisher;

	private final Notices notices;

	MatrixGridController(TopicEditor topics, ScoreEditor scores, MatrixPublisher publisher, Notices notices) {
		this.topics = topics;
		this.scores = scores;
		this.publisher = publisher;
		this.notices = notices;
	}

	@GetMapping("/admin/topics/{topic}/matrix")
	String grid(@PathVariable String topic, Model model) {
		model.addAttribute("topic", this.topics.topic(topic));
		model.addAttribute("grid", MatrixGrid.of(this.publisher.draft(topic)));
		return "admin/matrix/grid";
	}

	@GetMapping("/admin/topics/{topic}/matrix/{candidate}/{criterion}")
	String cell(@PathVariable String topic, @PathVariable String candidate, @PathVariable String criterion,
			Model model) {
		CellRow stored = this.scores.cell(topic, candidate, criterion);
		model.addAttribute("form", CellForm.of(stored));
		return page(topic, stored, model);
	}

	@PostMapping("/admin/topics/{topic}/matrix/{candidate}/{criterion}")
	String save(@PathVariable String topic, @PathVariable String candidate, @PathVariable String criterion,
			@Valid @ModelAttribute("form") CellForm form, BindingResult result, Model model, Principal principal,
			RedirectAttributes redirect, HttpServletResponse response) {
		CellRow stored = this.scores.cell(topic, candidate, criterion);
		if (!FormBinding.isBound(result)) {
			return page(topic, stored, model);
		}
		if (!result.hasFieldErrors("value")) {
			if (!"derived".equals(form.mode()) && form.number() == null) {
				result.rejectValue("value", "admin.matrix.error.scoreRequired");
			}
			else if (form.number() != null && form.number().compareTo(BigDecimal.TEN) > 0) {
				result.rejectValue("value", "admin.matrix.error.score");
			}
		}
		if ("override".equals(form.mode()) && (form.overrideReason() == null || form.overrideReason().isBlank())) {
			result.rejectValue("overrideReason", "admin.matrix.error.reasonRequired");
		}
		if ("derived".equals(form.mode()) && !stored.derivable()) {
			result.rejectValue("mode", "admin.matrix.error.notDerivable");
		}
		if (result.hasErrors()) {
			return page(topic, stored, model);
		}
		try {
			this.scores.save(topic, candidate, criterion, form.toEdit(), principal.getName());
			this.notices.saved(redirect, "admin.matrix.cell.saved", stored.candidateName(), stored.criterionName());
			return "redirect:/admin/topics/" + topic + "/matrix/" + candidate + "/" + criterion;
		}
		catch (StaleEditException ex) {
			Forms.conflict(model, response, ex, form.withVersion(ex.storedVersion()));
			return page(topic, stored, model);
		}
	}

	private String page(String topicKey, CellRow stored, Model model) {
		TopicRow topic = this.topics.topic(topicKey);
		DecisionMatrix draft = this.publisher.draft(topicKey);
		Cell draftCell = draft.cell(stored.candidate(), stored.criterion()).orElseThrow();
		model.addAttribute("topic", topic);
		model.addAttribute("cell", stored);
		model.addAttribute("draftCell", draftCell);
		model.addAttribute("derivedValue", derivedValue(draftCell));
		model.addAttribute("evidenceGroups", this.scores.evidenceChoices(topicKey, stored.criterion()));
		return CELL;
	}

	/** What the measurements say, to show next to an override (null without data). */
	private static Double derivedValue(Cell cell) {
		if (cell.mode() == CellMode.DERIVED) {
			return cell.score();
		}
		return cell.derivation().isEmpty() ? null : ScoreDerivation.score(cell.derivation());
	}

}
