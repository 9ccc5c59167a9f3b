package io.frameworkadvisor.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.frameworkadvisor.evidence.EvidenceViews.CandidateFigure;
import io.frameworkadvisor.evidence.EvidenceViews.CandidateRef;
import io.frameworkadvisor.evidence.EvidenceViews.ClaimView;
import io.frameworkadvisor.evidence.EvidenceViews.DatasetColumn;
import io.frameworkadvisor.evidence.EvidenceViews.DatasetDetail;
import io.frameworkadvisor.evidence.EvidenceViews.DatasetSummary;
import io.frameworkadvisor.evidence.EvidenceViews.Disagreement;
import io.frameworkadvisor.evidence.EvidenceViews.MeasurementView;
import io.frameworkadvisor.evidence.EvidenceViews.MetricComparison;
import io.frameworkadvisor.evidence.EvidenceViews.MetricGroup;
import io.frameworkadvisor.evidence.EvidenceViews.MetricRef;
import io.frameworkadvisor.evidence.EvidenceViews.Overview;
import io.frameworkadvisor.evidence.EvidenceViews.SourceSummary;
import io.frameworkadvisor.evidence.EvidenceViews.Spread;
import io.frameworkadvisor.evidence.EvidenceViews.Stack;
import io.frameworkadvisor.evidence.EvidenceViews.StanceView;
import io.frameworkadvisor.evidence.EvidenceViews.TopicEvidence;
import io.frameworkadvisor.evidence.EvidenceViews.WorkloadGroup;
import io.frameworkadvisor.matrix.Better;
import io.frameworkadvisor.matrix.Candidate;
import io.frameworkadvisor.matrix.CandidateRepository;
import io.frameworkadvisor.matrix.Keys;
import io.frameworkadvisor.matrix.Metric;
import io.frameworkadvisor.matrix.MetricNotFoundException;
import io.frameworkadvisor.matrix.MetricRepository;
import io.frameworkadvisor.matrix.Topic;
import io.frameworkadvisor.matrix.TopicNotFoundException;
import io.frameworkadvisor.matrix.TopicRepository;
import io.frameworkadvisor.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads evidence for the pages and the API. Each method loads what its view needs in a
 * fixed, small number of queries (no N+1) and returns plain read models.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

	private final TopicRepository topics;

	private final CandidateRepository candidates;

	private final MetricRepository metrics;

	private final SourceRepository sources;

	private final DatasetRepository datasets;

	private final MeasurementRepository measurements;

	private final ClaimRepository claims;

	EvidenceService(TopicRepository topics, CandidateRepository candidates, MetricRepository metrics,
			SourceRepository sources, DatasetRepository datasets, MeasurementRepository measurements,
			ClaimRepository claims) {
		this.topics = topics;
		this.candidates = candidates;
		this.metrics = metrics;
		this.sources = sources;
		this.datasets = datasets;
		this.measurements = measurements;
		this.claims = claims;
	}

	public Overview overview() {
		Map<Long, Long> measurementCounts = counts(this.measurements.countByDataset());
		Map<Long, Long> claimCounts = counts(this.claims.countBySource());
		Map<Long, Long> metricCounts = counts(this.measurements.countByMetric());
		Map<Long, List<Source>> sourcesByTopic = this.sources.findAllWithDatasets()
			.stream()
			.collect(Collectors.groupingBy(source -> source.getTopic().getId(), LinkedHashMap::new,
					Collectors.toList()));
		Map<Long, List<Metric>> metricsByTopic = this.metrics.findAllByOrderByPositionAscKeyAsc()
			.stream()
			.filter(metric -> metricCounts.containsKey(metric.getId()))
			.collect(Collectors.groupingBy(metric -> metric.getTopic().getId()));
		Map<Long, List<CandidateRef>> candidatesByTopic = this.candidates
			.findAll(org.springframework.data.domain.Sort.by("position", "key"))
			.stream()
			.collect(Collectors.groupingBy(candidate -> candidate.getTopic().getId(), LinkedHashMap::new,
					Collectors.mapping(EvidenceService::ref, Collectors.toList())));
		List<TopicEvidence> topicViews = this.topics.findAll(org.springframework.data.domain.Sort.by("name"))
			.stream()
			.map(topic -> new TopicEvidence(topic.getKey(), topic.getName(), topic.getDescription(),
					candidatesByTopic.getOrDefault(topic.getId(), List.of()),
					sourcesByTopic.getOrDefault(topic.getId(), List.of())
						.stream()
						.map(source -> summary(source, measurementCounts, claimCounts))
						.toList(),
					metricsByTopic.getOrDefault(topic.getId(), List.of()).stream().map(EvidenceService::ref).toList()))
			.toList();
		return new Overview(topicViews);
	}

	public DatasetDetail dataset(String slug) {
		Dataset dataset = this.datasets.findBySlugWithSource(requireKey(slug, DatasetNotFoundException::new))
			.orElseThrow(() -> new DatasetNotFoundException(slug));
		return detail(dataset);
	}

	private DatasetDetail detail(Dataset dataset) {
		Source source = dataset.getSource();
		Topic topic = source.getTopic();
		List<Candidate> topicCandidates = this.candidates.findByTopicOrderByPositionAscKeyAsc(topic);
		List<Measurement> figures = this.measurements.findByDatasetsWithCandidateAndMetric(List.of(dataset));
		Map<Long, Long> measurementCounts = Map.of(dataset.getId(), (long) figures.size());
		List<ClaimView> claimViews = claimViews(this.claims.findBySourceWithCriterion(source), topicCandidates);
		Map<Long, Long> claimCounts = Map.of(source.getId(), (long) claimViews.size());
		return detail(topic, dataset, summary(source, measurementCounts, claimCounts), topicCandidates, figures,
				claimViews);
	}

	private static DatasetDetail detail(Topic topic, Dataset dataset, SourceSummary source,
			List<Candidate> topicCandidates, List<Measurement> figures, List<ClaimView> claimViews) {
		Dataset.Methodology methodology = methodology(dataset);
		return new DatasetDetail(topic.getKey(), topic.getName(), dataset.getSlug(), dataset.getTitle(),
				new EvidenceViews.Methodology(methodology.hardware(), methodology.os(), methodology.runtime(),
						methodology.loadTool(), methodology.loadProfile(), methodology.connections(),
						methodology.duration(), methodology.database(), methodology.methodology(),
						methodology.caveats()),
				source, topicCandidates.stream().map(EvidenceService::ref).toList(), stacks(dataset, topicCandidates),
				metricGroups(figures, topicCandidates), claimViews);
	}

	/**
	 * A source with all its datasets and claims (sources without datasets are only
	 * claims).
	 */
	public SourceDetail source(String key) {
		Source source = this.sources.findByKeyWithTopic(requireKey(key, SourceNotFoundException::new))
			.orElseThrow(() -> new SourceNotFoundException(key));
		List<Candidate> topicCandidates = this.candidates.findByTopicOrderByPositionAscKeyAsc(source.getTopic());
		List<ClaimView> claimViews = claimViews(this.claims.findBySourceWithCriterion(source), topicCandidates);
		Map<Long, Long> measurementCounts = counts(this.measurements.countByDataset());
		return new SourceDetail(source.getTopic().getKey(), source.getTopic().getName(),
				summary(source, measurementCounts, Map.of(source.getId(), (long) claimViews.size())), claimViews);
	}

	/**
	 * Every dataset of a topic in full (for the API), in the same six queries however
	 * many datasets the topic has (up to 64; the stacks are batch-fetched 64 datasets at
	 * a time): the topic, the datasets with their sources, the topic's candidates, all
	 * measurements with candidate and metric, the stacks and the claim counts. The
	 * sources' claims are left out ({@code claims} is empty, the source's
	 * {@code claimCount} says how many there are): they belong to the source, not the
	 * dataset, and come with {@link #dataset(String, String) a single dataset}.
	 */
	public List<DatasetDetail> datasetsOfTopic(String topicKey) {
		Topic topic = this.topics.findByKey(requireKey(topicKey, TopicNotFoundException::new))
			.orElseThrow(() -> new TopicNotFoundException(topicKey));
		List<Dataset> topicDatasets = this.datasets.findByTopicWithSource(topic);
		if (topicDatasets.isEmpty()) {
			return List.of();
		}
		// Candidates first, so that the stacks' map keys resolve from the persistence
		// context.
		List<Candidate> topicCandidates = this.candidates.findByTopicOrderByPositionAscKeyAsc(topic);
		Map<Long, List<Measurement>> figuresByDataset = this.measurements
			.findByDatasetsWithCandidateAndMetric(topicDatasets)
			.stream()
			.collect(Collectors.groupingBy(measurement -> measurement.getDataset().getId()));
		Map<Long, Long> measurementCounts = figuresByDataset.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> (long) entry.getValue().size()));
		Map<Long, Long> claimCounts = counts(this.claims.countBySource());
		// Every dataset of a source belongs to the source's topic, so these are all of
		// them: no need to load Source.datasets again.
		Map<Long, List<Dataset>> datasetsBySource = topicDatasets.stream()
			.sorted(Comparator.comparing(Dataset::getId))
			.collect(Collectors.groupingBy(dataset -> dataset.getSource().getId()));
		Map<Long, SourceSummary> summaries = topicDatasets.stream()
			.map(Dataset::getSource)
			.distinct()
			.collect(Collectors.toMap(Source::getId,
					source -> summary(source, datasetsBySource.get(source.getId()), measurementCounts, claimCounts)));
		return topicDatasets.stream()
			.map(dataset -> detail(topic, dataset, summaries.get(dataset.getSource().getId()), topicCandidates,
					figuresByDataset.getOrDefault(dataset.getId(), List.of()), List.of()))
			.toList();
	}

	/** One dataset, checked to belong to the topic (for the API). */
	public DatasetDetail dataset(String topicKey, String slug) {
		Topic topic = this.topics.findByKey(requireKey(topicKey, TopicNotFoundException::new))
			.orElseThrow(() -> new TopicNotFoundException(topicKey));
		Dataset dataset = this.datasets.findBySlugWithSource(requireKey(slug, DatasetNotFoundException::new))
			.filter(found -> found.getSource().getTopic().getId().equals(topic.getId()))
			.orElseThrow(() -> new DatasetNotFoundException(slug));
		return detail(dataset);
	}

	/** One metric across every source that measured it: the cross-source view. */
	public MetricComparison compareMetric(String topicKey, String metricKey) {
		Topic topic = this.topics.findByKey(requireKey(topicKey, TopicNotFoundException::new))
			.orElseThrow(() -> new TopicNotFoundException(topicKey));
		Metric metric = this.metrics
			.findByTopicAndKey(topic, requireIdentifier(metricKey, MetricNotFoundException::new))
			.orElseThrow(() -> new MetricNotFoundException(metricKey));
		List<Candidate> topicCandidates = this.candidates.findByTopicOrderByPositionAscKeyAsc(topic);
		List<CandidateRef> candidateRefs = topicCandidates.stream().map(EvidenceService::ref).toList();
		Map<String, List<Measurement>> byColumn = this.measurements.findByMetricWithDataset(metric)
			.stream()
			.collect(Collectors.groupingBy(m -> m.getDataset().getSlug() + "|" + m.getWorkload(), LinkedHashMap::new,
					Collectors.toList()));
		List<DatasetColumn> columns = byColumn.values()
			.stream()
			.map(column -> column(column, metric.getBetter(), topicCandidates))
			.toList();
		return new MetricComparison(topic.getKey(), topic.getName(), ref(metric), candidateRefs, columns,
				disagreement(columns, candidateRefs));
	}

	/**
	 * A key of another shape names nothing: it is "not found" before it reaches the
	 * database (which would reject, for example, a NUL character with an error).
	 */
	private static String requireKey(String key, Function<String, ? extends NotFoundException> notFound) {
		if (!Keys.isSlug(key)) {
			throw notFound.apply(key);
		}
		return key;
	}

	private static String requireIdentifier(String key, Function<String, ? extends NotFoundException> notFound) {
		if (!Keys.isIdentifier(key)) {
			throw notFound.apply(key);
		}
		return key;
	}

	private DatasetColumn column(List<Measurement> measurements, Better better, List<Candidate> topicCandidates) {
		Dataset dataset = measurements.get(0).getDataset();
		List<MeasurementView> views = measurements.stream().map(EvidenceService::view).toList();
		double best = views.stream()
			.mapToDouble(MeasurementView::valueInMetricUnit)
			.reduce(better == Better.LOWER ? Math::min : Math::max)
			.orElse(Double.NaN);
		List<CandidateFigure> figures = new ArrayList<>();
		for (Candidate candidate : topicCandidates) {
			views.stream()
				.filter(view -> view.candidate().key().equals(candidate.getKey()))
				.findFirst()
				.ifPresent(view -> figures.add(new CandidateFigure(view.candidate(), view,
						relative(view.valueInMetricUnit(), best, better), view.valueInMetricUnit() == best)));
		}
		return new DatasetColumn(dataset.getSlug(), dataset.getTitle(), dataset.getSource().getKey(),
				dataset.getSource().getTitle(), dataset.getHardware(), dataset.getLoadTool(),
				measurements.get(0).getWorkload(), measurements.get(0).getScenario(), stacks(dataset, topicCandidates),
				figures);
	}

	/**
	 * Relative to the best candidate of the same dataset: 1.0 is the best, smaller is
	 * worse.
	 */
	static double relative(double value, double best, Better better) {
		if (value == best) {
			return 1.0;
		}
		return (better == Better.LOWER) ? best / value : value / best;
	}

	private static Disagreement disagreement(List<DatasetColumn> columns, List<CandidateRef> candidates) {
		List<String> rankings = columns.stream()
			.filter(column -> column.figures().size() > 1)
			.map(column -> column.figures()
				.stream()
				.sorted(Comparator.comparingDouble((CandidateFigure figure) -> figure.relative()).reversed())
				.map(figure -> figure.candidate().name())
				.collect(Collectors.joining(" > ")))
			.toList();
		boolean rankingsDiffer = rankings.stream().distinct().count() > 1;
		List<Spread> spreads = new ArrayList<>();
		for (CandidateRef candidate : candidates) {
			List<Double> values = columns.stream()
				.flatMap(column -> column.figures().stream())
				.filter(figure -> figure.candidate().key().equals(candidate.key()))
				.map(figure -> figure.measurement().valueInMetricUnit())
				.toList();
			if (values.size() > 1) {
				spreads.add(new Spread(candidate, values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
						values.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), values.size()));
			}
		}
		return new Disagreement(rankingsDiffer, rankings, spreads);
	}

	private static List<MetricGroup> metricGroups(List<Measurement> figures, List<Candidate> topicCandidates) {
		Map<String, Integer> candidateOrder = new LinkedHashMap<>();
		topicCandidates.forEach(candidate -> candidateOrder.put(candidate.getKey(), candidateOrder.size()));
		Map<Metric, List<Measurement>> byMetric = figures.stream()
			.collect(Collectors.groupingBy(Measurement::getMetric, LinkedHashMap::new, Collectors.toList()));
		return byMetric.entrySet().stream().map(entry -> {
			Map<String, List<Measurement>> byWorkload = entry.getValue()
				.stream()
				.collect(Collectors.groupingBy(Measurement::getWorkload, LinkedHashMap::new, Collectors.toList()));
			List<WorkloadGroup> workloads = byWorkload.values()
				.stream()
				.map(group -> new WorkloadGroup(group.get(0).getWorkload(), group.get(0).getScenario(), group.stream()
					.sorted(Comparator.comparing(m -> candidateOrder.getOrDefault(m.getCandidate().getKey(), 99)))
					.map(EvidenceService::view)
					.toList()))
				.toList();
			return new MetricGroup(ref(entry.getKey()), workloads);
		}).toList();
	}

	private static List<ClaimView> claimViews(List<Claim> claims, List<Candidate> topicCandidates) {
		return claims.stream()
			.map(claim -> new ClaimView(claim.getQuote(), claim.getSection(), claim.getKind().key(),
					(claim.getCriterion() != null) ? claim.getCriterion().getKey() : null,
					(claim.getCriterion() != null) ? claim.getCriterion().getName() : null,
					topicCandidates.stream()
						.filter(claim.getStances()::containsKey)
						.map(candidate -> new StanceView(ref(candidate), claim.getStances().get(candidate).key()))
						.toList()))
			.toList();
	}

	private static List<Stack> stacks(Dataset dataset, List<Candidate> topicCandidates) {
		return topicCandidates.stream()
			.filter(dataset.getStacks()::containsKey)
			.map(candidate -> new Stack(ref(candidate), dataset.getStacks().get(candidate)))
			.toList();
	}

	private static SourceSummary summary(Source source, Map<Long, Long> measurementCounts,
			Map<Long, Long> claimCounts) {
		return summary(source, source.getDatasets(), measurementCounts, claimCounts);
	}

	private static SourceSummary summary(Source source, List<Dataset> sourceDatasets, Map<Long, Long> measurementCounts,
			Map<Long, Long> claimCounts) {
		List<DatasetSummary> datasetSummaries = sourceDatasets.stream()
			.map(dataset -> new DatasetSummary(dataset.getSlug(), dataset.getTitle(), environment(dataset),
					measurementCounts.getOrDefault(dataset.getId(), 0L)))
			.toList();
		return new SourceSummary(source.getKey(), source.getTitle(), source.getTitleNote(), source.getPublisher(),
				source.getAuthor(), source.getUrl(), source.getPublishedOn(), source.getSeedFile(), source.getNotes(),
				datasetSummaries, claimCounts.getOrDefault(source.getId(), 0L));
	}

	/** A one-line summary of where a benchmark ran, from what the source states. */
	static String environment(Dataset dataset) {
		return Stream
			.of(dataset.getHardware(), dataset.getOs(), dataset.getRuntime(), dataset.getLoadTool(),
					(dataset.getConnections() != null) ? dataset.getConnections() + " connections" : null)
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" · "));
	}

	private static Dataset.Methodology methodology(Dataset dataset) {
		return new Dataset.Methodology(dataset.getTitle(), dataset.getHardware(), dataset.getOs(), dataset.getRuntime(),
				dataset.getLoadTool(), dataset.getLoadProfile(), dataset.getConnections(), dataset.getDuration(),
				dataset.getDatabase(), dataset.getMethodology(), dataset.getCaveats());
	}

	static MeasurementView view(Measurement measurement) {
		return new MeasurementView(ref(measurement.getCandidate()), measurement.getWorkload(),
				measurement.getScenario(), measurement.getStack(), measurement.getValue(), measurement.getValueMax(),
				measurement.isApproximate(), measurement.getUnit().symbol(), measurement.valueInMetricUnit(),
				measurement.getQuote(), measurement.getNote());
	}

	static CandidateRef ref(Candidate candidate) {
		return new CandidateRef(candidate.getKey(), candidate.getName());
	}

	static MetricRef ref(Metric metric) {
		return new MetricRef(metric.getKey(), metric.getName(), metric.getUnit().symbol(), metric.getBetter().key(),
				metric.getStatistic());
	}

	private static Map<Long, Long> counts(List<Object[]> rows) {
		return rows.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
	}

	/** A source with its claims, for {@code /evidence/sources/{key}}. */
	public record SourceDetail(String topicKey, String topicName, SourceSummary source, List<ClaimView> claims) {

		/** The claims grouped by criterion, in the order the source makes them. */
		public List<EvidenceViews.ClaimGroup> claimsByCriterion() {
			return EvidenceViews.ClaimGroup.of(this.claims);
		}

	}

}
