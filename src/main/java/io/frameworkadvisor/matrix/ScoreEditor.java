package io.frameworkadvisor.matrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits one cell of a topic's draft matrix: its score and mode, rationale, override
 * reason and the evidence (measurements and claims of the topic) it rests on. Optimistic
 * locking on the score row: a cell saved on an older version is refused with the stored
 * values.
 */
@Service
public class ScoreEditor {

	private final JdbcTemplate jdbc;

	private final EditSupport edits;

	ScoreEditor(JdbcTemplate jdbc, EditSupport edits) {
		this.jdbc = jdbc;
		this.edits = edits;
	}

	/**
	 * A stored cell.
	 *
	 * @param evidence ids of the linked evidence: {@code m<id>} for a measurement,
	 * {@code c<id>} for a claim (as in the matrix snapshots)
	 * @param derivable whether the criterion has derivation links (so mode derived
	 * applies)
	 */
	public record CellRow(long id, String candidate, String candidateName, String criterion, String criterionName,
			BigDecimal value, String mode, String rationale, String overrideReason, long version, List<String> evidence,
			boolean derivable) {

		public Map<String, Object> fields() {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("value", (this.value != null) ? this.value.stripTrailingZeros().toPlainString() : null);
			fields.put("mode", this.mode);
			fields.put("rationale", this.rationale);
			fields.put("overrideReason", this.overrideReason);
			fields.put("evidence", String.join(", ", this.evidence));
			return fields;
		}

	}

	/**
	 * What an editor saves; {@code value} is ignored (stored as null) in mode derived.
	 */
	public record CellEdit(BigDecimal value, String mode, String rationale, String overrideReason,
			List<String> evidence, long version) {
	}

