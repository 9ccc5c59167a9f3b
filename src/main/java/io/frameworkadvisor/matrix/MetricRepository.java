package io.frameworkadvisor.matrix;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MetricRepository extends JpaRepository<Metric, Long> {

	List<Metric> findByTopicOrderByPositionAscKeyAsc(Topic topic);

}
