package io.frameworkadvisor.evidence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON file format of one source with its datasets, measurements and claims: the
 * format of the seed files under {@code db/seed/<topic>/sources/} and of a whole-dataset
 * import. Documented in {@code db/seed/README.md}.
 */
public record SourceFile(String topic, SourceEntry source, List<DatasetEntry> datasets, List<ClaimEntry> claims) {

	public record SourceEntry(String key, String title, String titleNote, String publisher, String author, String url,
			String publishedOn, String seedFile, String notes) {
	}

	public record DatasetEntry(String slug, String title, String hardware, String os, String runtime, String loadTool,
			String loadProfile, Integer connections, String duration, String database, String methodology,
			String caveats, Map<String, String> stacks, List<MeasurementEntry> measurements) {
	}

	public record MeasurementEntry(String candidate, String metric, String scenario, String workload, String stack,
			BigDecimal value, BigDecimal valueMax, Boolean approximate, String unit, String quote, String note) {
	}

	public record ClaimEntry(String criterion, String kind, String section, String quote,
			Map<String, String> candidates) {
	}

}
