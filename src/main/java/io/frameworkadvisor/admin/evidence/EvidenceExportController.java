package io.frameworkadvisor.admin.evidence;

import java.nio.charset.StandardCharsets;

import io.frameworkadvisor.evidence.EvidenceExporter;
import io.frameworkadvisor.evidence.TopicTransfer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads in the import formats (signed-in editors only, like everything under
 * {@code /admin}): a dataset as a source file (JSON) or as measurement CSV, a whole topic
 * as one JSON document. Each imports again unchanged.
 */
@Controller
class EvidenceExportController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final EvidenceExporter exporter;

	private final TopicTransfer topicTransfer;

	private final JsonMapper jsonMapper;

	EvidenceExportController(EvidenceExporter exporter, TopicTransfer topicTransfer, JsonMapper jsonMapper) {
		this.exporter = exporter;
		this.topicTransfer = topicTransfer;
		this.jsonMapper = jsonMapper;
	}

	@GetMapping("/admin/datasets/{slug}/export.json")
	ResponseEntity<String> datasetJson(@PathVariable String slug) {
		return download(slug + ".json", MediaType.APPLICATION_JSON, json(this.exporter.datasetFile(slug)));
	}

	@GetMapping("/admin/datasets/{slug}/export.csv")
	ResponseEntity<String> datasetCsv(@PathVariable String slug) {
		return download(slug + ".csv", CSV, this.exporter.datasetCsv(slug));
	}

	@GetMapping("/admin/topics/{topic}/export")
	ResponseEntity<String> topic(@PathVariable String topic) {
		return download(topic + "-export.json", MediaType.APPLICATION_JSON, json(this.topicTransfer.export(topic)));
	}

	private String json(Object value) {
		return this.jsonMapper.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
	}

	private static ResponseEntity<String> download(String fileName, MediaType type, String body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
