package io.frameworkadvisor.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Cell;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CellMode;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceItem;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.MustHave;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Option;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;

/**
 * What publishing a draft would change, compared with the published version: cells
 * (score, mode, rationale, evidence — derived scores included, so a new dataset shows the
 * scores it moves), candidates, criteria, questions and options added, removed or
 * relabelled, and the weights and must-haves of the options.
 */
public record DraftDiff(List<CellChange> cells, List<StructureChange> structure, List<WeightChange> weights,
		List<MustHaveChange> mustHaves) {

	/** Scores are shown with two decimals; smaller differences are no change. */
	static final double SCORE_TOLERANCE = 0.005;

	public boolean isEmpty() {
		return this.cells.isEmpty() && this.structure.isEmpty() && this.weights.isEmpty() && this.mustHaves.isEmpty();
	}

	public static DraftDiff between(DecisionMatrix published, DecisionMatrix draft) {
		List<StructureChange> structure = new ArrayList<>();
		compare(StructureKind.CANDIDATE, null, labels(published.candidates(), c -> c.key(), c -> c.name()),
				labels(draft.candidates(), c -> c.key(), c -> c.name()), structure);
		compare(StructureKind.CRITERION, null, labels(published.criteria(), c -> c.key(), c -> c.name()),
				labels(draft.criteria(), c -> c.key(), c -> c.name()), structure);
		compare(StructureKind.QUESTION, null, labels(published.questions(), q -> q.key(), q -> q.label()),
				labels(draft.questions(), q -> q.key(), q -> q.label()), structure);
		List<WeightChange> weights = new ArrayList<>();
		List<MustHaveChange> mustHaves = new ArrayList<>();
		for (String questionKey : union(published.questions(), draft.questions(), Question::key)) {
			List<Option> before = published.question(questionKey).map(Question::options).orElse(List.of());
			List<Option> after = draft.question(questionKey).map(Question::options).orElse(List.of());
			String questionLabel = draft.question(questionKey)
				.or(() -> published.question(questionKey))
				.orElseThrow()
				.label();
			if (published.question(questionKey).isPresent() && draft.question(questionKey).isPresent()) {
				compare(StructureKind.OPTION, questionKey, labels(before, Option::key, Option::label),
						labels(after, Option::key, Option::label), structure);
			}
			for (String optionKey : union(before, after, Option::key)) {
				Option old = find(before, optionKey);
				Option now = find(after, optionKey);
				String optionLabel = (now != null) ? now.label() : old.label();
				Map<String, Double> oldWeights = (old != null) ? old.weights() : Map.of();
				Map<String, Double> newWeights = (now != null) ? now.weights() : Map.of();
				for (String criterion : union(oldWeights.keySet(), newWeights.keySet())) {
					Double was = oldWeights.get(criterion);
					Double is = newWeights.get(criterion);
					if (!sameNumber(was, is)) {
						weights.add(new WeightChange(questionKey, questionLabel, optionKey, optionLabel, criterion,
								criterionName(published, draft, criterion), was, is));
					}
				}
				Map<String, MustHave> oldMust = mustHaves(old);
				Map<String, MustHave> newMust = mustHaves(now);
				for (String criterion : union(oldMust.keySet(), newMust.keySet())) {
					MustHave was = oldMust.get(criterion);
					MustHave is = newMust.get(criterion);
					if (was == null || is == null || !sameNumber(was.minScore(), is.minScore())
							|| !Objects.equals(was.reason(), is.reason())) {
						mustHaves.add(new MustHaveChange(questionKey, questionLabel, optionKey, optionLabel, criterion,
								criterionName(published, draft, criterion), was, is));
					}
				}
			}
		}
		return new DraftDiff(cells(published, draft), structure, weights, mustHaves);
	}

	private static List<CellChange> cells(DecisionMatrix published, DecisionMatrix draft) {
		List<CellChange> changes = new ArrayList<>();
		for (Cell now : draft.cells()) {
			Cell old = published.cell(now.candidate(), now.criterion()).orElse(null);
			if (old == null) {
				// a new candidate or criterion: listed as such in the structure changes
				continue;
			}
			List<EvidenceRef> added = evidence(draft, now.evidence(), old.evidence());
			List<EvidenceRef> removed = evidence(published, old.evidence(), now.evidence());
			CellChange change = new CellChange(now.candidate(), draft.candidate(now.candidate()).orElseThrow().name(),
					now.criterion(), criterionName(published, draft, now.criterion()), old.score(), now.score(),
					old.mode(), now.mode(), old.rationale(), now.rationale(), old.overrideReason(),
					now.overrideReason(), added, removed);
			if (change.scoreChanged() || change.modeChanged() || change.rationaleChanged()
					|| change.overrideReasonChanged() || !added.isEmpty() || !removed.isEmpty()) {
				changes.add(change);
			}
		}
		return changes;
	}

	private static List<EvidenceRef> evidence(DecisionMatrix matrix, List<String> ids, List<String> without) {
		Set<String> other = Set.copyOf(without);
		return ids.stream()
			.filter(id -> !other.contains(id))
			.map(id -> new EvidenceRef(id, matrix.evidenceItem(id).map(DraftDiff::label).orElse(id)))
			.toList();
	}

	private static String label(EvidenceItem item) {
		if (item.measured() != null) {
			return item.measured().metricName() + ": " + item.measured().display() + " (" + item.sourceTitle() + ")";
		}
		String quote = (item.quote().length() > 120) ? item.quote().substring(0, 117) + "…" : item.quote();
		return "“" + quote + "” (" + item.sourceTitle() + ")";
	}

	private static void compare(StructureKind kind, String question, Map<String, String> before,
			Map<String, String> after, List<StructureChange> changes) {
		for (String key : union(before.keySet(), after.keySet())) {
			String was = before.get(key);
			String is = after.get(key);
			if (was == null) {
				changes.add(new StructureChange(kind, StructureChangeKind.ADDED, question, key, null, is));
			}
			else if (is == null) {
				changes.add(new StructureChange(kind, StructureChangeKind.REMOVED, question, key, was, null));
			}
			else if (!was.equals(is)) {
				changes.add(new StructureChange(kind, StructureChangeKind.RELABELLED, question, key, was, is));
			}
		}
	}

	private static <T> Map<String, String> labels(List<T> items, Function<T, String> key, Function<T, String> label) {
		Map<String, String> labels = new LinkedHashMap<>();
		items.forEach(item -> labels.put(key.apply(item), label.apply(item)));
		return labels;
	}

	private static <T> Set<String> union(List<T> before, List<T> after, Function<T, String> key) {
		Set<String> keys = new LinkedHashSet<>();
		before.forEach(item -> keys.add(key.apply(item)));
		after.forEach(item -> keys.add(key.apply(item)));
		return keys;
	}

	private static Set<String> union(Set<String> before, Set<String> after) {
		Set<String> keys = new LinkedHashSet<>(before);
		keys.addAll(after);
		return keys;
	}

	private static Option find(List<Option> options, String key) {
		return options.stream().filter(option -> option.key().equals(key)).findFirst().orElse(null);
	}

	private static Map<String, MustHave> mustHaves(Option option) {
		Map<String, MustHave> byCriterion = new LinkedHashMap<>();
		if (option != null && option.mustHaves() != null) {
			option.mustHaves().forEach(mustHave -> byCriterion.put(mustHave.criterion(), mustHave));
		}
		return byCriterion;
	}

	private static String criterionName(DecisionMatrix published, DecisionMatrix draft, String key) {
		return draft.criterion(key).or(() -> published.criterion(key)).map(c -> c.name()).orElse(key);
	}

	private static boolean sameNumber(Double a, Double b) {
		return (a == null || b == null) ? a == b : Math.abs(a - b) < SCORE_TOLERANCE;
	}

	/**
	 * One (candidate, criterion) cell whose score, mode, rationale or evidence changes.
	 */
	public record CellChange(String candidate, String candidateName, String criterion, String criterionName,
			double oldScore, double newScore, CellMode oldMode, CellMode newMode, String oldRationale,
			String newRationale, String oldOverrideReason, String newOverrideReason, List<EvidenceRef> evidenceAdded,
			List<EvidenceRef> evidenceRemoved) {

		public boolean scoreChanged() {
			return !sameNumber(this.oldScore, this.newScore);
		}

		public boolean modeChanged() {
			return this.oldMode != this.newMode;
		}

		public boolean rationaleChanged() {
			return !Objects.equals(this.oldRationale, this.newRationale);
		}

		public boolean overrideReasonChanged() {
			return !Objects.equals(this.oldOverrideReason, this.newOverrideReason);
		}

		/** The audit-log entity id of this cell: topic/candidate/criterion. */
		public String auditId(String topicKey) {
			return topicKey + "/" + this.candidate + "/" + this.criterion;
		}

	}

	/** A measurement or claim, by its snapshot id and a readable label. */
	public record EvidenceRef(String id, String label) {
	}

	/**
	 * A candidate, criterion, question or option (of {@code question}) added, removed or
	 * relabelled.
	 */
	public record StructureChange(StructureKind kind, StructureChangeKind change, String question, String key,
			String oldLabel, String newLabel) {
	}

	public enum StructureKind {

		CANDIDATE, CRITERION, QUESTION, OPTION

	}

	public enum StructureChangeKind {

		ADDED, REMOVED, RELABELLED

	}

	/** The weight an option puts on a criterion; null where it puts none. */
	public record WeightChange(String question, String questionLabel, String option, String optionLabel,
			String criterion, String criterionName, Double oldWeight, Double newWeight) {
	}

	/** A must-have of an option on a criterion; null where there is none. */
	public record MustHaveChange(String question, String questionLabel, String option, String optionLabel,
			String criterion, String criterionName, MustHave before, MustHave after) {
	}

}
