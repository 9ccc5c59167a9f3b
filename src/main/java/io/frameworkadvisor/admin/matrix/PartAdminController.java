package io.frameworkadvisor.admin.matrix;

import java.security.Principal;

import io.frameworkadvisor.admin.FormBinding;
import io.frameworkadvisor.admin.StaleEditException;
import io.frameworkadvisor.matrix.KeyTakenException;
import io.frameworkadvisor.matrix.Keys;
import io.frameworkadvisor.matrix.MetricEditor;
import io.frameworkadvisor.matrix.MetricEditor.Link;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A topic's candidates and criteria ({@code /admin/topics/{topic}/candidates/...} and
 * {@code .../criteria/...}): create, edit, delete; and, on a criterion, the metrics its
 * derived scores come from.
 */
@Controller
class PartAdminController {

	private static final String FORM = "admin/matrix/part";

	private static final String PARTS = "/admin/topics/{topic}/{part:candidates|criteria}";

	private final TopicEditor topics;

	private final MetricEditor metrics;

	private final Notices notices;

	PartAdminController(TopicEditor topics, MetricEditor metrics, Notices notices) {
		this.topics = topics;
		this.metrics = metrics;
		this.notices = notices;
	}

	@GetMapping(PARTS + "/new")
	String newPart(@PathVariable String topic, @PathVariable String part, Model model) {
		TopicRow row = this.topics.topic(topic);
		TopicPart kind = TopicPart.fromPath(part);
		model.addAttribute("form", PartForm.empty(this.topics.parts(kind, row.id()).size() + 1));
		return page(row, kind, null, model);
	}

	@PostMapping(PARTS)
	String create(@PathVariable String topic, @PathVariable String part, @Valid @ModelAttribute("form") PartForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		TopicRow row = this.topics.topic(topic);
		TopicPart kind = TopicPart.fromPath(part);
		checkName(kind, form, result);
		if (!result.hasErrors()) {
			try {
				this.topics.createPart(kind, topic, form.key(), form.name().strip(), form.descriptionOrEmpty(),
						form.positionNumber(), principal.getName());
				this.notices.saved(redirect, "admin.matrix.created", form.key());
				return "redirect:/admin/topics/" + topic;
			}
			catch (KeyTakenException ex) {
				result.rejectValue("key", "admin.matrix.error.keyTaken");
			}
		}
		return page(row, kind, null, model);
	}

	@GetMapping(PARTS + "/{key}")
	String edit(@PathVariable String topic, @PathVariable String part, @PathVariable String key, Model model) {
		TopicRow row = this.topics.topic(topic);
		TopicPart kind = TopicPart.fromPath(part);
		PartRow stored = this.topics.part(kind, row.id(), key);
		model.addAttribute("form", new PartForm(stored.key(), stored.name(), stored.description(),
				String.valueOf(stored.position()), stored.version()));
		return page(row, kind, stored, model);
	}

	@PostMapping(PARTS + "/{key}")
	String update(@PathVariable String topic, @PathVariable String part, @PathVariable String key,
			@Valid @ModelAttribute("form") PartForm form, BindingResult result, Model model, Principal principal,
			RedirectAttributes redirect, HttpServletResponse response) {
		TopicRow row = this.topics.topic(topic);
		TopicPart kind = TopicPart.fromPath(part);
		PartRow stored = this.topics.part(kind, row.id(), key);
		checkName(kind, form, result);
		if (result.hasErrors()) {
			return page(row, kind, stored, model);
		}
		try {
			this.topics.updatePart(kind, topic, key, form.name().strip(), form.descriptionOrEmpty(),
					form.positionNumber(), Forms.version(form.version()), principal.getName());
			this.notices.saved(redirect, "admin.matrix.saved");
			return "redirect:/admin/topics/" + topic + "/" + part + "/" + key;
		}
		catch (StaleEditException ex) {
			Forms.conflict(model, response, ex, form.withVersion(ex.storedVersion()));
			return page(row, kind, stored, model);
		}
	}

	@PostMapping(PARTS + "/{key}/delete")
	String delete(@PathVariable String topic, @PathVariable String part, @PathVariable String key, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.topics.deletePart(TopicPart.fromPath(part), topic, key, principal.getName());
			this.notices.saved(redirect, "admin.matrix.deleted", key);
			return "redirect:/admin/topics/" + topic;
		}
		catch (StillReferencedException ex) {
			this.notices.refused(redirect, ex);
			return "redirect:/admin/topics/" + topic + "/" + part + "/" + key;
		}
	}

	/** Adds ({@code add=true}) or removes a metric a criterion's scores derive from. */
	@PostMapping("/admin/topics/{topic}/criteria/{key}/links")
	String link(@PathVariable String topic, @PathVariable String key, @RequestParam String metric,
			@RequestParam(required = false) String scenario, @RequestParam boolean add, @RequestParam long version,
			Principal principal, RedirectAttributes redirect, Model model, HttpServletResponse response) {
		// the path variables as URI template variables: expanded and encoded, whatever
		// the path held
		String redirectTo = "redirect:/admin/topics/{topic}/criteria/{key}";
		String scenarioOrNull = (scenario != null && !scenario.isBlank()) ? scenario.strip() : null;
		if (scenarioOrNull != null && !Keys.isIdentifier(scenarioOrNull)) {
			this.notices.failed(redirect, "admin.matrix.link.badScenario", scenarioOrNull);
			return redirectTo;
		}
		try {
			this.metrics.changeLink(topic, new Link(key, metric, scenarioOrNull), add, version, principal.getName());
			this.notices.saved(redirect, "admin.matrix.saved");
			return redirectTo;
		}
		catch (StillReferencedException ex) {
			this.notices.refused(redirect, ex);
			return redirectTo;
		}
		catch (StaleEditException ex) {
			TopicRow row = this.topics.topic(topic);
			PartRow stored = this.topics.part(TopicPart.CRITERION, row.id(), key);
			Forms.conflict(model, response, ex, new PartForm(stored.key(), stored.name(), stored.description(),
					String.valueOf(stored.position()), stored.version()));
			return page(row, TopicPart.CRITERION, stored, model);
		}
	}

	private static void checkName(TopicPart kind, PartForm form, BindingResult result) {
		if (FormBinding.isBound(result) && kind == TopicPart.CANDIDATE && form.name() != null
				&& form.name().strip().length() > 100) {
			result.rejectValue("name", "admin.matrix.error.tooLong");
		}
	}

	private String page(TopicRow topic, TopicPart kind, PartRow stored, Model model) {
		model.addAttribute("topic", topic);
		model.addAttribute("kind", kind.table());
		model.addAttribute("path", kind.path());
		model.addAttribute("stored", stored);
		if (kind == TopicPart.CRITERION && stored != null) {
			model.addAttribute("links",
					this.metrics.links(topic.id()).stream().filter(l -> l.criterion().equals(stored.key())).toList());
			model.addAttribute("metrics", this.metrics.metrics(topic.id()));
		}
		return FORM;
	}

}
