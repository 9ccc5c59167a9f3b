package io.frameworkadvisor.evidence;

import io.frameworkadvisor.matrix.Metric;
import io.frameworkadvisor.matrix.MetricRepository;
import io.frameworkadvisor.matrix.Unit;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	/**
	 * Far above any real article (the largest seed file is ~60 KB) and small enough to
	 * parse safely.
	 */
	public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

	private final JsonMapper jsonMapper;

	private final TopicRepository topics;

	private final CandidateRepository candidates;

	private final CriterionRepository criteria;

	private final MetricRepository metrics;

	private final SourceRepository sources;

	private final DatasetRepository datasets;

	private final MeasurementRepository measurements;

	private final ClaimRepository claims;

	EvidenceImporter(JsonMapper jsonMapper, TopicRepository topics, CandidateRepository candidates,
			CriterionRepository criteria, MetricRepository metrics, SourceRepository sources,
			DatasetRepository datasets, MeasurementRepository measurements, ClaimRepository claims) {
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
		SourceFile file = parse(fileName, content);
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
			throw new ImportRejectedException(fileName, problems);
		}
		return store(topic, file, candidatesByKey, criteriaByKey, metricsByKey);
	}

	private SourceFile parse(String fileName, byte[] content) {
		if (content.length > MAX_FILE_BYTES) {
			throw rejected(fileName, "", "the file is " + content.length / 1024 + " KB; the limit is "
					+ MAX_FILE_BYTES / 1024 / 1024 + " MB");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw rejected(fileName, "", "the file is not UTF-8 text; save it as UTF-8 and import it again");
		}
		try {
			SourceFile file = this.jsonMapper.readerFor(SourceFile.class)
				.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(text);
			if (file == null) {
				throw rejected(fileName, "", "the file is empty");
			}
			return file;
		}
		catch (JacksonException ex) {
			String location = (ex.getLocation() != null)
					? "line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
			throw rejected(fileName, location, "not valid for this format: " + ex.getOriginalMessage());
		}
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

	private static ImportRejectedException rejected(String fileName, String location, String message) {
		return new ImportRejectedException(fileName, List.of(new ImportProblem(location, message)));
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
