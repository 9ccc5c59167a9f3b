package io.frameworkadvisor.matrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.frameworkadvisor.matrix.MatrixFile.CellEntry;
import io.frameworkadvisor.matrix.MatrixFile.EvidenceRef;
import io.frameworkadvisor.matrix.MatrixFile.MeasurementRef;
import io.frameworkadvisor.matrix.MatrixFile.MustHaveEntry;
import io.frameworkadvisor.matrix.MatrixFile.OptionEntry;
import io.frameworkadvisor.matrix.MatrixFile.QuestionEntry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a {@link MatrixFile} into the draft tables (criterion_metric, score,
 * score_evidence, question, answer_option, option_weight, option_must_have) of a topic
 * whose candidates, criteria, metrics and sources exist. Validates the whole file first:
 * nothing is stored when anything is wrong.
 */
@Service
public class MatrixImporter {

	/** The table's limit on question and option labels ({@code V1__domain.sql}). */
	private static final int MAX_LABEL = 300;

	private final JdbcTemplate jdbc;

	MatrixImporter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the problems found; nothing is stored unless the list is empty
	 */
	@Transactional
	public List<String> importMatrix(MatrixFile file) {
		List<String> problems = new ArrayList<>();
		Long topicId = this.jdbc.query("select id from topic where key = ?", (rs, i) -> rs.getLong(1), file.topic())
			.stream()
			.findFirst()
			.orElse(null);
		if (topicId == null) {
			return List.of("topic: unknown topic '" + file.topic() + "'");
		}
		Map<String, Long> candidates = ids("select key, id from candidate where topic_id = ?", topicId);
		Map<String, Long> criteria = ids("select key, id from criterion where topic_id = ?", topicId);
		Map<String, Long> metrics = ids("select key, id from metric where topic_id = ?", topicId);
		Map<String, Long> claimIds = new HashMap<>();
		validateDerived(file, criteria, metrics, problems);
		validateCells(file, topicId, candidates, criteria, claimIds, problems);
		validateQuestions(file, criteria, problems);
		if (!problems.isEmpty()) {
			return problems;
		}
		store(file, candidates, criteria, metrics, claimIds, topicId);
		return List.of();
	}

	private void validateDerived(MatrixFile file, Map<String, Long> criteria, Map<String, Long> metrics,
			List<String> problems) {
		file.derivedCriteria().forEach((criterion, sources) -> {
			if (!criteria.containsKey(criterion)) {
				problems.add("derivedCriteria." + criterion + ": unknown criterion");
			}
			sources.forEach(source -> {
				if (!metrics.containsKey(source.metric())) {
					problems.add("derivedCriteria." + criterion + ": unknown metric '" + source.metric() + "'");
				}
			});
		});
	}

