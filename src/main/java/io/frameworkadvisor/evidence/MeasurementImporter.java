package io.frameworkadvisor.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.frameworkadvisor.admin.AuditLog;
import io.frameworkadvisor.evidence.SourceFile.MeasurementEntry;
import io.frameworkadvisor.evidence.SourceFileValidator.TopicCatalog;
import io.frameworkadvisor.matrix.Candidate;
import io.frameworkadvisor.matrix.CandidateRepository;
import io.frameworkadvisor.matrix.Metric;
import io.frameworkadvisor.matrix.MetricRepository;
import io.frameworkadvisor.matrix.Topic;
import io.frameworkadvisor.matrix.Unit;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds the measurements of a CSV file ({@link MeasurementCsv}) to a stored dataset: every
 * row is checked (known candidate and metric, numbers, units, duplicates in the file and
 * against the stored rows) before anything is stored, and a file with any problem stores
 * nothing.
 */
@Service
public class MeasurementImporter {

	private final DatasetRepository datasets;

	private final MeasurementRepository measurements;

	private final CandidateRepository candidates;

	private final MetricRepository metrics;

	private final AuditLog auditLog;

	private final JsonMapper jsonMapper;

	MeasurementImporter(DatasetRepository datasets, MeasurementRepository measurements, CandidateRepository candidates,
			MetricRepository metrics, AuditLog auditLog, JsonMapper jsonMapper) {
		this.datasets = datasets;
		this.measurements = measurements;
		this.candidates = candidates;
		this.metrics = metrics;
		this.auditLog = auditLog;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * @return how many measurements were added
	 * @throws ImportRejectedException listing every problem by line; nothing is stored
	 * @throws DatasetNotFoundException when the dataset does not exist or belongs to
	 * another topic
	 */
	@Transactional
	public int importCsv(String topicKey, String datasetSlug, String fileName, byte[] content, String actor) {
		Dataset dataset = this.datasets.findBySlugWithSource(datasetSlug)
			.filter(found -> found.getSource().getTopic().getKey().equals(topicKey))
			.orElseThrow(() -> new DatasetNotFoundException(datasetSlug));
		Topic topic = dataset.getSource().getTopic();
		MeasurementCsv.Read read = MeasurementCsv.read(ImportFiles.decode(fileName, content));
		Map<String, Candidate> candidatesByKey = byKey(this.candidates.findByTopicOrderByPositionAscKeyAsc(topic),
				Candidate::getKey);
		Map<String, Metric> metricsByKey = byKey(this.metrics.findByTopicOrderByPositionAscKeyAsc(topic),
				Metric::getKey);
		Map<String, String> stacks = new HashMap<>();
		dataset.getStacks().forEach((candidate, stack) -> stacks.put(candidate.getKey(), stack));
		List<Measurement> stored = this.measurements.findByDatasetsWithCandidateAndMetric(List.of(dataset));
		Set<String> storedIdentities = stored.stream()
			.map(m -> SourceFileValidator.identity(m.getCandidate().getKey(), m.getMetric().getKey(), m.getScenario(),
					m.getWorkload(), m.getStack()))
			.collect(Collectors.toSet());
		TopicCatalog catalog = new TopicCatalog(topic.getKey(), candidatesByKey.keySet(),
				metricsByKey.values().stream().collect(Collectors.toMap(Metric::getKey, Metric::getUnit)), Set.of());
		List<ImportProblem> problems = new ArrayList<>(read.problems());
		Set<String> unreadable = read.problems().stream().map(ImportProblem::location).collect(Collectors.toSet());
		new SourceFileValidator(catalog, key -> false, slug -> false)
			.validateMeasurements(read.rows(), stacks, storedIdentities)
			.stream()
			.filter(problem -> !unreadable.contains(problem.location()))
			.forEach(problems::add);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(fileName, problems);
		}
		int position = stored.stream().mapToInt(Measurement::getPosition).max().orElse(-1) + 1;
		for (MeasurementEntry m : read.rows().values()) {
			Measurement.Figure figure = new Measurement.Figure(m.scenario(), m.workload(),
					(m.stack() != null) ? m.stack() : stacks.get(m.candidate()), m.value(), m.valueMax(),
					Boolean.TRUE.equals(m.approximate()), Unit.fromSymbol(m.unit()).orElseThrow(), m.quote(), m.note());
			this.measurements.save(new Measurement(dataset, candidatesByKey.get(m.candidate()),
					metricsByKey.get(m.metric()), figure, position++));
		}
		this.auditLog.record(actor, "dataset", dataset.getSlug(), "import", null, this.jsonMapper
			.writeValueAsString(Map.of("file", fileName, "format", "csv", "measurements", read.rows().size())));
		return read.rows().size();
	}

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		return items.stream().collect(Collectors.toMap(key, Function.identity()));
	}

}
