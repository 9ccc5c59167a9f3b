package io.frameworkadvisor.admin.evidence;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.admin.FormBinding;
import io.frameworkadvisor.admin.StaleEditException;
import io.frameworkadvisor.evidence.Dataset;
import io.frameworkadvisor.evidence.DatasetRepository;
import io.frameworkadvisor.evidence.EvidenceEditException;
import io.frameworkadvisor.evidence.EvidenceInUseException;
import io.frameworkadvisor.evidence.Source;
import io.frameworkadvisor.evidence.SourceEditor;
import io.frameworkadvisor.evidence.SourceNotFoundException;
import io.frameworkadvisor.evidence.SourceRepository;
import io.frameworkadvisor.matrix.Topic;
import io.frameworkadvisor.matrix.TopicNotFoundException;
import io.frameworkadvisor.matrix.TopicRepository;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sources of a topic: list, create, edit, delete. */
@Controller
class SourceAdminController {

	private static final String SOURCE_VIEW = "admin/evidence/source";

	private static final String FORM = "sourceForm";

	private final TopicRepository topics;

	private final SourceRepository sources;

	private final DatasetRepository datasets;

	private final SourceEditor editor;

	SourceAdminController(TopicRepository topics, SourceRepository sources, DatasetRepository datasets,
			SourceEditor editor) {
		this.topics = topics;
		this.sources = sources;
		this.datasets = datasets;
		this.editor = editor;
	}

	/** Sources with their datasets, in two queries. */
	@GetMapping("/admin/topics/{topic}/sources")
	String sources(@PathVariable String topic, Model model) {
		Topic found = topic(topic);
		Map<Long, List<Dataset>> bySource = new LinkedHashMap<>();
		this.datasets.findByTopicWithSource(found)
			.forEach(dataset -> bySource.computeIfAbsent(dataset.getSource().getId(), id -> new ArrayList<>())
				.add(dataset));
		model.addAttribute("topic", found);
		model.addAttribute("sources",
				this.sources.findByTopicOrderByTitle(found)
					.stream()
					.map(source -> new SourceRow(source, bySource.getOrDefault(source.getId(), List.of())))
					.toList());
		return "admin/evidence/sources";
	}

	@GetMapping("/admin/topics/{topic}/sources/new")
	String newSource(@PathVariable String topic, Model model) {
		model.addAttribute("topic", topic(topic));
		model.addAttribute(FORM, SourceForm.empty());
		return SOURCE_VIEW;
	}

	@PostMapping("/admin/topics/{topic}/sources")
	String create(@PathVariable String topic, @Valid @ModelAttribute(FORM) SourceForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		model.addAttribute("topic", topic(topic));
		if (FormBinding.isBound(result) && (form.key() == null || form.key().isBlank())) {
			result.rejectValue("key", "evidence.form.required");
		}
		checkDate(form, result);
		if (result.hasErrors()) {
			return SOURCE_VIEW;
		}
		try {
			this.editor.create(topic, form.key(), form.toDetails(), principal.getName());
		}
		catch (EvidenceEditException ex) {
			Notice.reject(result, ex);
			return SOURCE_VIEW;
		}
		Notice.saved(redirect, "evidence.source.created", form.key());
		redirect.addAttribute("key", form.key());
		return "redirect:/admin/sources/{key}";
	}

	@GetMapping("/admin/sources/{key}")
	String edit(@PathVariable String key, Model model) {
		Source source = addSourceModel(key, model);
		model.addAttribute(FORM, SourceForm.of(source));
		return SOURCE_VIEW;
	}

	@PostMapping("/admin/sources/{key}")
	String update(@PathVariable String key, @Valid @ModelAttribute(FORM) SourceForm form, BindingResult result,
			Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		checkDate(form, result);
		if (result.hasErrors()) {
			addSourceModel(key, model);
			return SOURCE_VIEW;
		}
		try {
			this.editor.update(key, (form.version() != null) ? form.version() : -1, form.toDetails(),
					principal.getName());
		}
		catch (StaleEditException ex) {
			return conflict(ex, key, form, model, response);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(this.editor.stale(key), key, form, model, response);
		}
		Notice.saved(redirect, "evidence.source.saved", key);
		return "redirect:/admin/sources/{key}";
	}

	@PostMapping("/admin/sources/{key}/delete")
	String delete(@PathVariable String key, Principal principal, RedirectAttributes redirect) {
		Source source = this.sources.findByKeyWithTopic(key).orElseThrow(() -> new SourceNotFoundException(key));
		try {
			this.editor.delete(key, principal.getName());
		}
		catch (EvidenceInUseException ex) {
			Notice.refused(redirect, ex);
			return "redirect:/admin/sources/{key}";
		}
		Notice.saved(redirect, "evidence.source.deleted", key);
		redirect.addAttribute("topic", source.getTopic().getKey());
		return "redirect:/admin/topics/{topic}/sources";
	}

	private String conflict(StaleEditException ex, String key, SourceForm form, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		addSourceModel(key, model);
		model.addAttribute(FORM, form.withVersion(ex.storedVersion()));
		model.addAttribute("conflict", Conflicts.differing(ex, form.fields()));
		return SOURCE_VIEW;
	}

	private Source addSourceModel(String key, Model model) {
		Source source = this.sources.findByKeyWithTopic(key).orElseThrow(() -> new SourceNotFoundException(key));
		model.addAttribute("source", source);
		model.addAttribute("topic", source.getTopic());
		model.addAttribute("datasets",
				this.datasets.findByTopicWithSource(source.getTopic())
					.stream()
					.filter(dataset -> dataset.getSource().getId().equals(source.getId()))
					.toList());
		return source;
	}

	private static void checkDate(SourceForm form, BindingResult result) {
		if (FormBinding.isBound(result) && !result.hasFieldErrors("publishedOn")
				&& SourceForm.blankToNull(form.publishedOn()) != null) {
			try {
				LocalDate.parse(form.publishedOn().strip());
			}
			catch (DateTimeParseException ex) {
				result.rejectValue("publishedOn", "evidence.form.date");
			}
		}
	}

	/** A source and its datasets, for the list. */
	record SourceRow(Source source, List<Dataset> datasets) {
	}

	private Topic topic(String key) {
		return this.topics.findByKey(key).orElseThrow(() -> new TopicNotFoundException(key));
	}

}
