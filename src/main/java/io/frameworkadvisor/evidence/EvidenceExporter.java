package io.frameworkadvisor.evidence;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.frameworkadvisor.evidence.SourceFile.ClaimEntry;
import io.frameworkadvisor.evidence.SourceFile.DatasetEntry;
import io.frameworkadvisor.evidence.SourceFile.MeasurementEntry;
import io.frameworkadvisor.evidence.SourceFile.SourceEntry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes stored evidence in the import formats: a source file ({@link SourceFile}, the
 * seed format) per source, or one dataset as a source file or as measurement CSV
 * ({@link MeasurementCsv}). What it writes imports again unchanged. Reads a topic in a
 * fixed number of queries however much it holds.
 */
@Service
public class EvidenceExporter {

	private static final String SOURCES = """
			select s.id, s.key, s.title, s.title_note, s.publisher, s.author, s.url, s.published_on, s.seed_file,
			       s.notes, t.key as topic
			from source s join topic t on t.id = s.topic_id where t.key = ? and (cast(? as bigint) is null or s.id = ?)
			order by s.id""";

	private final JdbcTemplate jdbc;

	EvidenceExporter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every source of a topic with its datasets and claims, in the seed format. */
	@Transactional(readOnly = true)
	public List<SourceFile> sourceFiles(String topicKey) {
		return sourceFiles(topicKey, null, null);
	}

	/**
	 * One dataset as a source file: its source with only this dataset and without the
	 * source's claims (export the topic to get those).
	 */
	@Transactional(readOnly = true)
	public SourceFile datasetFile(String slug) {
		DatasetKey dataset = datasetKey(slug);
		return sourceFiles(dataset.topicKey(), dataset.sourceId(), dataset.id()).get(0);
	}

	/**
	 * One dataset's measurements as CSV, each row's stack empty where it is the
	 * dataset's.
	 */
	@Transactional(readOnly = true)
	public String datasetCsv(String slug) {
		DatasetKey dataset = datasetKey(slug);
		DatasetEntry entry = sourceFiles(dataset.topicKey(), dataset.sourceId(), dataset.id()).get(0).datasets().get(0);
		List<List<String>> rows = new ArrayList<>();
		for (MeasurementEntry m : entry.measurements()) {
			rows.add(java.util.Arrays.asList(m.candidate(), m.metric(), m.scenario(), m.workload(), m.stack(),
					m.value().toPlainString(), (m.valueMax() != null) ? m.valueMax().toPlainString() : null,
					String.valueOf(Boolean.TRUE.equals(m.approximate())), m.unit(), m.quote(), m.note()));
		}
		return MeasurementCsv.write(rows);
	}

	private DatasetKey datasetKey(String slug) {
		return this.jdbc
			.query("""
					select d.id, d.source_id, t.key from dataset d join source s on s.id = d.source_id
					join topic t on t.id = s.topic_id where d.slug = ?""",
					(rs, i) -> new DatasetKey(rs.getLong(1), rs.getLong(2), rs.getString(3)), slug)
			.stream()
			.findFirst()
			.orElseThrow(() -> new DatasetNotFoundException(slug));
	}

	private List<SourceFile> sourceFiles(String topicKey, Long sourceId, Long datasetId) {
		Map<Long, List<MeasurementEntry>> measurements = measurements(topicKey, datasetId);
		Map<Long, Map<String, String>> stacks = new LinkedHashMap<>();
		this.jdbc.query("""
				select ds.dataset_id, c.key, ds.stack from dataset_stack ds join candidate c on c.id = ds.candidate_id
				join topic t on t.id = c.topic_id where t.key = ? order by c.position, c.key""", (rs) -> {
			stacks.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
		}, topicKey);
		Map<Long, List<DatasetEntry>> datasets = new LinkedHashMap<>();
		this.jdbc.query("""
				select d.* from dataset d join source s on s.id = d.source_id join topic t on t.id = s.topic_id
				where t.key = ? and (cast(? as bigint) is null or d.id = ?) order by d.id""", (rs) -> {
			long id = rs.getLong("id");
			Map<String, String> datasetStacks = stacks.getOrDefault(id, Map.of());
			List<MeasurementEntry> rows = measurements.getOrDefault(id, List.of())
				.stream()
				.map(m -> Objects.equals(m.stack(), datasetStacks.get(m.candidate())) ? withoutStack(m) : m)
				.toList();
			datasets.computeIfAbsent(rs.getLong("source_id"), k -> new ArrayList<>())
				.add(new DatasetEntry(rs.getString("slug"), rs.getString("title"), rs.getString("hardware"),
						rs.getString("os"), rs.getString("runtime"), rs.getString("load_tool"),
						rs.getString("load_profile"), (Integer) rs.getObject("connections"), rs.getString("duration"),
						rs.getString("database"), rs.getString("methodology"), rs.getString("caveats"), datasetStacks,
						rows));
		}, topicKey, datasetId, datasetId);
		Map<Long, List<ClaimEntry>> claims = (datasetId != null) ? Map.of() : claims(topicKey);
		return this.jdbc.query(SOURCES, (rs, i) -> {
			long id = rs.getLong("id");
			Date published = rs.getDate("published_on");
			return new SourceFile(rs.getString("topic"),
					new SourceEntry(rs.getString("key"), rs.getString("title"), rs.getString("title_note"),
							rs.getString("publisher"), rs.getString("author"), rs.getString("url"),
							(published != null) ? published.toLocalDate().toString() : null, rs.getString("seed_file"),
							rs.getString("notes")),
					datasets.getOrDefault(id, List.of()), claims.getOrDefault(id, List.of()));
		}, topicKey, sourceId, sourceId);
	}

