package io.frameworkadvisor.evidence;

import java.util.List;
import java.util.Optional;

import io.frameworkadvisor.matrix.Topic;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SourceRepository extends JpaRepository<Source, Long> {

	boolean existsByKey(String key);

	@Query("select s from Source s join fetch s.topic where s.key = :key")
	Optional<Source> findByKeyWithTopic(String key);

	/** Every source with its topic and datasets, in one query. */
	@Query("select distinct s from Source s join fetch s.topic t left join fetch s.datasets order by t.name, s.title")
	List<Source> findAllWithDatasets();

	List<Source> findByTopicOrderByTitle(Topic topic);

}
