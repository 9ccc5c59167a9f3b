package io.frameworkadvisor.matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and edits topics, their candidates and their criteria. Keys are public
 * contracts: set once on creation, never changed. A new candidate or criterion gets a
 * judgement cell (score 5, the neutral middle, no rationale) with every criterion or
 * candidate, so the draft matrix stays complete; the grid marks such cells as not yet
 * reviewed.
 */
@Service
public class TopicEditor {

	/** The score of a cell nobody has reviewed yet: the middle of the scale. */
	public static final double NEW_CELL_SCORE = 5.0;

	private final JdbcTemplate jdbc;

	private final EditSupport edits;

	private final Referrers referrers;

	TopicEditor(JdbcTemplate jdbc, EditSupport edits, Referrers referrers) {
		this.jdbc = jdbc;
		this.edits = edits;
		this.referrers = referrers;
	}

	public record TopicRow(long id, String key, String name, String description, long version) {

		Map<String, Object> fields() {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("name", this.name);
			fields.put("description", this.description);
			return fields;
		}

	}

	public record PartRow(long id, String key, String name, String description, int position, long version) {

		Map<String, Object> fields() {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("name", this.name);
			fields.put("description", this.description);
			fields.put("position", this.position);
			return fields;
		}

	}

	@Transactional(readOnly = true)
	public List<TopicRow> topics() {
		return this.jdbc.query("select id, key, name, description, version from topic order by name, key", (rs,
				i) -> new TopicRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
	}

	@Transactional(readOnly = true)
	public TopicRow topic(String key) {
		return this.jdbc
			.query("select id, key, name, description, version from topic where key = ?",
					(rs, i) -> new TopicRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getLong(5)),
					key)
			.stream()
			.findFirst()
			.orElseThrow(() -> new TopicNotFoundException(key));
	}

	@Transactional
	public void createTopic(String key, String name, String description, String actor) {
		if (!this.jdbc.queryForList("select 1 from topic where key = ?", key).isEmpty()) {
			throw new KeyTakenException(key);
		}
		this.jdbc.update("insert into topic (key, name, description) values (?, ?, ?)", key, name, description);
		this.edits.audit(actor, "topic", key, "create", null, new TopicRow(0, key, name, description, 0).fields());
	}

	@Transactional
	public void updateTopic(String key, String name, String description, long version, String actor) {
		TopicRow stored = topic(key);
		this.edits.requireVersion(version, stored.version(), stored.fields());
		int rows = this.jdbc.update(
				"update topic set name = ?, description = ?, version = version + 1 where id = ? and version = ?", name,
				description, stored.id(), version);
		this.edits.requireUpdated(rows, () -> stale(topic(key)));
		this.edits.audit(actor, "topic", key, "update", stored.fields(),
				new TopicRow(stored.id(), key, name, description, version + 1).fields());
	}

	@Transactional(readOnly = true)
	public List<PartRow> parts(TopicPart part, long topicId) {
		return this.jdbc.query("select id, key, name, description, position, version from " + part.table()
				+ " where topic_id = ? order by position, key", (rs, i) -> partRow(rs), topicId);
	}

	@Transactional(readOnly = true)
	public PartRow part(TopicPart part, long topicId, String key) {
		return this.jdbc
			.query("select id, key, name, description, position, version from " + part.table()
					+ " where topic_id = ? and key = ?", (rs, i) -> partRow(rs), topicId, key)
			.stream()
			.findFirst()
			.orElseThrow(() -> new MatrixItemNotFoundException(part.table(), key));
	}

	@Transactional
	public void createPart(TopicPart part, String topicKey, String key, String name, String description, int position,
			String actor) {
		TopicRow topic = topic(topicKey);
		if (!this.jdbc
			.queryForList("select 1 from " + part.table() + " where topic_id = ? and key = ?", topic.id(), key)
			.isEmpty()) {
			throw new KeyTakenException(key);
		}
		Long id = this.jdbc.queryForObject(
				"insert into " + part.table()
						+ " (topic_id, key, name, description, position) values (?, ?, ?, ?, ?) returning id",
				Long.class, topic.id(), key, name, description, position);
		// every cell of the new row or column starts as an unreviewed judgement
		if (part == TopicPart.CANDIDATE) {
			this.jdbc.update("""
					insert into score (candidate_id, criterion_id, value, mode)
					select ?, id, ?, 'judgement' from criterion where topic_id = ?""", id, NEW_CELL_SCORE, topic.id());
		}
		else {
			this.jdbc.update("""
					insert into score (candidate_id, criterion_id, value, mode)
					select id, ?, ?, 'judgement' from candidate where topic_id = ?""", id, NEW_CELL_SCORE, topic.id());
		}
		this.edits.audit(actor, part.table(), topicKey + "/" + key, "create", null,
				new PartRow(id, key, name, description, position, 0).fields());
	}

	@Transactional
	public void updatePart(TopicPart part, String topicKey, String key, String name, String description, int position,
			long version, String actor) {
		TopicRow topic = topic(topicKey);
		PartRow stored = part(part, topic.id(), key);
		this.edits.requireVersion(version, stored.version(), stored.fields());
		int rows = this.jdbc.update("update " + part.table()
				+ " set name = ?, description = ?, position = ?, version = version + 1 where id = ? and version = ?",
				name, description, position, stored.id(), version);
		this.edits.requireUpdated(rows, () -> {
			PartRow now = part(part, topic.id(), key);
			return this.edits.stale(now.fields(), now.version());
		});
		this.edits.audit(actor, part.table(), topicKey + "/" + key, "update", stored.fields(),
				new PartRow(stored.id(), key, name, description, position, version + 1).fields());
	}

	/**
	 * Deletes a candidate or criterion with its unreviewed cells (and a criterion's
	 * derivation links).
	 * @throws StillReferencedException when evidence, scores with evidence, weights,
	 * must-haves or a published version refer to it
	 */
	@Transactional
	public void deletePart(TopicPart part, String topicKey, String key, String actor) {
		TopicRow topic = topic(topicKey);
		PartRow stored = part(part, topic.id(), key);
		List<Referrer> found = (part == TopicPart.CANDIDATE) ? this.referrers.ofCandidate(topic.id(), stored.id(), key)
				: this.referrers.ofCriterion(topic.id(), stored.id(), key);
		if (!found.isEmpty()) {
			throw new StillReferencedException(topicKey + "/" + key, found);
		}
		this.jdbc.update("delete from score where " + part.table() + "_id = ?", stored.id());
		if (part == TopicPart.CRITERION) {
			this.jdbc.update("delete from criterion_metric where criterion_id = ?", stored.id());
		}
		this.jdbc.update("delete from " + part.table() + " where id = ?", stored.id());
		this.edits.audit(actor, part.table(), topicKey + "/" + key, "delete", stored.fields(), null);
	}

	private io.frameworkadvisor.admin.StaleEditException stale(TopicRow now) {
		return this.edits.stale(now.fields(), now.version());
	}

	private static PartRow partRow(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new PartRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				rs.getLong(6));
	}

}