	private Map<Long, List<MeasurementEntry>> measurements(String topicKey, Long datasetId) {
		Map<Long, List<MeasurementEntry>> rows = new LinkedHashMap<>();
		this.jdbc
			.query("""
					select me.dataset_id, c.key as candidate, m.key as metric, me.scenario, me.workload, me.stack,
					       me.value, me.value_max, me.approximate, me.unit, me.quote, me.note
					from measurement me join dataset d on d.id = me.dataset_id join source s on s.id = d.source_id
					join topic t on t.id = s.topic_id join candidate c on c.id = me.candidate_id
					join metric m on m.id = me.metric_id
					where t.key = ? and (cast(? as bigint) is null or d.id = ?) order by me.dataset_id, me.position, me.id""",
					(rs) -> {
						rows.computeIfAbsent(rs.getLong("dataset_id"), k -> new ArrayList<>())
							.add(new MeasurementEntry(rs.getString("candidate"), rs.getString("metric"),
									rs.getString("scenario"), rs.getString("workload"), rs.getString("stack"),
									plain(rs.getBigDecimal("value")), plain(rs.getBigDecimal("value_max")),
									rs.getBoolean("approximate"), rs.getString("unit"), rs.getString("quote"),
									rs.getString("note")));
					}, topicKey, datasetId, datasetId);
		return rows;
	}

	private Map<Long, List<ClaimEntry>> claims(String topicKey) {
		Map<Long, Map<Long, ClaimEntry>> claims = new LinkedHashMap<>();
		this.jdbc.query("""
				select cl.source_id, cl.id, cr.key as criterion, cl.kind, cl.section, cl.quote, c.key as candidate,
				       cc.stance
				from claim cl join source s on s.id = cl.source_id join topic t on t.id = s.topic_id
				left join criterion cr on cr.id = cl.criterion_id
				left join claim_candidate cc on cc.claim_id = cl.id left join candidate c on c.id = cc.candidate_id
				where t.key = ? order by cl.source_id, cl.position, cl.id, c.position, c.key""", (rs) -> {
			ClaimEntry claim = claims.computeIfAbsent(rs.getLong("source_id"), k -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getLong("id"), k -> new ClaimEntry(string(rs, "criterion"), string(rs, "kind"),
						string(rs, "section"), string(rs, "quote"), new LinkedHashMap<>()));
			if (rs.getString("candidate") != null) {
				claim.candidates().put(rs.getString("candidate"), rs.getString("stance"));
			}
		}, topicKey);
		Map<Long, List<ClaimEntry>> bySource = new LinkedHashMap<>();
		claims.forEach((source, entries) -> bySource.put(source, List.copyOf(entries.values())));
		return bySource;
	}

	private static MeasurementEntry withoutStack(MeasurementEntry m) {
		return new MeasurementEntry(m.candidate(), m.metric(), m.scenario(), m.workload(), null, m.value(),
				m.valueMax(), m.approximate(), m.unit(), m.quote(), m.note());
	}

	/** 3.20 stays as printed (3.2), 8520 does not become 8.52E+3. */
	private static BigDecimal plain(BigDecimal value) {
		return (value != null) ? new BigDecimal(value.stripTrailingZeros().toPlainString()) : null;
	}

	private static String string(java.sql.ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record DatasetKey(long id, long sourceId, String topicKey) {
	}

}
