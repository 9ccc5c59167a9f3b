package io.frameworkadvisor.evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.frameworkadvisor.admin.AuditLog;
import io.frameworkadvisor.evidence.SourceFileValidator.TopicCatalog;
import io.frameworkadvisor.matrix.MatrixFile;
import io.frameworkadvisor.matrix.MatrixImporter;
import io.frameworkadvisor.matrix.Topic;
import io.frameworkadvisor.matrix.TopicFile;
import io.frameworkadvisor.matrix.TopicImporter;
import io.frameworkadvisor.matrix.TopicNotFoundException;
import io.frameworkadvisor.matrix.TopicRepository;
import io.frameworkadvisor.matrix.Unit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a whole topic as a {@link TopicExport} and imports one into an install that
 * does not have that topic yet, all or nothing: the topic and every source are validated
 * before anything is stored, the matrix (whose evidence names stored claims and
 * measurements) in the same transaction, which is rolled back on any problem.
 */
@Service
public class TopicTransfer {

	private final MatrixExporter matrixExporter;

	private final EvidenceExporter evidenceExporter;

	private final TopicImporter topicImporter;

	private final EvidenceImporter evidenceImporter;

	private final MatrixImporter matrixImporter;

	private final TopicRepository topics;

	private final SourceRepository sources;

	private final DatasetRepository datasets;

	private final JsonMapper jsonMapper;

	private final AuditLog auditLog;

