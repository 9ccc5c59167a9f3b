package io.frameworkadvisor.recommendation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.frameworkadvisor.matrix.MatrixVersion;
import io.frameworkadvisor.matrix.MatrixVersionRepository;
import io.frameworkadvisor.matrix.Topic;
import io.frameworkadvisor.matrix.TopicNotFoundException;
import io.frameworkadvisor.matrix.TopicRepository;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.Recommendation;
import io.frameworkadvisor.recommendation.engine.Recommendation.MustHaveFailure;
import io.frameworkadvisor.recommendation.engine.Recommendation.Ranked;
import io.frameworkadvisor.recommendation.engine.RecommendationEngine;
import io.frameworkadvisor.recommendation.engine.UnknownAnswerException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft of a topic reviewed before publishing: what it changes against the latest
 * published version ({@link DraftDiff}), and how the most recent share links of the topic
 * would be answered by it.
 */
@Service
public class DraftReview {

	/** How many of the most recent share links are re-evaluated with the draft. */
	public static final int RECENT_LINKS = 100;

	private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
	};

	private static final TypeReference<List<Ranked>> RANKING = new TypeReference<>() {
	};

	private final TopicRepository topics;

	private final MatrixVersionRepository versions;

	private final SnapshotBuilder snapshots;

	private final JdbcTemplate jdbc;

	private final JsonMapper jsonMapper;

	DraftReview(TopicRepository topics, MatrixVersionRepository versions, SnapshotBuilder snapshots, JdbcTemplate jdbc,
			JsonMapper jsonMapper) {
		this.topics = topics;
		this.versions = versions;
		this.snapshots = snapshots;
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
	}

	@Transactional(readOnly = true)
	public Review review(String topicKey) {
		Topic topic = this.topics.findByKey(topicKey).orElseThrow(() -> new TopicNotFoundException(topicKey));
		Optional<MatrixVersion> latest = this.versions.findLatestId(topicKey).flatMap(this.versions::findById);
		int number = latest.map(MatrixVersion::getNumber).orElse(0);
		DecisionMatrix draft = this.snapshots.build(topicKey, number + 1, Instant.now());
		DecisionMatrix published = latest
			.map(version -> this.jsonMapper.readValue(version.getSnapshot(), DecisionMatrix.class))
			.orElseGet(() -> new DecisionMatrix(draft.methodVersion(), topicKey, draft.topicName(), 0, null, List.of(),
					List.of(), List.of(), List.of(), Map.of(), List.of()));
		return new Review(topicKey, topic.getName(), number, latest.map(MatrixVersion::getPublishedAt).orElse(null),
				latest.map(MatrixVersion::getPublishedBy).orElse(null), latest.map(MatrixVersion::getNote).orElse(null),
				DraftDiff.between(published, draft), linkEffects(topic.getId(), published, draft));
	}

	/** The recent share links re-evaluated with the draft, in one query. */
	private LinkEffects linkEffects(long topicId, DecisionMatrix published, DecisionMatrix draft) {
		RecommendationEngine draftEngine = RecommendationEngine.of(draft);
		RecommendationEngine publishedEngine = (published.version() > 0) ? RecommendationEngine.of(published) : null;
		List<LinkChange> changed = new ArrayList<>();
		int[] examined = { 0 };
		this.jdbc.query("""
				select r.id, r.created_at, v.number, r.answers::text as answers, r.result ->> 'winner' as winner,
				       (r.result -> 'ranking')::text as ranking
				from recommendation r join matrix_version v on v.id = r.matrix_version_id
				where r.topic_id = ? order by r.created_at desc limit ?""", (rs) -> {
			examined[0]++;
			Map<String, String> answers = this.jsonMapper.readValue(rs.getString("answers"), ANSWERS);
			Outcome stored = Outcome.of(rs.getString("winner"),
					this.jsonMapper.readValue(rs.getString("ranking"), RANKING));
			Outcome withDraft = Outcome.of(draftEngine, answers);
			if (withDraft.equals(stored)) {
				return;
			}
			int version = rs.getInt("number");
			// A link of an older version may already be answered differently by the
			// published version; then publishing the draft is not what changes it.
			boolean byDraft = version == published.version() || publishedEngine == null
					|| !withDraft.equals(Outcome.of(publishedEngine, answers));
			changed.add(new LinkChange(rs.getString("id"), rs.getTimestamp("created_at").toInstant(), version, stored,
					withDraft, byDraft));
		}, topicId, RECENT_LINKS);
		return new LinkEffects(changed, examined[0] - changed.size(), RECENT_LINKS);
	}

	/**
	 * Who a matrix recommends for a link's answers, and which must-haves fail.
	 *
	 * @param winner null when the answers no longer fit the matrix's questions
	 * @param failures "Flask: Admin" for each must-have a candidate fails, sorted
	 */
	public record Outcome(String winner, String winnerName, Set<String> failures) {

		static Outcome of(String winner, List<Ranked> ranking) {
			String name = ranking.stream()
				.filter(row -> row.candidate().equals(winner))
				.map(Ranked::name)
				.findFirst()
				.orElse(winner);
			Set<String> failures = new TreeSet<>();
			for (Ranked row : ranking) {
				for (MustHaveFailure failure : row.mustHaveFailures()) {
					failures.add(row.name() + ": " + failure.criterionName());
				}
			}
			return new Outcome(winner, name, failures);
		}

		static Outcome of(RecommendationEngine engine, Map<String, String> answers) {
			try {
				Recommendation result = engine.recommend(answers);
				return of(result.winner(), result.ranking());
			}
			catch (UnknownAnswerException ex) {
				return new Outcome(null, null, Set.of());
			}
		}

		public boolean fits() {
			return this.winner != null;
		}

	}

	/**
	 * @param publishedNumber the latest published version (0 when none is)
	 */
	public record Review(String topicKey, String topicName, int publishedNumber, Instant publishedAt,
			String publishedBy, String publishedNote, DraftDiff diff, LinkEffects links) {

		public int draftNumber() {
			return this.publishedNumber + 1;
		}

		public OffsetDateTime publishedAtUtc() {
			return (this.publishedAt != null) ? this.publishedAt.atOffset(ZoneOffset.UTC) : null;
		}

	}

	/**
	 * @param changed the links whose winner or must-have failures would change
	 * @param unchanged how many of the examined links would keep their answer
	 * @param limit how many of the most recent links are examined at most
	 */
	public record LinkEffects(List<LinkChange> changed, int unchanged, int limit) {

		public int examined() {
			return this.changed.size() + this.unchanged;
		}

		/** How many links publishing the draft changes (not the published version). */
		public long byDraft() {
			return this.changed.stream().filter(LinkChange::byDraft).count();
		}

	}

	/**
	 * A share link that the draft would answer differently from what the link shows.
	 *
	 * @param version the version the link was computed on
	 * @param byDraft whether publishing the draft causes the difference (false: the
	 * published version already answers so)
	 */
	public record LinkChange(String id, Instant createdAt, int version, Outcome stored, Outcome draft,
			boolean byDraft) {

		public OffsetDateTime createdAtUtc() {
			return this.createdAt.atOffset(ZoneOffset.UTC);
		}

		public boolean winnerChanged() {
			return !Objects.equals(this.stored.winner(), this.draft.winner());
		}

		public boolean failuresChanged() {
			return this.draft.fits() && !this.stored.failures().equals(this.draft.failures());
		}

	}

}
