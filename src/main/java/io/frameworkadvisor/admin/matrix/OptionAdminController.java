package io.frameworkadvisor.admin.matrix;

import java.security.Principal;
import java.util.List;

import io.frameworkadvisor.admin.StaleEditException;
import io.frameworkadvisor.matrix.KeyTakenException;
import io.frameworkadvisor.matrix.QuestionEditor;
import io.frameworkadvisor.matrix.QuestionEditor.OptionRow;
import io.frameworkadvisor.matrix.QuestionEditor.QuestionRow;
import io.frameworkadvisor.matrix.StillReferencedException;
import io.frameworkadvisor.matrix.TopicEditor;
import io.frameworkadvisor.matrix.TopicEditor.PartRow;
import io.frameworkadvisor.matrix.TopicEditor.TopicRow;
import io.frameworkadvisor.matrix.TopicPart;
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
 * One answer option ({@code /admin/topics/{topic}/questions/{question}/options/...}): its
 * label, help, the basis of its weights, a weight per criterion and its must-haves.
 */
@Controller
class OptionAdminController {

	private static final String FORM = "admin/matrix/option";

	private static final String OPTIONS = "/admin/topics/{topic}/questions/{question}/options";

	private final TopicEditor topics;

	private final QuestionEditor questions;

	private final Notices notices;

	OptionAdminController(TopicEditor topics, QuestionEditor questions, Notices notices) {
		this.topics = topics;
		this.questions = questions;
		this.notices = notices;
	}

	@GetMapping(OPTIONS + "/new")
	String newOption(@PathVariable String topic, @PathVariable String question, Model model) {
		TopicRow row = this.topics.topic(topic);
		QuestionRow stored = this.questions.question(row.id(), question);
		OptionForm form = new OptionForm();
		form.setPosition(stored.options().size() + 1);
		model.addAttribute("form", form.withBlankMustHave());
		return page(row, stored, null, model);
	}

	@PostMapping(OPTIONS)
	String create(@PathVariable String topic, @PathVariable String question,
			@Valid @ModelAttribute("form") OptionForm form, BindingResult result, Model model, Principal principal,
			RedirectAttributes redirect) {
		TopicRow row = this.topics.topic(topic);
		QuestionRow stored = this.questions.question(row.id(), question);
		OptionValidation.validate(form, criterionKeys(row), result);
		if (!result.hasErrors()) {
			try {
				this.questions.createOption(topic, question, form.toRow(), principal.getName());
				this.notices.saved(redirect, "admin.matrix.created", form.getKey());
				return "redirect:/admin/topics/" + topic + "/questions/" + question + "/options/" + form.getKey();
			}
			catch (KeyTakenException ex) {
				result.rejectValue("key", "admin.matrix.error.keyTaken");
			}
		}
		form.withBlankMustHave();
		return page(row, stored, null, model);
	}

	@GetMapping(OPTIONS + "/{option}")
	String edit(@PathVariable String topic, @PathVariable String question, @PathVariable String option, Model model) {
		TopicRow row = this.topics.topic(topic);
		OptionRow stored = this.questions.option(row.id(), question, option);
		model.addAttribute("form", OptionForm.of(stored).withBlankMustHave());
		return page(row, this.questions.question(row.id(), question), stored, model);
	}

	@PostMapping(OPTIONS + "/{option}")
	String update(@PathVariable String topic, @PathVariable String question, @PathVariable String option,
			@Valid @ModelAttribute("form") OptionForm form, BindingResult result, Model model, Principal principal,
			RedirectAttributes redirect, HttpServletResponse response) {
		TopicRow row = this.topics.topic(topic);
		QuestionRow storedQuestion = this.questions.question(row.id(), question);
		OptionRow stored = this.questions.option(row.id(), question, option);
		form.setKey(option);
		OptionValidation.validate(form, criterionKeys(row), result);
		if (result.hasErrors()) {
			form.withBlankMustHave();
			return page(row, storedQuestion, stored, model);
		}
		try {
			this.questions.updateOption(topic, question, form.toRow(), principal.getName());
			this.notices.saved(redirect, "admin.matrix.saved");
			return "redirect:/admin/topics/" + topic + "/questions/" + question + "/options/" + option;
		}
		catch (StaleEditException ex) {
			form.setVersion(ex.storedVersion());
			Forms.conflict(model, response, ex, form.withBlankMustHave());
			return page(row, storedQuestion, stored, model);
		}
	}

	@PostMapping(OPTIONS + "/{option}/delete")
	String delete(@PathVariable String topic, @PathVariable String question, @PathVariable String option,
			Principal principal, RedirectAttributes redirect) {
		try {
			this.questions.deleteOption(topic, question, option, principal.getName());
			this.notices.saved(redirect, "admin.matrix.deleted", option);
			return "redirect:/admin/topics/" + topic + "/questions/" + question;
		}
		catch (StillReferencedException ex) {
			this.notices.refused(redirect, ex);
			return "redirect:/admin/topics/" + topic + "/questions/" + question + "/options/" + option;
		}
	}

	private List<String> criterionKeys(TopicRow topic) {
		return this.topics.parts(TopicPart.CRITERION, topic.id()).stream().map(PartRow::key).toList();
	}

	private String page(TopicRow topic, QuestionRow question, OptionRow stored, Model model) {
		model.addAttribute("topic", topic);
		model.addAttribute("question", question);
		model.addAttribute("stored", stored);
		model.addAttribute("criteria", this.topics.parts(TopicPart.CRITERION, topic.id()));
		return FORM;
	}

}
