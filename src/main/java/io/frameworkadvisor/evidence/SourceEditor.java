package io.frameworkadvisor.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.frameworkadvisor.admin.AuditLog;
import io.frameworkadvisor.admin.StaleEditException;
import io.frameworkadvisor.evidence.Source.SourceDetails;
import io.frameworkadvisor.matrix.Topic;
import io.frameworkadvisor.matrix.TopicNotFoundException;
import io.frameworkadvisor.matrix.TopicRepository;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes sources, each change with its audit entry in the same
 * transaction. A change made to an older version than the stored one is refused
 * ({@link StaleEditException}); a source whose evidence is cited or published is not
 * deleted ({@link EvidenceInUseException}).
 */
@Service
public class SourceEditor {

	private final TopicRepository topics;

	private final SourceRepository sources;

	private final DatasetRepository datasets;

	private final ClaimRepository claims;

	private final EvidenceReferences references;

	private final AuditLog auditLog;

	private final JsonMapper jsonMapper;

	SourceEditor(TopicRepository topics, SourceRepository sources, DatasetRepository datasets, ClaimRepository claims,
			EvidenceReferences references, AuditLog auditLog, JsonMapper jsonMapper) {
		this.topics = topics;
		this.sources = sources;
		this.datasets = datasets;
		this.claims = claims;
		this.references = references;
		this.auditLog = auditLog;
		this.jsonMapper = jsonMapper;
	}

	@Transactional
	public void create(String topicKey, String key, SourceDetails details, String actor) {
		Topic topic = this.topics.findByKey(topicKey).orElseThrow(() -> new TopicNotFoundException(topicKey));
		if (this.sources.existsByKey(key)) {
			throw new EvidenceEditException("key", "evidence.source.key.taken", key);
		}
		Source source = this.sources.saveAndFlush(new Source(topic, key, details));
		this.auditLog.record(actor, "source", key, "create", null, json(fields(source)));
	}

	@Transactional
	public void update(String key, long version, SourceDetails details, String actor) {
		Source source = find(key);
		Map<String, String> before = fields(source);
		if (source.getVersion() != version) {
			throw new StaleEditException(before, source.getVersion());
		}
		source.update(details);
		this.sources.flush();
		Map<String, String> after = fields(source);
		if (!Objects.equals(before, after)) {
			this.auditLog.record(actor, "source", key, "update", json(before), json(after));
		}
	}

	/**
	 * Deletes a source with its datasets, measurements and claims, unless anything refers
	 * to them.
	 */
	@Transactional
	public void delete(String key, String actor) {
		Source source = find(key);
		List<Dataset> datasets = source.getDatasets();
		List<Long> measurementIds = datasets.stream()
			.flatMap(dataset -> dataset.getMeasurements().stream())
			.map(Measurement::getId)
			.toList();
		List<Long> claimIds = this.claims.findIdsBySource(source);
		this.references.refuseIfUsed(key, measurementIds, claimIds);
		Map<String, String> before = fields(source);
		this.datasets.deleteAll(datasets);
		this.datasets.flush();
		this.sources.delete(source);
		this.sources.flush();
		this.auditLog.record(actor, "source", key, "delete", json(before), null);
	}

	/**
	 * The conflict to show when another edit committed between this edit's check and its
	 * write (optimistic locking caught it).
	 */
	@Transactional(readOnly = true)
	public StaleEditException stale(String key) {
		Source source = find(key);
		return new StaleEditException(fields(source), source.getVersion());
	}

	private Source find(String key) {
		return this.sources.findByKeyWithTopic(key).orElseThrow(() -> new SourceNotFoundException(key));
	}

	/** The editable fields as text, for the audit log and the conflict page. */
	public static Map<String, String> fields(Source source) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", source.getTitle());
		fields.put("titleNote", text(source.getTitleNote()));
		fields.put("publisher", text(source.getPublisher()));
		fields.put("author", text(source.getAuthor()));
		fields.put("url", text(source.getUrl()));
		fields.put("publishedOn", (source.getPublishedOn() != null) ? source.getPublishedOn().toString() : "");
		fields.put("notes", text(source.getNotes()));
		return fields;
	}

	static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private String json(Map<String, String> fields) {
		return this.jsonMapper.writeValueAsString(fields);
	}

}
