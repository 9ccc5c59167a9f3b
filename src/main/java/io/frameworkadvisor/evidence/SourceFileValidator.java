package io.frameworkadvisor.evidence;

import io.frameworkadvisor.matrix.Metric;
import io.frameworkadvisor.matrix.MetricRepository;
import io.frameworkadvisor.matrix.Unit;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.frameworkadvisor.evidence.SourceFile.ClaimEntry;
import io.frameworkadvisor.evidence.SourceFile.DatasetEntry;
import io.frameworkadvisor.evidence.SourceFile.MeasurementEntry;
import io.frameworkadvisor.matrix.Keys;

/**
 * Checks a whole {@link SourceFile} against what the topic knows, collecting every
 * problem (not only the first) so that an editor can fix a file in one go. Pure: no
 * database access.
 */
class SourceFileValidator {

	private static final int MAX_TEXT = 20_000;

	/** The database's limit on titles, workloads and stacks ({@code V1__domain.sql}). */
	private static final int MAX_SHORT_TEXT = 300;

	private final TopicCatalog catalog;

	private final Predicate<String> sourceKeyTaken;

	private final Predicate<String> datasetSlugTaken;

	private final List<ImportProblem> problems = new ArrayList<>();

	SourceFileValidator(TopicCatalog catalog, Predicate<String> sourceKeyTaken, Predicate<String> datasetSlugTaken) {
		this.catalog = catalog;
		this.sourceKeyTaken = sourceKeyTaken;
		this.datasetSlugTaken = datasetSlugTaken;
	}

	List<ImportProblem> validate(SourceFile file) {
		if (!this.catalog.topicKey().equals(file.topic())) {
			problem("topic",
					"is '" + file.topic() + "' but the file is imported into topic '" + this.catalog.topicKey() + "'");
		}
		validateSource(file.source());
		List<DatasetEntry> datasets = (file.datasets() != null) ? file.datasets() : List.of();
		Set<String> slugs = new HashSet<>();
		for (int i = 0; i < datasets.size(); i++) {
			validateDataset("datasets[" + i + "]", datasets.get(i), slugs);
		}
		List<ClaimEntry> claims = (file.claims() != null) ? file.claims() : List.of();
		for (int i = 0; i < claims.size(); i++) {
			validateClaim("claims[" + i + "]", claims.get(i));
		}
		if (datasets.isEmpty() && claims.isEmpty()) {
			problem("", "the file has neither datasets nor claims");
		}
		return List.copyOf(this.problems);
	}

	private void validateSource(SourceFile.SourceEntry source) {
		if (source == null) {
			problem("source", "is missing");
			return;
		}
		if (required("source.key", source.key()) && !Keys.isSlug(source.key())) {
			problem("source.key", "'" + source.key() + "' must be lower-case letters, digits and hyphens");
		}
		else if (source.key() != null && this.sourceKeyTaken.test(source.key())) {
			problem("source.key", "a source '" + source.key() + "' already exists");
		}
		required("source.title", source.title());
		shortText("source.title", source.title());
		text("source.notes", source.notes());
		if (source.url() != null && !source.url().matches("^https?://\\S+$")) {
			problem("source.url", "'" + source.url() + "' is not an http(s) URL");
		}
		if (source.publishedOn() != null) {
			try {
				LocalDate.parse(source.publishedOn());
			}
			catch (DateTimeParseException ex) {
				problem("source.publishedOn", "'" + source.publishedOn() + "' is not a date like 2026-03-08");
			}
		}
	}

	private void validateDataset(String at, DatasetEntry dataset, Set<String> slugs) {
		if (required(at + ".slug", dataset.slug())) {
			if (!Keys.isSlug(dataset.slug())) {
				problem(at + ".slug", "'" + dataset.slug() + "' must be lower-case letters, digits and hyphens");
			}
			else if (!slugs.add(dataset.slug())) {
				problem(at + ".slug", "'" + dataset.slug() + "' is used twice in this file");
			}
			else if (this.datasetSlugTaken.test(dataset.slug())) {
				problem(at + ".slug", "a dataset '" + dataset.slug() + "' already exists");
			}
		}
		required(at + ".title", dataset.title());
		shortText(at + ".title", dataset.title());
		required(at + ".methodology", dataset.methodology());
		text(at + ".caveats", dataset.caveats());
		if (dataset.connections() != null && dataset.connections() <= 0) {
			problem(at + ".connections", "must be a positive number");
		}
		Map<String, String> stacks = (dataset.stacks() != null) ? dataset.stacks() : Map.of();
		stacks.forEach((candidate, stack) -> {
			knownCandidate(at + ".stacks." + candidate, candidate);
			required(at + ".stacks." + candidate, stack);
			shortText(at + ".stacks." + candidate, stack);
		});
		List<MeasurementEntry> measurements = (dataset.measurements() != null) ? dataset.measurements() : List.of();
		if (measurements.isEmpty()) {
			problem(at + ".measurements", "a dataset needs at least one measurement");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < measurements.size(); i++) {
			validateMeasurement(at + ".measurements[" + i + "]", measurements.get(i), stacks, seen, Set.of());
		}
	}

