package io.frameworkadvisor.recommendation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredRecommendationRepository extends JpaRepository<StoredRecommendation, String> {

	@Query("select r from StoredRecommendation r join fetch r.topic join fetch r.matrixVersion where r.id = :id")
	Optional<StoredRecommendation> findWithVersion(String id);

	@Query("""
			select r from StoredRecommendation r join fetch r.matrixVersion
			where r.topic.key = :topicKey order by r.createdAt desc""")
	List<StoredRecommendation> findRecent(String topicKey, Limit limit);

}