	TopicTransfer(MatrixExporter matrixExporter, EvidenceExporter evidenceExporter, TopicImporter topicImporter,
			EvidenceImporter evidenceImporter, MatrixImporter matrixImporter, TopicRepository topics,
			SourceRepository sources, DatasetRepository datasets, JsonMapper jsonMapper, AuditLog auditLog) {
		this.matrixExporter = matrixExporter;
		this.evidenceExporter = evidenceExporter;
		this.topicImporter = topicImporter;
		this.evidenceImporter = evidenceImporter;
		this.matrixImporter = matrixImporter;
		this.topics = topics;
		this.sources = sources;
		this.datasets = datasets;
		this.jsonMapper = jsonMapper;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public TopicExport export(String topicKey) {
		if (this.topics.findByKey(topicKey).isEmpty()) {
			throw new TopicNotFoundException(topicKey);
		}
		return new TopicExport(TopicExport.FORMAT, TopicExport.FORMAT_VERSION, this.matrixExporter.topicFile(topicKey),
				this.evidenceExporter.sourceFiles(topicKey), this.matrixExporter.matrixFile(topicKey));
	}

	/**
	 * @throws ImportRejectedException listing every problem with its line; nothing is
	 * stored
	 */
	@Transactional
	public ImportedTopic importTopic(String fileName, byte[] content, String actor) {
		String text = ImportFiles.decode(fileName, content);
		TopicExport file = parse(fileName, text);
		JsonLines lines = JsonLines.of(this.jsonMapper, text);
		List<ImportProblem> problems = new ArrayList<>();
		if (!TopicExport.FORMAT.equals(file.format())
				|| !Integer.valueOf(TopicExport.FORMAT_VERSION).equals(file.formatVersion())) {
			problems.add(new ImportProblem("format", "this is not a topic export (format \"" + TopicExport.FORMAT
					+ "\", formatVersion " + TopicExport.FORMAT_VERSION + ")"));
		}
		if (file.topic() == null || file.matrix() == null || file.sources() == null) {
			problems.add(new ImportProblem("", "a topic export needs topic, sources and matrix"));
			throw rejected(fileName, problems, lines);
		}
		if (this.topics.findByKey(file.topic().key()).isPresent()) {
			problems.add(new ImportProblem("topic.key",
					"a topic '" + file.topic().key() + "' already exists here; a topic export creates a new topic"));
			throw rejected(fileName, problems, lines);
		}
		validateSources(file, problems);
		// validates first and stores nothing when it finds a problem
		this.topicImporter.importTopic(file.topic())
			.forEach(problem -> problems.add(JsonLines.join("topic", fromText(problem))));
		if (!problems.isEmpty()) {
			throw rejected(fileName, problems, lines);
		}
		Topic topic = this.topics.findByKey(file.topic().key()).orElseThrow();
		int datasetCount = 0;
		int measurementCount = 0;
		int claimCount = 0;
		for (int i = 0; i < file.sources().size(); i++) {
			EvidenceImporter.ImportSummary summary = this.evidenceImporter.importSourceFile(topic, fileName,
					file.sources().get(i), lines, "sources[" + i + "]");
			datasetCount += summary.datasets();
			measurementCount += summary.measurements();
			claimCount += summary.claims();
		}
		this.matrixImporter.importMatrix(file.matrix())
			.forEach(problem -> problems.add(JsonLines.join("matrix", fromText(problem))));
		if (!problems.isEmpty()) {
			throw rejected(fileName, problems, lines);
		}
		ImportedTopic imported = new ImportedTopic(topic.getKey(), file.sources().size(), datasetCount,
				measurementCount, claimCount);
		this.auditLog.record(actor, "topic", topic.getKey(), "import", null,
				this.jsonMapper.writeValueAsString(Map.of("file", fileName, "sources", imported.sources(), "datasets",
						datasetCount, "measurements", measurementCount, "claims", claimCount)));
		return imported;
	}

	/**
	 * Checks every source against the topic of the file (nothing of it is stored yet) and
	 * against each other: source keys and dataset slugs are unique in the whole install.
	 */
	private void validateSources(TopicExport file, List<ImportProblem> problems) {
		TopicFile topic = file.topic();
		Map<String, Unit> metricUnits = new LinkedHashMap<>();
		nullToEmpty(topic.metrics())
			.forEach(metric -> Unit.fromSymbol(metric.unit()).ifPresent(unit -> metricUnits.put(metric.key(), unit)));
		TopicCatalog catalog = new TopicCatalog(topic.key(), keys(topic.candidates()), metricUnits,
				keys(topic.criteria()));
		Set<String> sourceKeys = new HashSet<>();
		Set<String> slugs = new HashSet<>();
		for (int i = 0; i < file.sources().size(); i++) {
			String at = "sources[" + i + "]";
			new SourceFileValidator(catalog, key -> this.sources.existsByKey(key) || !sourceKeys.add(key),
					slug -> this.datasets.existsBySlug(slug) || !slugs.add(slug))
				.validate(file.sources().get(i))
				.forEach(problem -> problems.add(JsonLines.join(at, problem)));
		}
	}

	private TopicExport parse(String fileName, String text) {
		ImportFiles.refuseEscapedNul(fileName, text);
		try {
			TopicExport file = this.jsonMapper.readerFor(TopicExport.class)
				.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(text);
			if (file == null) {
				throw ImportFiles.rejected(fileName, "the file is empty");
			}
			return file;
		}
		catch (JacksonException ex) {
			throw EvidenceImporter.malformed(fileName, ex);
		}
	}

	/** The importers of the matrix package report "path: message". */
	private static ImportProblem fromText(String problem) {
		int colon = problem.indexOf(": ");
		return (colon < 0) ? new ImportProblem("", problem)
				: new ImportProblem(problem.substring(0, colon), problem.substring(colon + 2));
	}

	private static ImportRejectedException rejected(String fileName, List<ImportProblem> problems, JsonLines lines) {
		return new ImportRejectedException(fileName, problems.stream().map(lines::locate).toList());
	}

	private static Set<String> keys(List<TopicFile.Entry> entries) {
		return nullToEmpty(entries).stream().map(TopicFile.Entry::key).collect(Collectors.toSet());
	}

	private static <T> List<T> nullToEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	/** What a topic import stored. */
	public record ImportedTopic(String topicKey, int sources, int datasets, int measurements, int claims) {
	}

}