	private void validateMeasurement(String at, MeasurementEntry m, Map<String, String> stacks, Set<String> seen,
			Set<String> stored) {
		boolean candidateKnown = required(field(at, "candidate"), m.candidate())
				&& knownCandidate(field(at, "candidate"), m.candidate());
		Unit metricUnit = null;
		if (required(field(at, "metric"), m.metric())) {
			metricUnit = this.catalog.metricUnits().get(m.metric());
			if (metricUnit == null) {
				problem(field(at, "metric"), "unknown metric '" + m.metric() + "' (known: "
						+ String.join(", ", this.catalog.metricUnits().keySet()) + ")");
			}
		}
		if (required(field(at, "scenario"), m.scenario()) && !Keys.isIdentifier(m.scenario())) {
			problem(field(at, "scenario"), "'" + m.scenario() + "' must be lower-case letters, digits and underscores");
		}
		required(field(at, "workload"), m.workload());
		shortText(field(at, "workload"), m.workload());
		shortText(field(at, "stack"), m.stack());
		required(field(at, "quote"), m.quote());
		text(field(at, "note"), m.note());
		if (m.value() == null) {
			problem(field(at, "value"), "is missing");
		}
		else if (m.value().signum() < 0) {
			problem(field(at, "value"), "must not be negative");
		}
		else if (!Measurement.fits(m.value())) {
			problem(field(at, "value"), Measurement.FITS);
		}
		if (m.valueMax() != null && !Measurement.fits(m.valueMax())) {
			problem(field(at, "valueMax"), Measurement.FITS);
		}
		if (m.valueMax() != null && m.value() != null && m.valueMax().compareTo(m.value()) <= 0) {
			problem(field(at, "valueMax"), "must be greater than value (" + m.value() + ") for a range");
		}
		if (required(field(at, "unit"), m.unit())) {
			Unit unit = Unit.fromSymbol(m.unit()).orElse(null);
			if (unit == null) {
				problem(field(at, "unit"), "unknown unit '" + m.unit() + "' (use ms, s, MB, GB or req/s)");
			}
			else if (metricUnit != null && !unit.convertsTo(metricUnit)) {
				problem(field(at, "unit"),
						"'" + m.unit() + "' does not match metric '" + m.metric() + "', which is in " + metricUnit);
			}
		}
		if (candidateKnown && m.stack() == null && !stacks.containsKey(m.candidate())) {
			problem(field(at, "stack"), "no stack given and the dataset has no stack for '" + m.candidate() + "'");
		}
		String identity = identity(m.candidate(), m.metric(), m.scenario(), m.workload(),
				(m.stack() != null) ? m.stack() : stacks.get(m.candidate()));
		if (!seen.add(identity)) {
			problem(at, "duplicates an earlier measurement (same candidate, metric, scenario, workload and stack)");
		}
		else if (stored.contains(identity)) {
			problem(at, "the dataset already has this measurement (same candidate, metric, scenario, workload and "
					+ "stack); change the stored one instead");
		}
	}

	/**
	 * Validates measurements to be added to a stored dataset (a CSV import).
	 * @param rows each measurement by its location (e.g. {@code line 4})
	 * @param stacks the dataset's stack per candidate key
	 * @param stored the {@link #identity identities} of the dataset's stored measurements
	 */
	List<ImportProblem> validateMeasurements(Map<String, MeasurementEntry> rows, Map<String, String> stacks,
			Set<String> stored) {
		Set<String> seen = new HashSet<>();
		rows.forEach((at, entry) -> validateMeasurement(at, entry, stacks, seen, stored));
		return List.copyOf(this.problems);
	}

	/** What makes a measurement unique within its dataset (the table's unique key). */
	static String identity(String candidate, String metric, String scenario, String workload, String stack) {
		return candidate + "|" + metric + "|" + scenario + "|" + workload + "|" + stack;
	}

	/** A CSV row's field is named after its column, a JSON field by its path. */
	private static String field(String at, String name) {
		if (at.startsWith("line ")) {
			return at + ", column " + (name.equals("valueMax") ? MeasurementCsv.VALUE_MAX : name);
		}
		return at + "." + name;
	}

	private void validateClaim(String at, ClaimEntry claim) {
		required(at + ".quote", claim.quote());
		if (claim.criterion() != null && !this.catalog.criterionKeys().contains(claim.criterion())) {
			problem(at + ".criterion", "unknown criterion '" + claim.criterion() + "'");
		}
		if (required(at + ".kind", claim.kind())) {
			try {
				ClaimKind.fromKey(claim.kind());
			}
			catch (IllegalArgumentException ex) {
				problem(at + ".kind", ex.getMessage());
			}
		}
		if (claim.candidates() == null || claim.candidates().isEmpty()) {
			problem(at + ".candidates", "a claim must be about at least one candidate");
			return;
		}
		claim.candidates().forEach((candidate, stance) -> {
			knownCandidate(at + ".candidates." + candidate, candidate);
			try {
				Stance.fromKey(stance);
			}
			catch (IllegalArgumentException ex) {
				problem(at + ".candidates." + candidate, ex.getMessage());
			}
		});
	}

	private boolean knownCandidate(String at, String key) {
		if (!this.catalog.candidateKeys().contains(key)) {
			problem(at,
					"unknown candidate '" + key + "' (known: " + String.join(", ", this.catalog.candidateKeys()) + ")");
			return false;
		}
		return true;
	}

	private boolean required(String at, String value) {
		if (value == null || value.isBlank()) {
			problem(at, "is missing");
			return false;
		}
		return text(at, value);
	}

	private void shortText(String at, String value) {
		if (value != null && value.length() > MAX_SHORT_TEXT) {
			problem(at, "is longer than " + MAX_SHORT_TEXT + " characters");
		}
	}

	private boolean text(String at, String value) {
		if (value != null && value.length() > MAX_TEXT) {
			problem(at, "is longer than " + MAX_TEXT + " characters");
			return false;
		}
		return true;
	}

	private void problem(String location, String message) {
		this.problems.add(new ImportProblem(location, message));
	}

	/** The keys of a topic that a file may refer to. */
	record TopicCatalog(String topicKey, Set<String> candidateKeys, Map<String, Unit> metricUnits,
			Set<String> criterionKeys) {
	}

}
