package io.frameworkadvisor.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.frameworkadvisor.matrix.TopicFile.Entry;
import io.frameworkadvisor.matrix.TopicFile.MetricEntry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a topic from a {@link TopicFile}, or adds the candidates, criteria and metrics
 * that an existing topic lacks. Never changes or removes what is there: editors own it
 * after import.
 */
@Service
public class TopicImporter {

	static final Set<String> STATISTICS = Set.of("p50", "p90", "p95", "p99", "mean", "median", "max", "unspecified");

	private final TopicRepository topics;

	private final CandidateRepository candidates;

	private final CriterionRepository criteria;

	private final MetricRepository metrics;

	TopicImporter(TopicRepository topics, CandidateRepository candidates, CriterionRepository criteria,
			MetricRepository metrics) {
		this.topics = topics;
		this.candidates = candidates;
		this.criteria = criteria;
		this.metrics = metrics;
	}

	/**
	 * @return the problems found; nothing is stored unless the list is empty
	 */
	@Transactional
	public List<String> importTopic(TopicFile file) {
		List<String> problems = validate(file);
		if (!problems.isEmpty()) {
			return problems;
		}
		Topic topic = this.topics.findByKey(file.key())
			.orElseGet(() -> this.topics.save(new Topic(file.key(), file.name(), orEmpty(file.description()))));
		Set<String> candidateKeys = keys(this.candidates.findByTopicOrderByPositionAscKeyAsc(topic), Candidate::getKey);
		int position = candidateKeys.size();
		for (Entry entry : file.candidates()) {
			if (!candidateKeys.contains(entry.key())) {
				this.candidates
					.save(new Candidate(topic, entry.key(), entry.name(), orEmpty(entry.description()), position++));
			}
		}
		Set<String> criterionKeys = keys(this.criteria.findByTopicOrderByPositionAscKeyAsc(topic), Criterion::getKey);
		position = criterionKeys.size();
		for (Entry entry : file.criteria()) {
			if (!criterionKeys.contains(entry.key())) {
				this.criteria
					.save(new Criterion(topic, entry.key(), entry.name(), orEmpty(entry.description()), position++));
			}
		}
		Set<String> metricKeys = keys(this.metrics.findByTopicOrderByPositionAscKeyAsc(topic), Metric::getKey);
		position = metricKeys.size();
		for (MetricEntry entry : file.metrics()) {
			if (!metricKeys.contains(entry.key())) {
				this.metrics
					.save(new Metric(topic, entry.key(), entry.name(), Unit.fromSymbol(entry.unit()).orElseThrow(),
							Better.fromKey(entry.better()), entry.statistic(), position++));
			}
		}
		return List.of();
	}

	private static List<String> validate(TopicFile file) {
		List<String> problems = new ArrayList<>();
		if (!Keys.isSlug(file.key())) {
			problems.add("key: '" + file.key() + "' must be lower-case letters, digits and hyphens");
		}
		if (file.name() == null || file.name().isBlank()) {
			problems.add("name: is missing");
		}
		else if (file.name().length() > 200) {
			problems.add("name: is longer than 200 characters");
		}
		// the tables' limits on names (V1__domain.sql)
		validateEntries("candidates", file.candidates(), 100, problems);
		validateEntries("criteria", file.criteria(), 200, problems);
		List<MetricEntry> metrics = (file.metrics() != null) ? file.metrics() : List.of();
		for (int i = 0; i < metrics.size(); i++) {
			MetricEntry metric = metrics.get(i);
			String at = "metrics[" + i + "]";
			checkKeyAndName(at, metric.key(), metric.name(), 200, problems);
			if (Unit.fromSymbol(metric.unit()).isEmpty()) {
				problems.add(at + ".unit: unknown unit '" + metric.unit() + "' (use ms, s, MB, GB or req/s)");
			}
			if (!"lower".equals(metric.better()) && !"higher".equals(metric.better())) {
				problems.add(at + ".better: must be 'lower' or 'higher'");
			}
			if (!STATISTICS.contains(metric.statistic())) {
				problems.add(at + ".statistic: must be one of " + STATISTICS);
			}
		}
		return problems;
	}

	private static void validateEntries(String list, List<Entry> entries, int maxName, List<String> problems) {
		if (entries == null || entries.isEmpty()) {
			problems.add(list + ": at least one is needed");
			return;
		}
		for (int i = 0; i < entries.size(); i++) {
			checkKeyAndName(list + "[" + i + "]", entries.get(i).key(), entries.get(i).name(), maxName, problems);
		}
	}

	private static void checkKeyAndName(String at, String key, String name, int maxName, List<String> problems) {
		if (!Keys.isIdentifier(key)) {
			problems.add(at + ".key: '" + key + "' must be lower-case letters, digits and underscores");
		}
		if (name == null || name.isBlank()) {
			problems.add(at + ".name: is missing");
		}
		else if (name.length() > maxName) {
			problems.add(at + ".name: is longer than " + maxName + " characters");
		}
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	private static <T> Set<String> keys(List<T> items, java.util.function.Function<T, String> key) {
		return items.stream().map(key).collect(Collectors.toSet());
	}

}
