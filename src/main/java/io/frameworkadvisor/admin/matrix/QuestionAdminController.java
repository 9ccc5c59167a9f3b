package io.frameworkadvisor.admin.matrix;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.frameworkadvisor.admin.StaleEditException;
import io.frameworkadvisor.matrix.KeyTakenException;
import io.frameworkadvisor.matrix.QuestionEditor;
import io.frameworkadvisor.matrix.QuestionEditor.QuestionRow;
import io.frameworkadvisor.matrix.StillReferencedException;
import io.frameworkadvisor.matrix.TopicEditor;
import io.frameworkadvisor.matrix.TopicEditor.TopicRow;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A topic's questions ({@code /admin/topics/{topic}/questions}): the list with every
 * option's weights and must-haves, a new question, each question's form, and a preview of
 * what sample answers would recommend on the draft against the published version. Options
 * are edited by {@link OptionAdminController}.
 */
@Controller
class QuestionAdminController {

	/** Sample answers arrive as {@code a.<question key>=<option key>}. */
	static final String ANSWER_PREFIX = "a.";

	private final TopicEditor topics;

	private final QuestionEditor questions;

	private final DraftPreview preview;

	private final Notices notices;

	QuestionAdminController(TopicEditor topics, QuestionEditor questions, DraftPreview preview, Notices notices) {
		this.topics = topics;
		this.questions = questions;
		this.preview = preview;
		this.notices = notices;
	}

	@GetMapping("/admin/topics/{topic}/questions")
	String list(@PathVariable String topic, @RequestParam Map<String, String> params, Model model) {
		TopicRow row = this.topics.topic(topic);
		model.addAttribute("form", QuestionForm.empty(this.questions.questions(row.id()).size() + 1));
		return listPage(row, params, model);
	}

	private String listPage(TopicRow topic, Map<String, String> params, Model model) {
		Map<String, String> answers = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith(ANSWER_PREFIX) && value != null && !value.isBlank()) {
				answers.put(name.substring(ANSWER_PREFIX.length()), value);
			}
		});
		model.addAttribute("topic", topic);
		model.addAttribute("questions", this.questions.questions(topic.id()));
		model.addAttribute("draftPreview", this.preview.preview(topic.key(), answers));
		return "admin/matrix/questions";
	}

	@PostMapping("/admin/topics/{topic}/questions")
	String create(@PathVariable String topic, @Valid @ModelAttribute("form") QuestionForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		TopicRow row = this.topics.topic(topic);
		if (!result.hasErrors()) {
			try {
				this.questions.createQuestion(topic, form.key(), form.label().strip(), form.helpOrEmpty(),
						form.positionNumber(), principal.getName());
				this.notices.saved(redirect, "admin.matrix.created", form.key());
				return "redirect:/admin/topics/" + topic + "/questions/" + form.key();
			}
			catch (KeyTakenException ex) {
				result.rejectValue("key", "admin.matrix.error.keyTaken");
			}
		}
		return listPage(row, Map.of(), model);
	}

	@GetMapping("/admin/topics/{topic}/questions/{question}")
	String edit(@PathVariable String topic, @PathVariable String question, Model model) {
		TopicRow row = this.topics.topic(topic);
		QuestionRow stored = this.questions.question(row.id(), question);
		model.addAttribute("form", new QuestionForm(stored.key(), stored.label(), stored.help(),
				String.valueOf(stored.position()), stored.version()));
		return page(row, stored, model);
	}

	@PostMapping("/admin/topics/{topic}/questions/{question}")
	String update(@PathVariable String topic, @PathVariable String question,
			@Valid @ModelAttribute("form") QuestionForm form, BindingResult result, Model model, Principal principal,
			RedirectAttributes redirect, HttpServletResponse response) {
		TopicRow row = this.topics.topic(topic);
		QuestionRow stored = this.questions.question(row.id(), question);
		if (result.hasErrors()) {
			return page(row, stored, model);
		}
		try {
			this.questions.updateQuestion(topic, question, form.label().strip(), form.helpOrEmpty(),
					form.positionNumber(), Forms.version(form.version()), principal.getName());
			this.notices.saved(redirect, "admin.matrix.saved");
			return "redirect:/admin/topics/" + topic + "/questions/" + question;
		}
		catch (StaleEditException ex) {
			Forms.conflict(model, response, ex, form.withVersion(ex.storedVersion()));
			return page(row, stored, model);
		}
	}

	@PostMapping("/admin/topics/{topic}/questions/{question}/delete")
	String delete(@PathVariable String topic, @PathVariable String question, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.questions.deleteQuestion(topic, question, principal.getName());
			this.notices.saved(redirect, "admin.matrix.deleted", question);
			return "redirect:/admin/topics/" + topic + "/questions";
		}
		catch (StillReferencedException ex) {
			this.notices.refused(redirect, ex);
			return "redirect:/admin/topics/" + topic + "/questions/" + question;
		}
	}

	private String page(TopicRow topic, QuestionRow stored, Model model) {
		model.addAttribute("topic", topic);
		model.addAttribute("question", stored);
		return "admin/matrix/question";
	}

}
