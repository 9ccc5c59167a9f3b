package io.frameworkadvisor.admin.matrix;

import java.security.Principal;

import io.frameworkadvisor.admin.FormBinding;
import io.frameworkadvisor.admin.StaleEditException;
import io.frameworkadvisor.matrix.KeyTakenException;
import io.frameworkadvisor.matrix.MetricEditor;
import io.frameworkadvisor.matrix.MetricEditor.MetricRow;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A topic's metrics ({@code /admin/topics/{topic}/metrics/...}): create, edit, delete.
 * The unit of a metric with measurements stays, since its measurements are converted to
 * it.
 */
@Controller
class MetricAdminController {

	private static final String FORM = "admin/matrix/metric";

	private final TopicEditor topics;

	private final MetricEditor metrics;

	private final Notices notices;

	MetricAdminController(TopicEditor topics, MetricEditor metrics, Notices notices) {
		this.topics = topics;
		this.metrics = metrics;
		this.notices = notices;
	}

	@GetMapping("/admin/topics/{topic}/metrics/new")
	String newMetric(@PathVariable String topic, Model model) {
		TopicRow row = this.topics.topic(topic);
		model.addAttribute("form", MetricForm.empty(this.metrics.metrics(row.id()).size() + 1));
		return page(row, null, model);
	}

	@PostMapping("/admin/topics/{topic}/metrics")
	String create(@PathVariable String topic, @Valid @ModelAttribute("form") MetricForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		TopicRow row = this.topics.topic(topic);
		if (!result.hasErrors()) {
			try {
				this.metrics.createMetric(topic, form.toRow(), principal.getName());
				this.notices.saved(redirect, "admin.matrix.created", form.key());
				return "redirect:/admin/topics/" + topic;
			}
			catch (KeyTakenException ex) {
				result.rejectValue("key", "admin.matrix.error.keyTaken");
			}
		}
		return page(row, null, model);
	}

	@GetMapping("/admin/topics/{topic}/metrics/{key}")
	String edit(@PathVariable String topic, @PathVariable String key, Model model) {
		TopicRow row = this.topics.topic(topic);
		MetricRow stored = this.metrics.metric(row.id(), key);
		model.addAttribute("form", MetricForm.of(stored));
		return page(row, stored, model);
	}

	@PostMapping("/admin/topics/{topic}/metrics/{key}")
	String update(@PathVariable String topic, @PathVariable String key, @Valid @ModelAttribute("form") MetricForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect,
			HttpServletResponse response) {
		TopicRow row = this.topics.topic(topic);
		MetricRow stored = this.metrics.metric(row.id(), key);
		if (FormBinding.isBound(result) && stored.measurements() > 0 && !stored.unit().equals(form.unit())) {
			result.rejectValue("unit", "admin.matrix.error.unitInUse", new Object[] { stored.measurements() }, null);
		}
		if (result.hasErrors()) {
			return page(row, stored, model);
		}
		MetricForm edited = new MetricForm(key, form.name().strip(), form.unit(), form.better(), form.statistic(),
				form.position(), form.version());
		try {
			this.metrics.updateMetric(topic, edited.toRow(), principal.getName());
			this.notices.saved(redirect, "admin.matrix.saved");
			return "redirect:/admin/topics/" + topic + "/metrics/" + key;
		}
		catch (StaleEditException ex) {
			Forms.conflict(model, response, ex, edited.withVersion(ex.storedVersion()));
			return page(row, stored, model);
		}
	}

	@PostMapping("/admin/topics/{topic}/metrics/{key}/delete")
	String delete(@PathVariable String topic, @PathVariable String key, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.metrics.deleteMetric(topic, key, principal.getName());
			this.notices.saved(redirect, "admin.matrix.deleted", key);
			return "redirect:/admin/topics/" + topic;
		}
		catch (StillReferencedException ex) {
			this.notices.refused(redirect, ex);
			return "redirect:/admin/topics/" + topic + "/metrics/" + key;
		}
	}

	private String page(TopicRow topic, MetricRow stored, Model model) {
		model.addAttribute("topic", topic);
		model.addAttribute("stored", stored);
		model.addAttribute("units", MetricForm.UNITS);
		model.addAttribute("statistics", MetricForm.STATISTICS);
		return FORM;
	}

}