	private void validateCells(MatrixFile file, long topicId, Map<String, Long> candidates, Map<String, Long> criteria,
			Map<String, Long> claimIds, List<String> problems) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < file.scores().size(); i++) {
			CellEntry cell = file.scores().get(i);
			String at = "scores[" + i + "] (" + cell.candidate() + ", " + cell.criterion() + ")";
			if (!candidates.containsKey(cell.candidate())) {
				problems.add(at + ": unknown candidate");
			}
			if (!criteria.containsKey(cell.criterion())) {
				problems.add(at + ": unknown criterion");
			}
			if (!seen.add(cell.candidate() + "|" + cell.criterion())) {
				problems.add(at + ": a second cell for the same candidate and criterion");
			}
			boolean derived = Boolean.TRUE.equals(cell.derived());
			if (derived && !file.derivedCriteria().containsKey(cell.criterion())) {
				problems.add(at + ": marked derived but the criterion is not in derivedCriteria");
			}
			if (!derived && file.derivedCriteria().containsKey(cell.criterion())) {
				problems.add(at + ": the criterion is derived; mark the cell derived (optionally with an override)");
			}
			if (derived && cell.score() != null && blank(cell.overrideReason())) {
				problems.add(at + ": a score on a derived cell is an override and needs an overrideReason");
			}
			if (!derived && cell.score() == null) {
				problems.add(at + ": score is missing");
			}
			if (cell.score() != null && (cell.score().compareTo(BigDecimal.ZERO) < 0
					|| cell.score().compareTo(BigDecimal.TEN) > 0 || !hundredths(cell.score()))) {
				problems.add(at + ": score must be between 0 and 10, with at most two decimals");
			}
			if (blank(cell.rationale())) {
				problems.add(at + ": rationale is missing");
			}
			for (EvidenceRef ref : (cell.evidence() != null) ? cell.evidence() : List.<EvidenceRef>of()) {
				if (ref.measurement() != null) {
					validateMeasurementRef(at, ref.measurement(), topicId, claimIds, problems);
					continue;
				}
				// A quote that is exactly a claim's quote names that claim, even when a
				// longer claim contains it.
				List<Long> matches = this.jdbc.query("""
						select cl.id from claim cl join source s on s.id = cl.source_id
						where s.topic_id = ? and s.key = ? and strpos(cl.quote, ?) > 0
						order by (cl.quote = ?) desc""", (rs, n) -> rs.getLong(1), topicId, ref.source(), ref.quote(),
						ref.quote());
				boolean exact = !matches.isEmpty() && this.jdbc.queryForObject(
						"select quote = ? from claim where id = ?", Boolean.class, ref.quote(), matches.get(0));
				if (exact) {
					matches = matches.subList(0, 1);
				}
				if (matches.size() != 1) {
					problems.add(at + ": evidence '" + ref.quote() + "' matches " + matches.size()
							+ " claims of source '" + ref.source() + "' (must match exactly one)");
				}
				else {
					claimIds.put(ref.source() + "|" + ref.quote(), matches.get(0));
				}
			}
		}
		for (String candidate : candidates.keySet()) {
			for (String criterion : criteria.keySet()) {
				if (!seen.contains(candidate + "|" + criterion)) {
					problems.add("scores: no cell for (" + candidate + ", " + criterion + ")");
				}
			}
		}
	}

	private void validateMeasurementRef(String at, MeasurementRef ref, long topicId, Map<String, Long> evidenceIds,
			List<String> problems) {
		List<Long> matches = this.jdbc.query("""
				select me.id from measurement me join dataset d on d.id = me.dataset_id
				join source s on s.id = d.source_id join candidate c on c.id = me.candidate_id
				join metric m on m.id = me.metric_id
				where s.topic_id = ? and d.slug = ? and c.key = ? and m.key = ? and me.scenario = ?
				and me.workload = ? and me.stack = ?""", (rs, n) -> rs.getLong(1), topicId, ref.dataset(),
				ref.candidate(), ref.metric(), ref.scenario(), ref.workload(), ref.stack());
		if (matches.size() != 1) {
			problems.add(at + ": evidence " + ref + " matches no measurement of this topic");
		}
		else {
			evidenceIds.put(measurementKey(ref), matches.get(0));
		}
	}

	private static String measurementKey(MeasurementRef ref) {
		return "measurement|" + ref;
	}

	private static void validateQuestions(MatrixFile file, Map<String, Long> criteria, List<String> problems) {
		Set<String> questionKeys = new HashSet<>();
		for (QuestionEntry question : file.questions()) {
			String at = "questions." + question.key();
			if (!Keys.isIdentifier(question.key()) || !questionKeys.add(question.key())) {
				problems.add(at + ": missing, malformed or duplicate key");
			}
			if (blank(question.label())) {
				problems.add(at + ": label is missing");
			}
			else if (question.label().length() > MAX_LABEL) {
				problems.add(at + ": label is longer than " + MAX_LABEL + " characters");
			}
			Set<String> optionKeys = new HashSet<>();
			for (OptionEntry option : question.options()) {
				String optionAt = at + "." + option.key();
				if (!Keys.isIdentifier(option.key()) || !optionKeys.add(option.key())) {
					problems.add(optionAt + ": missing, malformed or duplicate key");
				}
				if (blank(option.label())) {
					problems.add(optionAt + ": label is missing");
				}
				else if (option.label().length() > MAX_LABEL) {
					problems.add(optionAt + ": label is longer than " + MAX_LABEL + " characters");
				}
				weights(option).forEach((criterion, weight) -> {
					if (!criteria.containsKey(criterion)) {
						problems.add(optionAt + ".weights: unknown criterion '" + criterion + "'");
					}
					if (weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0 || !hundredths(weight)) {
						problems.add(optionAt + ".weights." + criterion
								+ ": must be above 0 and at most 100, with at most two decimals");
					}
				});
				for (MustHaveEntry mustHave : mustHaves(option)) {
					if (!criteria.containsKey(mustHave.criterion())) {
						problems.add(optionAt + ".mustHaves: unknown criterion '" + mustHave.criterion() + "'");
					}
					if (mustHave.minScore() == null || mustHave.minScore().signum() < 0
							|| mustHave.minScore().compareTo(BigDecimal.TEN) > 0 || !hundredths(mustHave.minScore())) {
						problems.add(optionAt + ".mustHaves." + mustHave.criterion()
								+ ": minScore must be 0–10, with at most two decimals");
					}
				}
			}
			if (optionKeys.size() < 2) {
				problems.add(at + ": a question needs at least two options");
			}
		}
	}

	private void store(MatrixFile file, Map<String, Long> candidates, Map<String, Long> criteria,
			Map<String, Long> metrics, Map<String, Long> claimIds, long topicId) {
		file.derivedCriteria()
			.forEach((criterion,
					sources) -> sources.forEach(source -> this.jdbc.update(
							"insert into criterion_metric (criterion_id, metric_id, scenario) values (?, ?, ?)",
							criteria.get(criterion), metrics.get(source.metric()), source.scenario())));
		for (CellEntry cell : file.scores()) {
			boolean derived = Boolean.TRUE.equals(cell.derived());
			String mode = !derived ? "judgement" : (cell.score() != null) ? "override" : "derived";
			Long scoreId = this.jdbc.queryForObject("""
					insert into score (candidate_id, criterion_id, value, mode, rationale, override_reason)
					values (?, ?, ?, ?, ?, ?) returning id""", Long.class, candidates.get(cell.candidate()),
					criteria.get(cell.criterion()), cell.score(), mode, cell.rationale(), cell.overrideReason());
			for (EvidenceRef ref : (cell.evidence() != null) ? cell.evidence() : List.<EvidenceRef>of()) {
				if (ref.measurement() != null) {
					this.jdbc.update(
							"insert into score_evidence (score_id, measurement_id) values (?, ?) on conflict do nothing",
							scoreId, claimIds.get(measurementKey(ref.measurement())));
				}
				else {
					this.jdbc.update(
							"insert into score_evidence (score_id, claim_id) values (?, ?) on conflict do nothing",
							scoreId, claimIds.get(ref.source() + "|" + ref.quote()));
				}
			}
		}
		int questionPosition = 0;
		for (QuestionEntry question : file.questions()) {
			Long questionId = this.jdbc.queryForObject("""
					insert into question (topic_id, key, label, help, position) values (?, ?, ?, ?, ?) returning id""",
					Long.class, topicId, question.key(), question.label(), orEmpty(question.help()),
					questionPosition++);
			int optionPosition = 0;
			for (OptionEntry option : question.options()) {
				Long optionId = this.jdbc.queryForObject("""
						insert into answer_option (question_id, key, label, help, position, weight_basis)
						values (?, ?, ?, ?, ?, ?) returning id""", Long.class, questionId, option.key(), option.label(),
						orEmpty(option.help()), optionPosition++, orEmpty(option.basis()));
				weights(option).forEach((criterion, weight) -> this.jdbc.update(
						"insert into option_weight (option_id, criterion_id, weight) values (?, ?, ?)", optionId,
						criteria.get(criterion), weight));
				for (MustHaveEntry mustHave : mustHaves(option)) {
					this.jdbc.update(
							"insert into option_must_have (option_id, criterion_id, min_score, reason) values (?, ?, ?, ?)",
							optionId, criteria.get(mustHave.criterion()), mustHave.minScore(),
							orEmpty(mustHave.reason()));
				}
			}
		}
	}

	private Map<String, Long> ids(String sql, long topicId) {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.query(sql, (rs) -> {
			ids.put(rs.getString(1), rs.getLong(2));
		}, topicId);
		return ids;
	}

	/**
	 * Scores, weights and minimum scores are stored with two decimals
	 * ({@code numeric(4, 2)}, {@code numeric(5, 2)}): a third would be rounded away, or
	 * round a weight to 0, which the table refuses.
	 */
	private static boolean hundredths(BigDecimal number) {
		return number.stripTrailingZeros().scale() <= 2;
	}

	private static Map<String, BigDecimal> weights(OptionEntry option) {
		return (option.weights() != null) ? option.weights() : Map.of();
	}

	private static List<MustHaveEntry> mustHaves(OptionEntry option) {
		return (option.mustHaves() != null) ? option.mustHaves() : List.of();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
