package io.frameworkadvisor.admin.matrix;

import java.security.Principal;

import io.frameworkadvisor.admin.StaleEditException;
import io.frameworkadvisor.matrix.KeyTakenException;
import io.frameworkadvisor.matrix.MetricEditor;
import io.frameworkadvisor.matrix.TopicEditor;
import io.frameworkadvisor.matrix.TopicEditor.TopicRow;
import io.frameworkadvisor.matrix.TopicPart;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /admin/topics}: the topics, a new topic from scratch, and each topic's overview
 * (its name and description, candidates, criteria, metrics, derivation links, and the
 * ways to the grid, the questions, the evidence and the draft).
 */
@Controller
class TopicAdminController {

	private static final String LIST = "admin/matrix/topics";

	private static final String OVERVIEW = "admin/matrix/topic";

	private final TopicEditor topics;

	private final MetricEditor metrics;

	private final Notices notices;

	TopicAdminController(TopicEditor topics, MetricEditor metrics, Notices notices) {
		this.topics = topics;
		this.metrics = metrics;
		this.notices = notices;
	}

	@GetMapping("/admin/topics")
	String list(Model model) {
		model.addAttribute("form", TopicForm.empty());
		return listPage(model);
	}

	private String listPage(Model model) {
		model.addAttribute("topics", this.topics.topics());
		return LIST;
	}

	@PostMapping("/admin/topics")
	String create(@Valid @ModelAttribute("form") TopicForm form, BindingResult result, Model model, Principal principal,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.topics.createTopic(form.key(), form.name().strip(), form.descriptionOrEmpty(),
						principal.getName());
				this.notices.saved(redirect, "admin.matrix.topic.created", form.key());
				return "redirect:/admin/topics/" + form.key();
			}
			catch (KeyTakenException ex) {
				result.rejectValue("key", "admin.matrix.error.keyTaken");
			}
		}
		return listPage(model);
	}

	@GetMapping("/admin/topics/{topic}")
	String overview(@PathVariable String topic, Model model) {
		TopicRow row = this.topics.topic(topic);
		model.addAttribute("form", new TopicForm(row.key(), row.name(), row.description(), row.version()));
		return overview(row, model);
	}

	private String overview(TopicRow row, Model model) {
		model.addAttribute("topic", row);
		model.addAttribute("candidates", this.topics.parts(TopicPart.CANDIDATE, row.id()));
		model.addAttribute("criteria", this.topics.parts(TopicPart.CRITERION, row.id()));
		model.addAttribute("metrics", this.metrics.metrics(row.id()));
		model.addAttribute("links", this.metrics.links(row.id()));
		return OVERVIEW;
	}

	@PostMapping("/admin/topics/{topic}")
	String update(@PathVariable String topic, @Valid @ModelAttribute("form") TopicForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect, HttpServletResponse response) {
		TopicRow row = this.topics.topic(topic);
		if (result.hasErrors()) {
			return overview(row, model);
		}
		try {
			// the key travels in a hidden field for validation only: it never changes
			this.topics.updateTopic(topic, form.name().strip(), form.descriptionOrEmpty(),
					Forms.version(form.version()), principal.getName());
			this.notices.saved(redirect, "admin.matrix.saved");
			return "redirect:/admin/topics/" + topic;
		}
		catch (StaleEditException ex) {
			Forms.conflict(model, response, ex, form.withVersion(ex.storedVersion()));
			return overview(row, model);
		}
	}

}
