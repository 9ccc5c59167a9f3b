package io.frameworkadvisor.matrix;

import java.util.List;

/**
 * The JSON format of {@code db/seed/<topic>/topic.json}: a topic with the candidates,
 * criteria and metrics its evidence refers to.
 */
public record TopicFile(String key, String name, String description, List<Entry> candidates, List<Entry> criteria,
		List<MetricEntry> metrics) {

	public record Entry(String key, String name, String description) {
	}

	public record MetricEntry(String key, String name, String unit, String better, String statistic) {
	}

}
