package io.frameworkadvisor.evidence;

import io.frameworkadvisor.matrix.Metric;
import io.frameworkadvisor.matrix.MetricRepository;
import io.frameworkadvisor.matrix.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.frameworkadvisor.admin.AuditLog;
import io.frameworkadvisor.evidence.SourceFile.ClaimEntry;
import io.frameworkadvisor.evidence.SourceFile.DatasetEntry;
import io.frameworkadvisor.evidence.SourceFile.MeasurementEntry;
import io.frameworkadvisor.evidence.SourceFileValidator.TopicCatalog;
import io.frameworkadvisor.matrix.Candidate;
import io.frameworkadvisor.matrix.CandidateRepository;
import io.frameworkadvisor.matrix.Criterion;
import io.frameworkadvisor.matrix.CriterionRepository;
import io.frameworkadvisor.matrix.Topic;
import io.frameworkadvisor.matrix.TopicNotFoundException;
import io.frameworkadvisor.matrix.TopicRepository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a source file (JSON, the format of {@code db/seed/<topic>/sources/*.json}): the
 * whole file is parsed and validated before anything is stored, and then stored in one
 * transaction, so a file is imported completely or not at all.
 */
@Service
public class EvidenceImporter {

	private final JsonMapper jsonMapper;

	private final TopicRepository topics;

	private final CandidateRepository candidates;

	private final CriterionRepository criteria;

	private final MetricRepository metrics;

	private final SourceRepository sources;

	private final DatasetRepository datasets;

	private final MeasurementRepository measurements;

	private final ClaimRepository claims;

	private final AuditLog auditLog;

	EvidenceImporter(JsonMapper jsonMapper, TopicRepository topics, CandidateRepository candidates,
			CriterionRepository criteria, MetricRepository metrics, SourceRepository sources,
			DatasetRepository datasets, MeasurementRepository measurements, ClaimRepository claims, AuditLog auditLog) {
		this.auditLog = auditLog;
		this.jsonMapper = jsonMapper;
		this.topics = topics;
		this.candidates = candidates;
		this.criteria = criteria;
		this.metrics = metrics;
		this.sources = sources;
		this.datasets = datasets;
		this.measurements = measurements;
		this.claims = claims;
	}

	/**
	 * Parses, validates and stores a source file into a topic.
	 * @throws ImportRejectedException listing every problem when anything is wrong;
	 * nothing is stored
	 */
	@Transactional
	public ImportSummary importSourceFile(String topicKey, String fileName, byte[] content) {
		Topic topic = this.topics.findByKey(topicKey).orElseThrow(() -> new TopicNotFoundException(topicKey));
		String text = ImportFiles.decode(fileName, content);
		return importSourceFile(topic, fileName, parse(fileName, text), JsonLines.of(this.jsonMapper, text), "");
	}

	/**
	 * Imports a source file uploaded by an editor, with an audit entry in the same
	 * transaction.
	 */
	@Transactional
	public ImportSummary importSourceFile(String topicKey, String fileName, byte[] content, String actor) {
		ImportSummary summary = importSourceFile(topicKey, fileName, content);
		this.auditLog.record(actor, "source", summary.sourceKey(), "import", null,
				this.jsonMapper.writeValueAsString(Map.of("file", fileName, "format", "json", "datasets",
						summary.datasets(), "measurements", summary.measurements(), "claims", summary.claims())));
		return summary;
	}

	/**
	 * Validates and stores a parsed source file.
	 * @param lines where the file's values are, for line numbers in problems
	 * @param at where the source is in a larger document (e.g. {@code sources[2]}), or
	 * empty
	 */
	ImportSummary importSourceFile(Topic topic, String fileName, SourceFile file, JsonLines lines, String at) {
		Map<String, Candidate> candidatesByKey = byKey(this.candidates.findByTopicOrderByPositionAscKeyAsc(topic),
				Candidate::getKey);
		Map<String, Criterion> criteriaByKey = byKey(this.criteria.findByTopicOrderByPositionAscKeyAsc(topic),
				Criterion::getKey);
		Map<String, Metric> metricsByKey = byKey(this.metrics.findByTopicOrderByPositionAscKeyAsc(topic),
				Metric::getKey);
		TopicCatalog catalog = new TopicCatalog(topic.getKey(), candidatesByKey.keySet(),
				metricsByKey.values().stream().collect(Collectors.toMap(Metric::getKey, Metric::getUnit)),
				criteriaByKey.keySet());
		List<ImportProblem> problems = new SourceFileValidator(catalog, this.sources::existsByKey,
				this.datasets::existsBySlug)
			.validate(file);
		if (!problems.isEmpty()) {
			throw new ImportRejectedException(fileName,
					problems.stream().map(problem -> lines.locate(JsonLines.join(at, problem))).toList());
		}
		return store(topic, file, candidatesByKey, criteriaByKey, metricsByKey);
	}

	/**
	 * Parses a source file; a file that does not parse is rejected with the line and
	 * column of the error.
	 */
	SourceFile parse(String fileName, String text) {
		ImportFiles.refuseEscapedNul(fileName, text);
		try {
			SourceFile file = this.jsonMapper.readerFor(SourceFile.class)
				.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(text);
			if (file == null) {
				throw ImportFiles.rejected(fileName, "the file is empty");
			}
			return file;
		}
		catch (JacksonException ex) {
			throw malformed(fileName, ex);
		}
	}

	static ImportRejectedException malformed(String fileName, JacksonException ex) {
		String location = (ex.getLocation() != null)
				? "line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
		return new ImportRejectedException(fileName,
				List.of(new ImportProblem(location, "not valid JSON for this format: " + ex.getOriginalMessage())));
	}

	private ImportSummary store(Topic topic, SourceFile file, Map<String, Candidate> candidatesByKey,
			Map<String, Criterion> criteriaByKey, Map<String, Metric> metricsByKey) {
		SourceFile.SourceEntry entry = file.source();
		Source source = this.sources.save(new Source(topic, entry.key(),
				new Source.SourceDetails(entry.title(), entry.titleNote(), entry.publisher(), entry.author(),
						entry.url(), (entry.publishedOn() != null) ? LocalDate.parse(entry.publishedOn()) : null,
						entry.seedFile(), (entry.notes() != null) ? entry.notes() : "")));
		int measurementCount = 0;
		for (DatasetEntry datasetEntry : nullToEmpty(file.datasets())) {
			Dataset dataset = new Dataset(source, datasetEntry.slug(),
					new Dataset.Methodology(datasetEntry.title(), datasetEntry.hardware(), datasetEntry.os(),
							datasetEntry.runtime(), datasetEntry.loadTool(), datasetEntry.loadProfile(),
							datasetEntry.connections(), datasetEntry.duration(), datasetEntry.database(),
							datasetEntry.methodology(),
							(datasetEntry.caveats() != null) ? datasetEntry.caveats() : ""));
			Map<String, String> stacks = (datasetEntry.stacks() != null) ? datasetEntry.stacks() : Map.of();
			stacks.forEach((candidate, stack) -> dataset.getStacks().put(candidatesByKey.get(candidate), stack));
			this.datasets.save(dataset);
			int position = 0;
			for (MeasurementEntry m : datasetEntry.measurements()) {
				String stack = (m.stack() != null) ? m.stack() : stacks.get(m.candidate());
				Measurement.Figure figure = new Measurement.Figure(m.scenario(), m.workload(), stack, m.value(),
						m.valueMax(), Boolean.TRUE.equals(m.approximate()), Unit.fromSymbol(m.unit()).orElseThrow(),
						m.quote(), m.note());
				this.measurements.save(new Measurement(dataset, candidatesByKey.get(m.candidate()),
						metricsByKey.get(m.metric()), figure, position++));
			}
			measurementCount += position;
		}
		int position = 0;
		for (ClaimEntry c : nullToEmpty(file.claims())) {
			Claim claim = new Claim(source, (c.criterion() != null) ? criteriaByKey.get(c.criterion()) : null,
					ClaimKind.fromKey(c.kind()), c.section(), c.quote(), position++);
			c.candidates()
				.forEach((candidate, stance) -> claim.getStances()
					.put(candidatesByKey.get(candidate), Stance.fromKey(stance)));
			this.claims.save(claim);
		}
		// Write stacks and stances (element collections) now, not at commit: later steps
		// of the same
		// transaction (the seed's matrix import and publish) read these tables with plain
		// SQL.
		this.claims.flush();
		return new ImportSummary(source.getKey(), nullToEmpty(file.datasets()).size(), measurementCount, position);
	}

	private static <T> List<T> nullToEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		return items.stream().collect(Collectors.toMap(key, Function.identity()));
	}

	/** What an import stored. */
	public record ImportSummary(String sourceKey, int datasets, int measurements, int claims) {
	}

}