	@Transactional(readOnly = true)
	public CellRow cell(String topicKey, String candidate, String criterion) {
		CellRow row = this.jdbc
			.query("""
					select s.id, c.key, c.name, cr.key, cr.name, s.value, s.mode, s.rationale, s.override_reason, s.version,
					       exists (select 1 from criterion_metric cm where cm.criterion_id = cr.id)
					from score s join candidate c on c.id = s.candidate_id join criterion cr on cr.id = s.criterion_id
					join topic t on t.id = cr.topic_id and t.id = c.topic_id
					where t.key = ? and c.key = ? and cr.key = ?""",
					(rs, i) -> new CellRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9),
							rs.getLong(10), null, rs.getBoolean(11)),
					topicKey, candidate, criterion)
			.stream()
			.findFirst()
			.orElseThrow(() -> new MatrixItemNotFoundException("cell", topicKey + "/" + candidate + "/" + criterion));
		List<String> evidence = this.jdbc.query("""
				select case when measurement_id is not null then 'm' || measurement_id else 'c' || claim_id end
				from score_evidence where score_id = ? order by id""", (rs, i) -> rs.getString(1), row.id());
		return new CellRow(row.id(), row.candidate(), row.candidateName(), row.criterion(), row.criterionName(),
				row.value(), row.mode(), row.rationale(), row.overrideReason(), row.version(), evidence,
				row.derivable());
	}

	@Transactional
	public void save(String topicKey, String candidate, String criterion, CellEdit edit, String actor) {
		CellRow stored = cell(topicKey, candidate, criterion);
		this.edits.requireVersion(edit.version(), stored.version(), stored.fields());
		if ("derived".equals(edit.mode()) && !stored.derivable()) {
			throw new IllegalArgumentException("Criterion " + criterion + " has no metric to derive from");
		}
		Set<String> allowed = evidenceIds(topicKey);
		List<String> evidence = edit.evidence().stream().distinct().filter(allowed::contains).toList();
		BigDecimal value = "derived".equals(edit.mode()) ? null : edit.value();
		String reason = "override".equals(edit.mode()) ? edit.overrideReason() : null;
		int rows = this.jdbc.update("""
				update score set value = ?, mode = ?, rationale = ?, override_reason = ?, updated_at = now(),
				version = version + 1 where id = ? and version = ?""", value, edit.mode(), edit.rationale(), reason,
				stored.id(), edit.version());
		this.edits.requireUpdated(rows, () -> {
			CellRow now = cell(topicKey, candidate, criterion);
			return this.edits.stale(now.fields(), now.version());
		});
		this.jdbc.update("delete from score_evidence where score_id = ?", stored.id());
		for (String id : evidence) {
			long number = Long.parseLong(id.substring(1));
			this.jdbc.update("insert into score_evidence (score_id, measurement_id, claim_id) values (?, ?, ?)",
					stored.id(), id.startsWith("m") ? number : null, id.startsWith("c") ? number : null);
		}
		CellRow after = new CellRow(stored.id(), candidate, stored.candidateName(), criterion, stored.criterionName(),
				value, edit.mode(), edit.rationale(), reason, stored.version() + 1, evidence, stored.derivable());
		this.edits.audit(actor, "score", topicKey + "/" + candidate + "/" + criterion, "update", stored.fields(),
				after.fields());
	}

	private Set<String> evidenceIds(String topicKey) {
		Set<String> ids = new LinkedHashSet<>();
		this.jdbc.query("""
				select 'm' || me.id from measurement me join dataset d on d.id = me.dataset_id
				join source s on s.id = d.source_id join topic t on t.id = s.topic_id where t.key = ?
				union all
				select 'c' || cl.id from claim cl join source s on s.id = cl.source_id join topic t on t.id = s.topic_id
				where t.key = ?""", (rs) -> {
			ids.add(rs.getString(1));
		}, topicKey, topicKey);
		return ids;
	}

	/**
	 * Evidence to choose from, in groups (a dataset's measurements, a source's claims).
	 */
	public record EvidenceGroup(String kind, String key, String title, boolean derivedFrom,
			List<EvidenceChoice> choices) {
	}

	public record EvidenceChoice(String id, String candidate, String text, String detail) {
	}

	/**
	 * The topic's measurements grouped by dataset and claims grouped by source; for a
	 * criterion with derivation links, the measurements of its metrics come first, in
	 * groups of their own.
	 */
	@Transactional(readOnly = true)
	public List<EvidenceGroup> evidenceChoices(String topicKey, String criterion) {
		Map<String, EvidenceGroup> linked = new LinkedHashMap<>();
		Map<String, EvidenceGroup> other = new LinkedHashMap<>();
		this.jdbc.query("""
				select me.id, d.slug, d.title, c.name, m.name, me.scenario, me.workload, me.value, me.value_max,
				       me.unit, me.approximate, me.stack,
				       exists (select 1 from criterion_metric cm join criterion cr on cr.id = cm.criterion_id
				               where cr.key = ? and cr.topic_id = t.id and cm.metric_id = me.metric_id
				               and (cm.scenario is null or cm.scenario = me.scenario))
				from measurement me join dataset d on d.id = me.dataset_id join source s on s.id = d.source_id
				join topic t on t.id = s.topic_id join candidate c on c.id = me.candidate_id
				join metric m on m.id = me.metric_id
				where t.key = ? order by d.id, me.position, me.id""", (rs) -> {
			Map<String, EvidenceGroup> target = rs.getBoolean(13) ? linked : other;
			String figure = (rs.getBoolean(11) ? "~" : "")
					+ rs.getBigDecimal(8).stripTrailingZeros().toPlainString() + ((rs.getBigDecimal(9) != null)
							? "–" + rs.getBigDecimal(9).stripTrailingZeros().toPlainString() : "")
					+ " " + rs.getString(10);
			target
				.computeIfAbsent(rs.getString(2),
						slug -> new EvidenceGroup("dataset", slug, getString(rs, 3), target == linked,
								new ArrayList<>()))
				.choices()
				.add(new EvidenceChoice("m" + rs.getLong(1), rs.getString(4), rs.getString(5) + ": " + figure,
						rs.getString(7) + " · " + rs.getString(6) + " · " + rs.getString(12)));
		}, criterion, topicKey);
		Map<String, EvidenceGroup> claims = new LinkedHashMap<>();
		this.jdbc.query("""
				select cl.id, s.key, s.title, cl.quote, cr.name,
				       (select string_agg(c.name || ' ' || cc.stance, ', ' order by c.position)
				        from claim_candidate cc join candidate c on c.id = cc.candidate_id where cc.claim_id = cl.id)
				from claim cl join source s on s.id = cl.source_id join topic t on t.id = s.topic_id
				left join criterion cr on cr.id = cl.criterion_id
				where t.key = ? order by s.id, cl.position, cl.id""", (rs) -> {
			claims
				.computeIfAbsent(rs.getString(2),
						key -> new EvidenceGroup("source", key, getString(rs, 3), false, new ArrayList<>()))
				.choices()
				.add(new EvidenceChoice("c" + rs.getLong(1), rs.getString(6), shorten(rs.getString(4)),
						rs.getString(5)));
		}, topicKey);
		List<EvidenceGroup> groups = new ArrayList<>(linked.values());
		groups.addAll(other.values());
		groups.addAll(claims.values());
		return groups;
	}

	private static String shorten(String quote) {
		return (quote.length() > 240) ? quote.substring(0, 239) + "…" : quote;
	}

	private static String getString(java.sql.ResultSet rs, int column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
