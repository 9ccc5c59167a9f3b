package io.frameworkadvisor.recommendation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.frameworkadvisor.admin.AuditLog;
import io.frameworkadvisor.matrix.MatrixVersion;
import io.frameworkadvisor.matrix.MatrixVersionRepository;
import io.frameworkadvisor.matrix.Topic;
import io.frameworkadvisor.matrix.TopicNotFoundException;
import io.frameworkadvisor.matrix.TopicRepository;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes a topic's current matrix as the next immutable version: a snapshot of
 * everything a recommendation depends on. Earlier versions, and the share links pinned to
 * them, never change.
 */
@Service
public class MatrixPublisher {

	private final TopicRepository topics;

	private final MatrixVersionRepository versions;

	private final SnapshotBuilder snapshots;

	private final JsonMapper jsonMapper;

	private final JdbcTemplate jdbc;

	private final AuditLog auditLog;

	private final RecommendationService recommendations;

	MatrixPublisher(TopicRepository topics, MatrixVersionRepository versions, SnapshotBuilder snapshots,
			JsonMapper jsonMapper, JdbcTemplate jdbc, AuditLog auditLog, RecommendationService recommendations) {
		this.recommendations = recommendations;
		this.topics = topics;
		this.versions = versions;
		this.snapshots = snapshots;
		this.jsonMapper = jsonMapper;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	@Transactional
	public MatrixVersion publish(String topicKey, String note, String actor) {
		return publish(topicKey, note, actor, null);
	}

	/**
	 * Publishes only if the latest version is still the one the editor reviewed.
	 * @param basedOn the version number the editor's diff was made against (0: none
	 * published yet)
	 * @throws StalePublishException when someone else published since; nothing is
	 * published then
	 */
	@Transactional
	public MatrixVersion publish(String topicKey, String note, String actor, int basedOn) {
		return publish(topicKey, note, actor, Integer.valueOf(basedOn));
	}

	private MatrixVersion publish(String topicKey, String note, String actor, Integer basedOn) {
		Topic topic = this.topics.findByKey(topicKey).orElseThrow(() -> new TopicNotFoundException(topicKey));
		// Serialise publishers of one topic so that two never take the same version
		// number.
		this.jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, 0x7_0B1_15L + topic.getId());
		int latest = this.versions.maxNumber(topic);
		if (basedOn != null && basedOn != latest) {
			throw new StalePublishException(topicKey, basedOn, latest);
		}
		int number = latest + 1;
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		DecisionMatrix snapshot = this.snapshots.build(topicKey, number, now);
		String json = this.jsonMapper.writeValueAsString(snapshot);
		MatrixVersion version = this.versions.save(new MatrixVersion(topic, number, snapshot.methodVersion(),
				(note != null) ? note : "", now, actor, json));
		this.auditLog.record(actor, "matrix_version", topicKey + "/" + number, "publish", null, this.jsonMapper
			.writeValueAsString(java.util.Map.of("topic", topicKey, "number", number, "note", version.getNote())));
		// This transaction sees the new version at once, other requests of this instance
		// as
		// soon as it is committed; forgetting again on completion also drops a version
		// that
		// was cached here and then rolled back.
		this.recommendations.forgetLatest(topicKey);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				MatrixPublisher.this.recommendations.forgetLatest(topicKey);
			}
		});
		return version;
	}

	/** The draft as it would be published now, for previews and diffs. */
	@Transactional(readOnly = true)
	public DecisionMatrix draft(String topicKey) {
		return this.snapshots.build(topicKey,
				this.versions.maxNumber(
						this.topics.findByKey(topicKey).orElseThrow(() -> new TopicNotFoundException(topicKey))) + 1,
				Instant.now());
	}

}
