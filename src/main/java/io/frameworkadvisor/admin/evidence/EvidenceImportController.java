package io.frameworkadvisor.admin.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;

import io.frameworkadvisor.evidence.DatasetRepository;
import io.frameworkadvisor.evidence.EvidenceImporter;
import io.frameworkadvisor.evidence.ImportFiles;
import io.frameworkadvisor.evidence.ImportRejectedException;
import io.frameworkadvisor.evidence.MeasurementCsv;
import io.frameworkadvisor.evidence.MeasurementImporter;
import io.frameworkadvisor.evidence.TopicTransfer;
import io.frameworkadvisor.matrix.Topic;
import io.frameworkadvisor.matrix.TopicNotFoundException;
import io.frameworkadvisor.matrix.TopicRepository;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports files: measurements (CSV) into a dataset or a whole source (JSON, the seed
 * format) into a topic, and a whole topic export into this install. A file with any
 * problem stores nothing; the page is shown again with status 422 and every problem with
 * its line.
 */
@Controller
class EvidenceImportController {

	private static final String TOPIC_IMPORT = "admin/evidence/import";

	private static final String INSTALL_IMPORT = "admin/evidence/import-topic";

	private final TopicRepository topics;

	private final DatasetRepository datasets;

	private final MeasurementImporter measurementImporter;

	private final EvidenceImporter evidenceImporter;

	private final TopicTransfer topicTransfer;

	EvidenceImportController(TopicRepository topics, DatasetRepository datasets,
			MeasurementImporter measurementImporter, EvidenceImporter evidenceImporter, TopicTransfer topicTransfer) {
		this.topics = topics;
		this.datasets = datasets;
		this.measurementImporter = measurementImporter;
		this.evidenceImporter = evidenceImporter;
		this.topicTransfer = topicTransfer;
	}

	@GetMapping("/admin/topics/{topic}/import")
	String importPage(@PathVariable String topic, Model model) {
		addTopicModel(topic, null, model);
		return TOPIC_IMPORT;
	}

	@PostMapping(path = "/admin/topics/{topic}/import/csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String importCsv(@PathVariable String topic, @RequestParam(defaultValue = "") String dataset,
			@RequestParam("file") MultipartFile file, Principal principal, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			int count = this.measurementImporter.importCsv(topic, dataset, fileName(file), bytes(file),
					principal.getName());
			redirect.addFlashAttribute("imported", new Imported("csv", dataset, count));
			return "redirect:/admin/topics/{topic}/import";
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("chosenDataset", dataset);
			addTopicModel(topic, new Rejected("csv", ex), model);
			return TOPIC_IMPORT;
		}
	}

	@PostMapping(path = "/admin/topics/{topic}/import/json", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String importJson(@PathVariable String topic, @RequestParam("file") MultipartFile file, Principal principal,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Topic found = topic(topic);
		try {
			EvidenceImporter.ImportSummary summary = this.evidenceImporter.importSourceFile(found.getKey(),
					fileName(file), bytes(file), principal.getName());
			redirect.addFlashAttribute("imported", new Imported("json", summary.sourceKey(), summary.measurements()));
			return "redirect:/admin/topics/{topic}/import";
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			addTopicModel(topic, new Rejected("json", ex), model);
			return TOPIC_IMPORT;
		}
	}

	@GetMapping("/admin/import")
	String installImportPage() {
		return INSTALL_IMPORT;
	}

	@PostMapping(path = "/admin/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String importTopic(@RequestParam("file") MultipartFile file, Principal principal, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			TopicTransfer.ImportedTopic imported = this.topicTransfer.importTopic(fileName(file), bytes(file),
					principal.getName());
			redirect.addFlashAttribute("importedTopic", imported);
			return "redirect:/admin/import";
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("rejected", new Rejected("topic", ex));
			return INSTALL_IMPORT;
		}
	}

	private void addTopicModel(String topicKey, Rejected rejected, Model model) {
		Topic topic = topic(topicKey);
		model.addAttribute("topic", topic);
		model.addAttribute("datasets", this.datasets.findByTopicWithSource(topic));
		model.addAttribute("columns", String.join(",", MeasurementCsv.COLUMNS));
		model.addAttribute("requiredColumns", String.join(", ", MeasurementCsv.REQUIRED));
		model.addAttribute("limitMegabytes", ImportFiles.MAX_FILE_BYTES / 1024 / 1024);
		model.addAttribute("rejected", rejected);
	}

	private Topic topic(String key) {
		return this.topics.findByKey(key).orElseThrow(() -> new TopicNotFoundException(key));
	}

	/**
	 * The name the browser gave the file, for the messages and the audit log, without
	 * control characters: a NUL cannot be stored, a line break only garbles.
	 */
	private static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		return (name != null) ? name.replaceAll("\\p{Cntrl}", "_") : "";
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What was imported, for the flash message. */
	record Imported(String format, String into, int measurements) {
	}

	/** A file that was not imported, and why. */
	record Rejected(String format, String fileName, List<io.frameworkadvisor.evidence.ImportProblem> problems) {

		Rejected(String format, ImportRejectedException ex) {
			this(format, ex.fileName(), ex.problems());
		}

	}

}
