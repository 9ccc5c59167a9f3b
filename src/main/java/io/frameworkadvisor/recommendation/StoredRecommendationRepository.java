package io.frameworkadvisor.recommendation;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredRecommendationRepository extends JpaRepository<StoredRecommendation, String> {

	/** The stored result without loading the (large) matrix snapshot it is pinned to. */
	@Query("""
			select new io.frameworkadvisor.recommendation.StoredRecommendationRepository$ResultRow(
			    r.id, t.key, v.id, r.result, r.createdAt)
			from StoredRecommendation r join r.topic t join r.matrixVersion v where r.id = :id""")
	Optional<ResultRow> findRow(String id);

	record ResultRow(String id, String topicKey, Long versionId, String result, Instant createdAt) {
	}

	/**
	 * Stores a new recommendation with one insert (its id is random, so {@code save}
	 * would first look for an existing row to merge with).
	 */
	@Modifying
	@Query(value = """
			insert into recommendation (id, topic_id, matrix_version_id, answers, result, created_at)
			values (:id, :topicId, :versionId, cast(:answers as jsonb), cast(:result as jsonb), :createdAt)""",
			nativeQuery = true)
	void insert(String id, long topicId, long versionId, String answers, String result, Instant createdAt);

}
