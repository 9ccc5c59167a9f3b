package io.frameworkadvisor.recommendation;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.frameworkadvisor.matrix.Keys;
import io.frameworkadvisor.matrix.MatrixVersionRepository;
import io.frameworkadvisor.matrix.TopicNotFoundException;
import io.frameworkadvisor.matrix.TopicRepository;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.Recommendation;
import io.frameworkadvisor.recommendation.engine.RecommendationEngine;
import io.frameworkadvisor.recommendation.engine.UnknownAnswerException;
import io.frameworkadvisor.system.ContentRevision;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes recommendations on the latest published matrix of a topic, stores them behind
 * share links, and reads them back exactly as computed.
 */
@Service
public class RecommendationService {

	/** 96 random bits: unguessable, and short enough for a link (16 characters). */
	private static final int ID_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MatrixVersionRepository versions;

	private final StoredRecommendationRepository recommendations;

	private final JsonMapper jsonMapper;

	/**
	 * Reads stored results, including those stored before a field was dropped (results
	 * made before 2026-12 carry a copy of their evidence, which now comes from the pinned
	 * version).
	 */
	private final ObjectReader resultReader;

	/**
	 * How many compiled versions are kept. A version never changes, so its engine never
	 * goes stale, but one of a large topic takes megabytes (4.4 MB for 50 candidates × 40
	 * criteria), and old versions are only needed when their share links are opened.
	 */
	static final int MAX_ENGINES = 8;

	/** Compiled versions by id, least recently used first. */
	private final Map<Long, RecommendationEngine> engines = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, RecommendationEngine> eldest) {
			return size() > MAX_ENGINES;
		}

	};

	private final Map<String, LatestVersion> latestByTopic = new ConcurrentHashMap<>();

	private final TopicRepository topics;

	private final RecommendationStore store;

	private final ContentRevision revision;

	RecommendationService(TopicRepository topics, MatrixVersionRepository versions,
			StoredRecommendationRepository recommendations, RecommendationStore store, ContentRevision revision,
			JsonMapper jsonMapper) {
		this.topics = topics;
		this.store = store;
		this.revision = revision;
		this.versions = versions;
		this.recommendations = recommendations;
		this.jsonMapper = jsonMapper;
		this.resultReader = jsonMapper.readerFor(Recommendation.class)
			.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	/** The latest published matrix of a topic (its questions drive the wizard). */
	@Transactional(readOnly = true)
	public DecisionMatrix latestMatrix(String topicKey) {
		return latestEngine(topicKey).matrix();
	}

	/**
	 * Computes and stores a recommendation. When this returns, it is committed.
	 * @throws UnknownAnswerException for an unknown question or option key
	 */
	public Shared recommend(String topicKey, Map<String, String> answers) {
		LatestVersion latest = latest(topicKey);
		RecommendationEngine engine = engine(latest.versionId());
		Recommendation result = engine.recommend(answers);
		String id = newId();
		Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.store.insert(new RecommendationStore.Row(id, latest.topicId(), latest.versionId(),
				this.jsonMapper.writeValueAsString(result.answers()), this.jsonMapper.writeValueAsString(result),
				createdAt));
		return new Shared(id, createdAt, engine.matrix(), result, Optional.empty());
	}

	/**
	 * A stored recommendation as computed, and whether the latest matrix would now answer
	 * differently.
	 */
	@Transactional(readOnly = true)
	public Shared find(String id) {
		StoredRecommendationRepository.ResultRow row = this.recommendations.findRow(id)
			.orElseThrow(() -> new RecommendationNotFoundException(id));
		RecommendationEngine pinned = engine(row.versionId());
		Recommendation result = this.resultReader.readValue(row.result());
		return new Shared(row.id(), row.createdAt(), pinned.matrix(), result,
				newerAnswer(row.topicKey(), row.versionId(), result));
	}

	/**
	 * Forgets the cached latest version of a topic; called when a version is published.
	 */
	void forgetLatest(String topicKey) {
		this.latestByTopic.remove(topicKey);
	}

	/**
	 * What the latest version says for these answers, when it is newer than the pinned
	 * one.
	 */
	private Optional<NewerAnswer> newerAnswer(String topicKey, long pinnedVersionId, Recommendation result) {
		long latestId = latest(topicKey).versionId();
		if (latestId == pinnedVersionId) {
			return Optional.empty();
		}
		RecommendationEngine latest = engine(latestId);
		try {
			String winner = latest.winner(result.answers());
			return Optional.of(new NewerAnswer(latest.matrix().version(), winner, !winner.equals(result.winner())));
		}
		catch (UnknownAnswerException ex) {
			// The newer version no longer asks one of these questions: the answers need a
			// re-run.
			return Optional.of(new NewerAnswer(latest.matrix().version(), null, true));
		}
	}

	private RecommendationEngine latestEngine(String topicKey) {
		return engine(latest(topicKey).versionId());
	}

	/**
	 * The latest published version of a topic, looked up again only when the
	 * {@link ContentRevision} has moved since (every publish moves it). Keyed by the same
	 * revision as the page cache, so a page cached for a revision never shows an older
	 * version than that revision has: with a timer of its own, a page could be rendered
	 * for the new revision from the old version and stay cached that way.
	 */
	private LatestVersion latest(String topicKey) {
		long revision = this.revision.current();
		LatestVersion cached = this.latestByTopic.get(topicKey);
		if (cached != null && cached.revision() >= revision) {
			return cached;
		}
		if (!Keys.isSlug(topicKey)) {
			// cannot exist, and never reaches the database (a NUL would make it fail)
			throw new TopicNotFoundException(String.valueOf(topicKey));
		}
		MatrixVersionRepository.LatestIds ids = this.versions.findLatestIds(topicKey, Limit.of(1))
			.stream()
			.findFirst()
			.orElseThrow(() -> this.topics.findByKey(topicKey).isPresent() ? new MatrixNotPublishedException(topicKey)
					: new TopicNotFoundException(topicKey));
		LatestVersion latest = new LatestVersion(ids.topicId(), ids.versionId(), revision);
		this.latestByTopic.put(topicKey, latest);
		return latest;
	}

	private RecommendationEngine engine(long versionId) {
		synchronized (this.engines) {
			RecommendationEngine engine = this.engines.get(versionId);
			if (engine != null) {
				return engine;
			}
		}
		// compiled outside the lock: reading a large snapshot must not hold up the others
		RecommendationEngine compiled = RecommendationEngine.of(this.jsonMapper
			.readValue(this.versions.findById(versionId).orElseThrow().getSnapshot(), DecisionMatrix.class));
		synchronized (this.engines) {
			return this.engines.merge(versionId, compiled, (kept, same) -> kept);
		}
	}

	static String newId() {
		byte[] bytes = new byte[ID_BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A recommendation behind a share link.
	 *
	 * @param matrix the matrix version it was computed on (for labels and evidence)
	 * @param newer set when a newer published version exists
	 */
	public record Shared(String id, Instant createdAt, DecisionMatrix matrix, Recommendation result,
			Optional<NewerAnswer> newer) {
	}

	/**
	 * @param revision the content revision it was looked up at (or after)
	 */
	private record LatestVersion(long topicId, long versionId, long revision) {
	}

	/**
	 * @param winner who the newer version recommends for the same answers (null when the
	 * answers no longer fit its questions)
	 * @param differs whether that is a different answer than the stored one
	 */
	public record NewerAnswer(int version, String winner, boolean differs) {
	}

}
