package io.frameworkadvisor.recommendation;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
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

}
