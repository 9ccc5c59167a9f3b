package io.frameworkadvisor.admin.evidence;

import java.security.Principal;

import io.frameworkadvisor.admin.StaleEditException;
import io.frameworkadvisor.evidence.Dataset;
import io.frameworkadvisor.evidence.DatasetNotFoundException;
import io.frameworkadvisor.evidence.DatasetRepository;
import io.frameworkadvisor.evidence.EvidenceEditException;
import io.frameworkadvisor.evidence.EvidenceInUseException;
import io.frameworkadvisor.evidence.MeasurementEditor;
import io.frameworkadvisor.matrix.CandidateRepository;
import io.frameworkadvisor.matrix.MetricRepository;
import io.frameworkadvisor.matrix.Unit;
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

/**
 * The measurements of a dataset: add, edit, delete. Every change leads to the topic's
 * draft, which shows the derived scores it changes.
 */
@Controller
class MeasurementAdminController {

	private static final String VIEW = "admin/evidence/measurement";

	private static final String FORM = "measurementForm";

	private final DatasetRepository datasets;

	private final CandidateRepository candidates;

	private final MetricRepository metrics;

	private final MeasurementEditor editor;

	MeasurementAdminController(DatasetRepository datasets, CandidateRepository candidates, MetricRepository metrics,
			MeasurementEditor editor) {
		this.datasets = datasets;
		this.candidates = candidates;
		this.metrics = metrics;
		this.editor = editor;
	}

	@GetMapping("/admin/datasets/{slug}/measurements/new")
	String newMeasurement(@PathVariable String slug, Model model) {
		addModel(slug, null, model);
		model.addAttribute(FORM, MeasurementForm.empty());
		return VIEW;
	}

	@PostMapping("/admin/datasets/{slug}/measurements")
	String add(@PathVariable String slug, @Valid @ModelAttribute(FORM) MeasurementForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		Dataset dataset = addModel(slug, null, model);
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			long id = this.editor.add(slug, form.toInput(), principal.getName());
			Notice.measurementsChanged(redirect, dataset.getSource().getTopic().getKey(),
					"evidence.measurement.created", String.valueOf(id));
			return "redirect:/admin/datasets/{slug}";
		}
		catch (EvidenceEditException ex) {
			Notice.reject(result, ex);
			return VIEW;
		}
	}

	@GetMapping("/admin/datasets/{slug}/measurements/{id}")
	String edit(@PathVariable String slug, @PathVariable long id, Model model) {
		addModel(slug, id, model);
		model.addAttribute(FORM, MeasurementForm.of(this.editor.read(slug, id)));
		return VIEW;
	}

	@PostMapping("/admin/datasets/{slug}/measurements/{id}")
	String update(@PathVariable String slug, @PathVariable long id, @Valid @ModelAttribute(FORM) MeasurementForm form,
			BindingResult result, Principal principal, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Dataset dataset = addModel(slug, id, model);
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.editor.update(slug, id, (form.version() != null) ? form.version() : -1, form.toInput(),
					principal.getName());
		}
		catch (StaleEditException ex) {
			return conflict(ex, form, model, response);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(this.editor.stale(slug, id), form, model, response);
		}
		catch (EvidenceEditException ex) {
			Notice.reject(result, ex);
			return VIEW;
		}
		Notice.measurementsChanged(redirect, dataset.getSource().getTopic().getKey(), "evidence.measurement.saved",
				String.valueOf(id));
		return "redirect:/admin/datasets/{slug}";
	}

	@PostMapping("/admin/datasets/{slug}/measurements/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable long id, Principal principal, RedirectAttributes redirect) {
		Dataset dataset = dataset(slug);
		try {
			this.editor.delete(slug, id, principal.getName());
		}
		catch (EvidenceInUseException ex) {
			Notice.refused(redirect, ex);
			return "redirect:/admin/datasets/{slug}";
		}
		Notice.measurementsChanged(redirect, dataset.getSource().getTopic().getKey(), "evidence.measurement.deleted",
				String.valueOf(id));
		return "redirect:/admin/datasets/{slug}";
	}

	private String conflict(StaleEditException ex, MeasurementForm form, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute(FORM, form.withVersion(ex.storedVersion()));
		model.addAttribute("conflict", Conflicts.differing(ex, form.fields()));
		return VIEW;
	}

	private Dataset addModel(String slug, Long id, Model model) {
		Dataset dataset = dataset(slug);
		model.addAttribute("dataset", dataset);
		model.addAttribute("topic", dataset.getSource().getTopic());
		model.addAttribute("measurementId", id);
		model.addAttribute("candidates",
				this.candidates.findByTopicOrderByPositionAscKeyAsc(dataset.getSource().getTopic()));
		model.addAttribute("metrics", this.metrics.findByTopicOrderByPositionAscKeyAsc(dataset.getSource().getTopic()));
		model.addAttribute("units", java.util.Arrays.stream(Unit.values()).map(Unit::symbol).toList());
		return dataset;
	}

	private Dataset dataset(String slug) {
		return this.datasets.findBySlugWithSource(slug).orElseThrow(() -> new DatasetNotFoundException(slug));
	}

}
