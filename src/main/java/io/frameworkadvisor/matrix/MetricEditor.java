package io.frameworkadvisor.matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.matrix.TopicEditor.PartRow;
import io.frameworkadvisor.matrix.TopicEditor.TopicRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and edits a topic's metrics, and the links that say which metrics (and
 * scenarios) a criterion's derived scores are computed from. A link change is an edit of
 * the criterion: it needs the criterion's current version and is audited as such.
 */
@Service
public class MetricEditor {

	private final JdbcTemplate jdbc;

	private final EditSupport edits;

	private final TopicEditor topics;

	private final Referrers referrers;

	MetricEditor(JdbcTemplate jdbc, EditSupport edits, TopicEditor topics, Referrers referrers) {
		this.jdbc = jdbc;
		this.edits = edits;
		this.topics = topics;
		this.referrers = referrers;
	}

	public record MetricRow(long id, String key, String name, String unit, String better, String statistic,
			int position, long version, int measurements) {

		Map<String, Object> fields() {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("name", this.name);
			fields.put("unit", this.unit);
			fields.put("better", this.better);
			fields.put("statistic", this.statistic);
			fields.put("position", this.position);
			return fields;
		}

	}

	/** A criterion's scores are derived from this metric (in this scenario, or all). */
	public record Link(String criterion, String metric, String scenario) {

		@Override
		public String toString() {
			return (this.scenario != null) ? this.metric + " (" + this.scenario + ")" : this.metric;
		}

	}

	private static final String METRIC_COLUMNS = """
			select m.id, m.key, m.name, m.unit, m.better, m.statistic, m.position, m.version,
			       (select count(*) from measurement me where me.metric_id = m.id)::int from metric m""";

	@Transactional(readOnly = true)
	public List<MetricRow> metrics(long topicId) {
		return this.jdbc.query(METRIC_COLUMNS + " where m.topic_id = ? order by m.position, m.key",
				(rs, i) -> metricRow(rs), topicId);
	}

	@Transactional(readOnly = true)
	public MetricRow metric(long topicId, String key) {
		return this.jdbc
			.query(METRIC_COLUMNS + " where m.topic_id = ? and m.key = ?", (rs, i) -> metricRow(rs), topicId, key)
			.stream()
			.findFirst()
			.orElseThrow(() -> new MetricNotFoundException(key));
	}

	@Transactional
	public void createMetric(String topicKey, MetricRow metric, String actor) {
		TopicRow topic = this.topics.topic(topicKey);
		if (!this.jdbc.queryForList("select 1 from metric where topic_id = ? and key = ?", topic.id(), metric.key())
			.isEmpty()) {
			throw new KeyTakenException(metric.key());
		}
		this.jdbc.update("""
				insert into metric (topic_id, key, name, unit, better, statistic, position)
				values (?, ?, ?, ?, ?, ?, ?)""", topic.id(), metric.key(), metric.name(), metric.unit(),
				metric.better(), metric.statistic(), metric.position());
		this.edits.audit(actor, "metric", topicKey + "/" + metric.key(), "create", null, metric.fields());
	}

	/**
	 * @param metric the new fields with the version the editor started from
	 */
	@Transactional
	public void updateMetric(String topicKey, MetricRow metric, String actor) {
		TopicRow topic = this.topics.topic(topicKey);
		MetricRow stored = metric(topic.id(), metric.key());
		this.edits.requireVersion(metric.version(), stored.version(), stored.fields());
		int rows = this.jdbc.update("""
				update metric set name = ?, unit = ?, better = ?, statistic = ?, position = ?, version = version + 1
				where id = ? and version = ?""", metric.name(), metric.unit(), metric.better(), metric.statistic(),
				metric.position(), stored.id(), metric.version());
		this.edits.requireUpdated(rows, () -> {
			MetricRow now = metric(topic.id(), metric.key());
			return this.edits.stale(now.fields(), now.version());
		});
		this.edits.audit(actor, "metric", topicKey + "/" + metric.key(), "update", stored.fields(), metric.fields());
	}

	@Transactional
	public void deleteMetric(String topicKey, String key, String actor) {
		TopicRow topic = this.topics.topic(topicKey);
		MetricRow stored = metric(topic.id(), key);
		List<Referrer> found = this.referrers.ofMetric(topic.id(), stored.id(), key);
		if (!found.isEmpty()) {
			throw new StillReferencedException(topicKey + "/" + key, found);
		}
		this.jdbc.update("delete from metric where id = ?", stored.id());
		this.edits.audit(actor, "metric", topicKey + "/" + key, "delete", stored.fields(), null);
	}

	/** Every derivation link of a topic, in criterion and metric order. */
	@Transactional(readOnly = true)
	public List<Link> links(long topicId) {
		return this.jdbc.query("""
				select cr.key, m.key, cm.scenario from criterion_metric cm
				join criterion cr on cr.id = cm.criterion_id join metric m on m.id = cm.metric_id
				where cr.topic_id = ? order by cr.position, cr.key, m.position, m.key, cm.scenario nulls first""",
				(rs, i) -> new Link(rs.getString(1), rs.getString(2), rs.getString(3)), topicId);
	}

	/**
	 * Adds or removes one derivation link of a criterion.
	 * @param version the criterion version the editor saw
	 */
	@Transactional
	public void changeLink(String topicKey, Link link, boolean add, long version, String actor) {
		TopicRow topic = this.topics.topic(topicKey);
		PartRow criterion = this.topics.part(TopicPart.CRITERION, topic.id(), link.criterion());
		MetricRow metric = metric(topic.id(), link.metric());
		Map<String, Object> before = linkFields(topic.id(), link.criterion());
		this.edits.requireVersion(version, criterion.version(), before);
		int rows = this.jdbc.update("update criterion set version = version + 1 where id = ? and version = ?",
				criterion.id(), version);
		this.edits.requireUpdated(rows, () -> this.edits.stale(before, version + 1));
		if (add) {
			this.jdbc.update("""
					insert into criterion_metric (criterion_id, metric_id, scenario) values (?, ?, ?)
					on conflict do nothing""", criterion.id(), metric.id(), link.scenario());
		}
		else {
			this.jdbc.update("""
					delete from criterion_metric where criterion_id = ? and metric_id = ?
					and scenario is not distinct from ?""", criterion.id(), metric.id(), link.scenario());
			// a derived cell without any link would silently fall back to the no-data
			// score
			List<String> derivedCells = this.jdbc.queryForList("""
					select c.key from score s join candidate c on c.id = s.candidate_id
					where s.criterion_id = ? and s.mode = 'derived'
					and not exists (select 1 from criterion_metric cm where cm.criterion_id = s.criterion_id)
					order by c.position, c.key""", String.class, criterion.id());
			if (!derivedCells.isEmpty()) {
				throw new StillReferencedException(topicKey + "/" + link.criterion(),
						List.of(new Referrer("derivedCells", derivedCells.size(), derivedCells)));
			}
		}
		this.edits.audit(actor, "criterion", topicKey + "/" + link.criterion(), "update", before,
				linkFields(topic.id(), link.criterion()));
	}

	private Map<String, Object> linkFields(long topicId, String criterion) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("derivedFrom",
				links(topicId).stream().filter(l -> l.criterion().equals(criterion)).map(Link::toString).toList());
		return fields;
	}

	private static MetricRow metricRow(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new MetricRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getInt(7), rs.getLong(8), rs.getInt(9));
	}

}
