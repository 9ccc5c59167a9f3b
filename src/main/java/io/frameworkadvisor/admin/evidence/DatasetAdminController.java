package io.frameworkadvisor.admin.evidence;

import java.security.Principal;
import java.util.List;

import io.frameworkadvisor.admin.FormBinding;
import io.frameworkadvisor.admin.StaleEditException;
import io.frameworkadvisor.evidence.Dataset;
import io.frameworkadvisor.evidence.DatasetEditor;
import io.frameworkadvisor.evidence.DatasetNotFoundException;
import io.frameworkadvisor.evidence.DatasetRepository;
import io.frameworkadvisor.evidence.EvidenceEditException;
import io.frameworkadvisor.evidence.EvidenceInUseException;
import io.frameworkadvisor.evidence.Measurement;
import io.frameworkadvisor.evidence.MeasurementRepository;
import io.frameworkadvisor.evidence.Source;
import io.frameworkadvisor.evidence.SourceNotFoundException;
import io.frameworkadvisor.evidence.SourceRepository;
import io.frameworkadvisor.matrix.Candidate;
import io.frameworkadvisor.matrix.CandidateRepository;
import io.frameworkadvisor.matrix.Topic;
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
 * A dataset: its methodology and stacks (form) and its measurements (list with links to
 * their forms); creating one under a source; deleting one.
 */
@Controller
class DatasetAdminController {

	private static final String DATASET_VIEW = "admin/evidence/dataset";

	private static final String FORM = "datasetForm";

	private final SourceRepository sources;

	private final DatasetRepository datasets;

	private final MeasurementRepository measurements;

	private final CandidateRepository candidates;

	private final DatasetEditor editor;

	DatasetAdminController(SourceRepository sources, DatasetRepository datasets, MeasurementRepository measurements,
			CandidateRepository candidates, DatasetEditor editor) {
		this.sources = sources;
		this.datasets = datasets;
		this.measurements = measurements;
		this.candidates = candidates;
		this.editor = editor;
	}

	@GetMapping("/admin/sources/{key}/datasets/new")
	String newDataset(@PathVariable String key, Model model) {
		addNewModel(key, model);
		model.addAttribute(FORM, DatasetForm.empty());
		return DATASET_VIEW;
	}

	@PostMapping("/admin/sources/{key}/datasets")
	String create(@PathVariable String key, @Valid @ModelAttribute(FORM) DatasetForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (FormBinding.isBound(result) && (form.slug() == null || form.slug().isBlank())) {
			result.rejectValue("slug", "evidence.form.required");
		}
		if (!result.hasErrors()) {
			try {
				this.editor.create(key, form.slug(), form.toMethodology(), form.stacksOrEmpty(), principal.getName());
				Notice.saved(redirect, "evidence.dataset.created", form.slug());
				redirect.addAttribute("slug", form.slug());
				return "redirect:/admin/datasets/{slug}";
			}
			catch (EvidenceEditException ex) {
				Notice.reject(result, ex);
			}
		}
		addNewModel(key, model);
		return DATASET_VIEW;
	}

	@GetMapping("/admin/datasets/{slug}")
	String edit(@PathVariable String slug, Model model) {
		Dataset dataset = addDatasetModel(slug, model);
		model.addAttribute(FORM, DatasetForm.of(dataset, this.editor.stacks(slug)));
		return DATASET_VIEW;
	}

	@PostMapping("/admin/datasets/{slug}")
	String update(@PathVariable String slug, @Valid @ModelAttribute(FORM) DatasetForm form, BindingResult result,
			Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			addDatasetModel(slug, model);
			return DATASET_VIEW;
		}
		try {
			this.editor.update(slug, (form.version() != null) ? form.version() : -1, form.toMethodology(),
					form.stacksOrEmpty(), principal.getName());
		}
		catch (StaleEditException ex) {
			return conflict(ex, slug, form, model, response);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(this.editor.stale(slug), slug, form, model, response);
		}
		Notice.saved(redirect, "evidence.dataset.saved", slug);
		return "redirect:/admin/datasets/{slug}";
	}

	@PostMapping("/admin/datasets/{slug}/delete")
	String delete(@PathVariable String slug, Principal principal, RedirectAttributes redirect) {
		Dataset dataset = this.datasets.findBySlugWithSource(slug)
			.orElseThrow(() -> new DatasetNotFoundException(slug));
		try {
			this.editor.delete(slug, principal.getName());
		}
		catch (EvidenceInUseException ex) {
			Notice.refused(redirect, ex);
			return "redirect:/admin/datasets/{slug}";
		}
		Notice.measurementsChanged(redirect, dataset.getSource().getTopic().getKey(), "evidence.dataset.deleted", slug);
		redirect.addAttribute("key", dataset.getSource().getKey());
		return "redirect:/admin/sources/{key}";
	}

	private String conflict(StaleEditException ex, String slug, DatasetForm form, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		addDatasetModel(slug, model);
		model.addAttribute(FORM, form.withVersion(ex.storedVersion()));
		model.addAttribute("conflict", Conflicts.differing(ex, form.fields()));
		return DATASET_VIEW;
	}

	private void addNewModel(String sourceKey, Model model) {
		Source source = this.sources.findByKeyWithTopic(sourceKey)
			.orElseThrow(() -> new SourceNotFoundException(sourceKey));
		model.addAttribute("source", source);
		model.addAttribute("topic", source.getTopic());
		model.addAttribute("candidates", candidates(source.getTopic()));
	}

	private Dataset addDatasetModel(String slug, Model model) {
		Dataset dataset = this.datasets.findBySlugWithSource(slug)
			.orElseThrow(() -> new DatasetNotFoundException(slug));
		model.addAttribute("dataset", dataset);
		model.addAttribute("source", dataset.getSource());
		model.addAttribute("topic", dataset.getSource().getTopic());
		model.addAttribute("candidates", candidates(dataset.getSource().getTopic()));
		List<Measurement> rows = this.measurements.findByDatasetsWithCandidateAndMetric(List.of(dataset));
		model.addAttribute("measurements", rows);
		return dataset;
	}

	private List<Candidate> candidates(Topic topic) {
		return this.candidates.findByTopicOrderByPositionAscKeyAsc(topic);
	}

}
