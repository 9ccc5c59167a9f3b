package io.frameworkadvisor.recommendation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.frameworkadvisor.evidence.EvidenceViews.MeasurementView;
import io.frameworkadvisor.evidence.EvidenceViews.CandidateRef;
import io.frameworkadvisor.matrix.Unit;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CandidateInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Cell;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CellMode;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CriterionInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceItem;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceType;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Measured;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.MustHave;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Option;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;
import io.frameworkadvisor.recommendation.engine.DisagreementFinder;
import io.frameworkadvisor.recommendation.engine.DisagreementFinder.ClaimStance;
import io.frameworkadvisor.recommendation.engine.RecommendationEngine;
import io.frameworkadvisor.recommendation.engine.ScoreDerivation;
import io.frameworkadvisor.recommendation.engine.ScoreDerivation.Derived;
import io.frameworkadvisor.recommendation.engine.ScoreDerivation.Observation;
import io.frameworkadvisor.matrix.TopicNotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link DecisionMatrix} of a topic from the current (draft) tables: derives
 * the metric-backed scores from the measurements, finds where the sources disagree, and
 * copies the evidence that cells refer to. Reads everything in a fixed number of queries.
 */
@Component
class SnapshotBuilder {

	private final JdbcTemplate jdbc;

	SnapshotBuilder(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	DecisionMatrix build(String topicKey, int version, Instant publishedAt) {
		Map<String, Object> topic = this.jdbc.queryForList("select id, key, name from topic where key = ?", topicKey)
			.stream()
			.findFirst()
			.orElseThrow(() -> new TopicNotFoundException(topicKey));
		long topicId = ((Number) topic.get("id")).longValue();
		List<CandidateInfo> candidates = this.jdbc.query(
				"select key, name from candidate where topic_id = ? order by position, key",
				(rs, i) -> new CandidateInfo(rs.getString(1), rs.getString(2)), topicId);
		Map<String, MeasurementRow> measurements = measurements(topicId);
		Map<String, ClaimRow> claims = claims(topicId);
		Map<String, List<String[]>> derivedSources = new LinkedHashMap<>();
		this.jdbc.query("""
				select cr.key, m.key, cm.scenario from criterion_metric cm
				join criterion cr on cr.id = cm.criterion_id join metric m on m.id = cm.metric_id
				where cr.topic_id = ?""", (rs) -> {
			derivedSources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(new String[] { rs.getString(2), rs.getString(3) });
		}, topicId);
		Map<String, List<String>> cellEvidence = new HashMap<>();
		this.jdbc.query("""
				select c.key, cr.key, se.measurement_id, se.claim_id from score_evidence se
				join score s on s.id = se.score_id join candidate c on c.id = s.candidate_id
				join criterion cr on cr.id = s.criterion_id where cr.topic_id = ? order by se.id""", (rs) -> {
			String id = (rs.getObject(3) != null) ? "m" + rs.getLong(3) : "c" + rs.getLong(4);
			cellEvidence.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new ArrayList<>()).add(id);
		}, topicId);
		List<CriterionInfo> criteria = new ArrayList<>();
		List<Cell> cells = new ArrayList<>();
		Set<String> referenced = new LinkedHashSet<>();
		List<Map<String, Object>> criterionRows = this.jdbc.queryForList(
				"select key, name, description from criterion where topic_id = ? order by position, key", topicId);
		Map<String, Map<String, Object>> scoreRows = new HashMap<>();
		this.jdbc.queryForList("""
				select c.key as candidate, cr.key as criterion, s.value, s.mode, s.rationale, s.override_reason
				from score s join candidate c on c.id = s.candidate_id join criterion cr on cr.id = s.criterion_id
				where cr.topic_id = ?""", topicId)
			.forEach(row -> scoreRows.put(row.get("candidate") + "|" + row.get("criterion"), row));
		for (Map<String, Object> criterionRow : criterionRows) {
			String criterion = (String) criterionRow.get("key");
			List<String[]> sources = derivedSources.get(criterion);
			boolean derived = sources != null;
			List<Observation> observations = derived ? observations(measurements, sources) : List.of();
			Map<String, Derived> derivedScores = derived ? ScoreDerivation.derive(observations) : Map.of();
			List<ClaimStance> stances = claims.values()
				.stream()
				.filter(claim -> criterion.equals(claim.criterion()))
				.map(claim -> new ClaimStance(claim.id(), claim.sourceKey(), "recommendation".equals(claim.kind()),
						claim.stances()))
				.toList();
			String measuredBest = derivedScores.entrySet()
				.stream()
				.max(Comparator.comparingDouble(entry -> entry.getValue().score()))
				.map(Map.Entry::getKey)
				.orElse(null);
			List<DecisionMatrix.Disagreement> disagreements = DisagreementFinder.find(observations, stances,
					measuredBest);
			disagreements.forEach(disagreement -> referenced.addAll(disagreement.evidence()));
			criteria.add(new CriterionInfo(criterion, (String) criterionRow.get("name"),
					(String) criterionRow.get("description"), derived, disagreements));
			for (CandidateInfo candidate : candidates) {
				Map<String, Object> row = scoreRows.get(candidate.key() + "|" + criterion);
				if (row == null) {
					throw new IllegalStateException(
							"No score for (" + candidate.key() + ", " + criterion + ") in topic " + topicKey);
				}
				Cell cell = cell(candidate.key(), criterion, row, derivedScores.get(candidate.key()),
						cellEvidence.getOrDefault(candidate.key() + "|" + criterion, List.of()));
				referenced.addAll(cell.evidence());
				cells.add(cell);
			}
		}
		List<EvidenceItem> pairingAdvice = claims.values()
			.stream()
			.filter(claim -> "recommendation".equals(claim.kind())
					&& claim.stances().values().stream().filter("favours"::equals).count() >= 2)
			.map(ClaimRow::item)
			.toList();
		Map<String, EvidenceItem> evidence = new LinkedHashMap<>();
		for (String id : referenced) {
			if (measurements.containsKey(id)) {
				evidence.put(id, measurements.get(id).item());
			}
			else if (claims.containsKey(id)) {
				evidence.put(id, claims.get(id).item());
			}
		}
		return new DecisionMatrix(RecommendationEngine.METHOD_VERSION, topicKey, (String) topic.get("name"), version,
				publishedAt, candidates, criteria, cells, questions(topicId), evidence, pairingAdvice);
	}

