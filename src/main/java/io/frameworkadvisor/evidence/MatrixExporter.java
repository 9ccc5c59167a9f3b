package io.frameworkadvisor.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.matrix.MatrixFile;
import io.frameworkadvisor.matrix.MatrixFile.CellEntry;
import io.frameworkadvisor.matrix.MatrixFile.EvidenceRef;
import io.frameworkadvisor.matrix.MatrixFile.MeasurementRef;
import io.frameworkadvisor.matrix.MatrixFile.MetricSource;
import io.frameworkadvisor.matrix.MatrixFile.MustHaveEntry;
import io.frameworkadvisor.matrix.MatrixFile.OptionEntry;
import io.frameworkadvisor.matrix.MatrixFile.QuestionEntry;
import io.frameworkadvisor.matrix.TopicFile;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a topic's definition ({@link TopicFile}) and its draft matrix and questions
 * ({@link MatrixFile}) in the seed formats, so that the {@code TopicImporter} and
 * {@code MatrixImporter} read them back unchanged. Called inside a read-only transaction.
 */
@Component
class MatrixExporter {

	private final JdbcTemplate jdbc;

	MatrixExporter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	TopicFile topicFile(String topicKey) {
		long topicId = topicId(topicKey);
		Map<String, Object> topic = this.jdbc.queryForMap("select key, name, description from topic where id = ?",
				topicId);
		return new TopicFile((String) topic.get("key"), (String) topic.get("name"), (String) topic
			.get("description"), entries("candidate", topicId), entries("criterion", topicId), this.jdbc.query(
					"select key, name, unit, better, statistic from metric where topic_id = ? order by position, key",
					(rs, i) -> new TopicFile.MetricEntry(rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getString(5)),
					topicId));
	}

	private List<TopicFile.Entry> entries(String table, long topicId) {
		return this.jdbc.query(
				"select key, name, description from " + table + " where topic_id = ? order by position, key",
				(rs, i) -> new TopicFile.Entry(rs.getString(1), rs.getString(2), rs.getString(3)), topicId);
	}

	MatrixFile matrixFile(String topicKey) {
		long topicId = topicId(topicKey);
		Map<String, List<MetricSource>> derived = new LinkedHashMap<>();
		this.jdbc.query("""
				select cr.key, m.key, cm.scenario from criterion_metric cm
				join criterion cr on cr.id = cm.criterion_id join metric m on m.id = cm.metric_id
				where cr.topic_id = ? order by cr.position, cr.key, m.position, m.key, cm.scenario nulls first""",
				(rs) -> {
					derived.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
						.add(new MetricSource(rs.getString(2), rs.getString(3)));
				}, topicId);
		return new MatrixFile(topicKey, derived, cells(topicId), questions(topicId));
	}

	private List<CellEntry> cells(long topicId) {
		Map<Long, List<EvidenceRef>> evidence = new LinkedHashMap<>();
		this.jdbc.query("""
				select se.score_id, s.key as source, cl.quote, d.slug, c.key as candidate, m.key as metric,
				       me.scenario, me.workload, me.stack
				from score_evidence se join score sc on sc.id = se.score_id
				join criterion cr on cr.id = sc.criterion_id
				left join claim cl on cl.id = se.claim_id
				left join measurement me on me.id = se.measurement_id
				left join dataset d on d.id = me.dataset_id
				left join candidate c on c.id = me.candidate_id left join metric m on m.id = me.metric_id
				left join source s on s.id = coalesce(cl.source_id, d.source_id)
				where cr.topic_id = ? order by se.id""", (rs) -> {
			EvidenceRef ref = (rs.getString("slug") != null)
					? new EvidenceRef(null, null,
							new MeasurementRef(rs.getString("slug"), rs.getString("candidate"), rs.getString("metric"),
									rs.getString("scenario"), rs.getString("workload"), rs.getString("stack")))
					: new EvidenceRef(rs.getString("source"), rs.getString("quote"));
			evidence.computeIfAbsent(rs.getLong("score_id"), k -> new ArrayList<>()).add(ref);
		}, topicId);
		return this.jdbc.query("""
				select sc.id, c.key as candidate, cr.key as criterion, sc.value, sc.mode, sc.rationale,
				       sc.override_reason
				from score sc join candidate c on c.id = sc.candidate_id join criterion cr on cr.id = sc.criterion_id
				where cr.topic_id = ? order by c.position, c.key, cr.position, cr.key""", (rs, i) -> {
			String mode = rs.getString("mode");
			return new CellEntry(rs.getString("candidate"), rs.getString("criterion"), plain(rs.getBigDecimal("value")),
					"judgement".equals(mode) ? null : Boolean.TRUE, rs.getString("rationale"),
					rs.getString("override_reason"), evidence.getOrDefault(rs.getLong("id"), List.of()));
		}, topicId);
	}

	private List<QuestionEntry> questions(long topicId) {
		Map<Long, Map<String, BigDecimal>> weights = new LinkedHashMap<>();
		this.jdbc.query(
				"""
						select ow.option_id, cr.key, ow.weight from option_weight ow join criterion cr on cr.id = ow.criterion_id
						where cr.topic_id = ? order by cr.position, cr.key""",
				(rs) -> {
					weights.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
						.put(rs.getString(2), plain(rs.getBigDecimal(3)));
				}, topicId);
		Map<Long, List<MustHaveEntry>> mustHaves = new LinkedHashMap<>();
		this.jdbc.query("""
				select om.option_id, cr.key, om.min_score, om.reason from option_must_have om
				join criterion cr on cr.id = om.criterion_id where cr.topic_id = ? order by cr.position, cr.key""",
				(rs) -> {
					mustHaves.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
						.add(new MustHaveEntry(rs.getString(2), plain(rs.getBigDecimal(3)), rs.getString(4)));
				}, topicId);
		Map<Long, List<OptionEntry>> options = new LinkedHashMap<>();
		this.jdbc.query("""
				select o.id, o.question_id, o.key, o.label, o.help, o.weight_basis from answer_option o
				join question q on q.id = o.question_id where q.topic_id = ? order by o.position, o.key""", (rs) -> {
			long optionId = rs.getLong(1);
			options.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
				.add(new OptionEntry(rs.getString(3), rs.getString(4), rs.getString(5),
						weights.getOrDefault(optionId, Map.of()), mustHaves.getOrDefault(optionId, List.of()),
						rs.getString(6)));
		}, topicId);
		return this.jdbc.query("select id, key, label, help from question where topic_id = ? order by position, key",
				(rs, i) -> new QuestionEntry(rs.getString(2), rs.getString(3), rs.getString(4),
						options.getOrDefault(rs.getLong(1), List.of())),
				topicId);
	}

	private long topicId(String topicKey) {
		return this.jdbc.queryForObject("select id from topic where key = ?", Long.class, topicKey);
	}

	private static BigDecimal plain(BigDecimal value) {
		return (value != null) ? new BigDecimal(value.stripTrailingZeros().toPlainString()) : null;
	}

}
