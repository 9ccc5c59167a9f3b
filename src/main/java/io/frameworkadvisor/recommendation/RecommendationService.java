package io.frameworkadvisor.recommendation;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.frameworkadvisor.matrix.MatrixVersion;
import io.frameworkadvisor.matrix.MatrixVersionRepository;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.Recommendation;
import io.frameworkadvisor.recommendation.engine.RecommendationEngine;
import io.frameworkadvisor.recommendation.engine.UnknownAnswerException;
import tools.jackson.databind.json.JsonMapper;

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
	 * Versions are immutable, so their compiled engines can be kept for the life of the
	 * process.
	 */
	private final Map<Long, RecommendationEngine> engines = new ConcurrentHashMap<>();

	RecommendationService(MatrixVersionRepository versions, StoredRecommendationRepository recommendations,
			JsonMapper jsonMapper) {
		this.versions = versions;
		this.recommendations = recommendations;
		this.jsonMapper = jsonMapper;
	}

	/** The latest published matrix of a topic (its questions drive the wizard). */
	@Transactional(readOnly = true)
	public DecisionMatrix latestMatrix(String topicKey) {
		return latestEngine(topicKey).matrix();
	}

	/**
	 * Computes and stores a recommendation.
	 * @throws UnknownAnswerException for an unknown question or option key
	 */
	@Transactional
	public Shared recommend(String topicKey, Map<String, String> answers) {
		MatrixVersion version = this.versions.findLatest(topicKey)
			.orElseThrow(() -> new MatrixNotPublishedException(topicKey));
		RecommendationEngine engine = engine(version);
		Recommendation result = engine.recommend(answers);
		String id = newId();
		StoredRecommendation stored = this.recommendations.save(new StoredRecommendation(id, version.getTopic(),
				version, this.jsonMapper.writeValueAsString(result.answers()),
				this.jsonMapper.writeValueAsString(result), Instant.now().truncatedTo(ChronoUnit.MILLIS)));
		return new Shared(stored.getId(), stored.getCreatedAt(), engine.matrix(), result, Optional.empty());
	}

	/**
	 * A stored recommendation as computed, and whether the latest matrix would now answer
	 * differently.
	 */
	@Transactional(readOnly = true)
	public Shared find(String id) {
		StoredRecommendation stored = this.recommendations.findWithVersion(id)
			.orElseThrow(() -> new RecommendationNotFoundException(id));
		RecommendationEngine pinned = engine(stored.getMatrixVersion());
		Recommendation result = this.jsonMapper.readValue(stored.getResult(), Recommendation.class);
		return new Shared(stored.getId(), stored.getCreatedAt(), pinned.matrix(), result,
				newerAnswer(stored.getTopic().getKey(), stored.getMatrixVersion(), result));
	}

	/**
	 * What the latest version says for these answers, when it is newer than the pinned
	 * one.
	 */
	private Optional<NewerAnswer> newerAnswer(String topicKey, MatrixVersion pinned, Recommendation result) {
		Optional<Long> latestId = this.versions.findLatestId(topicKey);
		if (latestId.isEmpty() || latestId.get().equals(pinned.getId())) {
			return Optional.empty();
		}
		RecommendationEngine latest = this.engines.computeIfAbsent(latestId.get(),
				versionId -> compile(this.versions.findById(versionId).orElseThrow()));
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
		MatrixVersion version = this.versions.findLatest(topicKey)
			.orElseThrow(() -> new MatrixNotPublishedException(topicKey));
		return engine(version);
	}

	private RecommendationEngine engine(MatrixVersion version) {
		return this.engines.computeIfAbsent(version.getId(), id -> compile(version));
	}

	private RecommendationEngine compile(MatrixVersion version) {
		return RecommendationEngine.of(this.jsonMapper.readValue(version.getSnapshot(), DecisionMatrix.class));
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
	 * @param winner who the newer version recommends for the same answers (null when the
	 * answers no longer fit its questions)
	 * @param differs whether that is a different answer than the stored one
	 */
	public record NewerAnswer(int version, String winner, boolean differs) {
	}

}