	private static Cell cell(String candidate, String criterion, Map<String, Object> row, Derived derived,
			List<String> linked) {
		String mode = (String) row.get("mode");
		String rationale = (String) row.get("rationale");
		String overrideReason = (String) row.get("override_reason");
		BigDecimal value = (BigDecimal) row.get("value");
		List<String> evidence = new ArrayList<>();
		if (!"judgement".equals(mode) && derived != null) {
			evidence.addAll(derived.evidence());
		}
		evidence.addAll(linked);
		return switch (mode) {
			case "derived" -> new Cell(candidate, criterion,
					(derived != null) ? derived.score() : ScoreDerivation.NO_DATA_SCORE, CellMode.DERIVED, rationale,
					null, List.copyOf(new LinkedHashSet<>(evidence)), (derived != null) ? derived.steps() : List.of());
			case "override" ->
				new Cell(candidate, criterion, value.doubleValue(), CellMode.OVERRIDE, rationale, overrideReason,
						List.copyOf(new LinkedHashSet<>(evidence)), (derived != null) ? derived.steps() : List.of());
			default -> new Cell(candidate, criterion, value.doubleValue(), CellMode.JUDGEMENT, rationale, null,
					List.copyOf(new LinkedHashSet<>(evidence)), List.of());
		};
	}

	private static List<Observation> observations(Map<String, MeasurementRow> measurements, List<String[]> sources) {
		List<Observation> observations = new ArrayList<>();
		for (MeasurementRow m : measurements.values()) {
			for (String[] source : sources) {
				if (m.metricKey().equals(source[0]) && (source[1] == null || source[1].equals(m.scenario()))) {
					observations.add(new Observation(m.id(), m.datasetSlug(), m.metricKey(), m.workload(),
							m.candidate(), m.valueInMetricUnit(), m.lowerIsBetter()));
				}
			}
		}
		return observations;
	}

