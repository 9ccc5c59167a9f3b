package io.frameworkadvisor.matrix;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MatrixVersionRepository extends JpaRepository<MatrixVersion, Long> {

	@Query("""
			select new io.frameworkadvisor.matrix.MatrixVersionRepository$LatestIds(t.id, v.id)
			from MatrixVersion v join v.topic t where t.key = :topicKey order by v.number desc""")
	List<LatestIds> findLatestIds(String topicKey, org.springframework.data.domain.Limit limit);

	@Query("select coalesce(max(v.number), 0) from MatrixVersion v where v.topic = :topic")
	int maxNumber(Topic topic);

	@Query("select v.id from MatrixVersion v where v.topic.key = :topicKey order by v.number desc limit 1")
	Optional<Long> findLatestId(String topicKey);

	@Query("select v from MatrixVersion v join fetch v.topic t where t.key = :topicKey order by v.number desc")
	List<MatrixVersion> findAllOfTopic(String topicKey);

	record LatestIds(Long topicId, Long versionId) {
	}

}
