package io.frameworkadvisor.matrix;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MetricRepository extends JpaRepository<Metric, Long> {

	List<Metric> findByTopicOrderByPositionAscKeyAsc(Topic topic);

	@Query("select m from Metric m join fetch m.topic order by m.position, m.key")
	List<Metric> findAllByOrderByPositionAscKeyAsc();

	Optional<Metric> findByTopicAndKey(Topic topic, String key);

}