	private Map<String, MeasurementRow> measurements(long topicId) {
		Map<String, MeasurementRow> rows = new LinkedHashMap<>();
		this.jdbc.query("""
				select me.id, c.key as candidate, c.name as candidate_name, m.key as metric, m.name as metric_name,
				       m.statistic, m.unit as metric_unit, m.better, me.scenario, me.workload, me.stack, me.value,
				       me.value_max, me.approximate, me.unit, me.quote, d.slug, d.title as dataset_title, d.hardware,
				       s.key as source_key, s.title as source_title
				from measurement me
				join dataset d on d.id = me.dataset_id join source s on s.id = d.source_id
				join candidate c on c.id = me.candidate_id join metric m on m.id = me.metric_id
				where s.topic_id = ? order by d.id, me.position""", (rs) -> {
			BigDecimal value = rs.getBigDecimal("value");
			BigDecimal valueMax = rs.getBigDecimal("value_max");
			Unit unit = Unit.fromSymbol(rs.getString("unit")).orElseThrow();
			Unit metricUnit = Unit.fromSymbol(rs.getString("metric_unit")).orElseThrow();
			MeasurementView view = new MeasurementView(
					new CandidateRef(rs.getString("candidate"), rs.getString("candidate_name")),
					rs.getString("workload"), rs.getString("scenario"), rs.getString("stack"), value, valueMax,
					rs.getBoolean("approximate"), unit.symbol(), unit.convert(value, valueMax, metricUnit),
					rs.getString("quote"), null);
			String id = "m" + rs.getLong("id");
			rows.put(id, new MeasurementRow(id, rs.getString("candidate"), rs.getString("metric"),
					rs.getString("scenario"), rs.getString("workload"), view.valueInMetricUnit(),
					"lower".equals(rs.getString("better")), rs.getString("slug"),
					new EvidenceItem(id, EvidenceType.MEASUREMENT, rs.getString("source_key"),
							rs.getString("source_title"), rs.getString("quote"),
							new Measured(rs.getString("candidate"), rs.getString("metric"), rs.getString("metric_name"),
									rs.getString("statistic"), rs.getString("workload"), view.display(),
									view.valueInMetricUnit(), rs.getString("slug"), rs.getString("dataset_title"),
									rs.getString("hardware")),
							Map.of())));
		}, topicId);
		return rows;
	}

	private Map<String, ClaimRow> claims(long topicId) {
		Map<String, ClaimRow> rows = new LinkedHashMap<>();
		this.jdbc.query("""
				select cl.id, cl.kind, cl.quote, cr.key as criterion, s.key as source_key, s.title as source_title,
				       c.key as candidate, cc.stance
				from claim cl join source s on s.id = cl.source_id
				left join criterion cr on cr.id = cl.criterion_id
				join claim_candidate cc on cc.claim_id = cl.id join candidate c on c.id = cc.candidate_id
				where s.topic_id = ? order by s.id, cl.position, c.position""", (rs) -> {
			String id = "c" + rs.getLong("id");
			rows.computeIfAbsent(id,
					key -> new ClaimRow(id, getString(rs, "kind"), getString(rs, "criterion"),
							getString(rs, "source_key"), getString(rs, "source_title"), getString(rs, "quote"),
							new LinkedHashMap<>()))
				.stances()
				.put(rs.getString("candidate"), rs.getString("stance"));
		}, topicId);
		return rows;
	}

	private List<Question> questions(long topicId) {
		Map<Long, Map<String, Double>> weights = new HashMap<>();
		this.jdbc.query(
				"""
						select ow.option_id, cr.key, ow.weight from option_weight ow join criterion cr on cr.id = ow.criterion_id
						where cr.topic_id = ? order by cr.position, cr.key""",
				(rs) -> {
					weights.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
						.put(rs.getString(2), rs.getBigDecimal(3).doubleValue());
				}, topicId);
		Map<Long, List<MustHave>> mustHaves = new HashMap<>();
		this.jdbc.query("""
				select om.option_id, cr.key, om.min_score, om.reason from option_must_have om
				join criterion cr on cr.id = om.criterion_id where cr.topic_id = ?""", (rs) -> {
			mustHaves.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new MustHave(rs.getString(2), rs.getBigDecimal(3).doubleValue(), rs.getString(4)));
		}, topicId);
		Map<Long, List<Option>> options = new LinkedHashMap<>();
		this.jdbc.query("""
				select o.id, o.question_id, o.key, o.label, o.help, o.weight_basis from answer_option o
				join question q on q.id = o.question_id where q.topic_id = ? order by q.position, o.position""",
				(rs) -> {
					long optionId = rs.getLong(1);
					options.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
						.add(new Option(rs.getString(3), rs.getString(4), rs.getString(5),
								weights.getOrDefault(optionId, Map.of()), mustHaves.getOrDefault(optionId, List.of()),
								rs.getString(6)));
				}, topicId);
		return this.jdbc.query("select id, key, label, help from question where topic_id = ? order by position, key",
				(rs, i) -> new Question(rs.getString(2), rs.getString(3), rs.getString(4),
						options.getOrDefault(rs.getLong(1), List.of())),
				topicId);
	}

	private static String getString(java.sql.ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record MeasurementRow(String id, String candidate, String metricKey, String scenario, String workload,
			double valueInMetricUnit, boolean lowerIsBetter, String datasetSlug, EvidenceItem item) {
	}

	private record ClaimRow(String id, String kind, String criterion, String sourceKey, String sourceTitle,
			String quote, Map<String, String> stances) {

		EvidenceItem item() {
			return new EvidenceItem(this.id, EvidenceType.CLAIM, this.sourceKey, this.sourceTitle, this.quote, null,
					this.stances);
		}

	}

}
