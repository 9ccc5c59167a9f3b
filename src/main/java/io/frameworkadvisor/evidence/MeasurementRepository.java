package io.frameworkadvisor.evidence;

import io.frameworkadvisor.matrix.Metric;
import io.frameworkadvisor.matrix.MetricRepository;
import io.frameworkadvisor.matrix.Unit;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasurementRepository extends JpaRepository<Measurement, Long> {

	@Query("""
			select m from Measurement m join fetch m.candidate join fetch m.metric
			where m.dataset in :datasets order by m.dataset.id, m.position""")
	List<Measurement> findByDatasetsWithCandidateAndMetric(Collection<Dataset> datasets);

	@Query("""
			select m from Measurement m join fetch m.candidate join fetch m.metric
			join fetch m.dataset d join fetch d.source
			where m.metric = :metric order by d.id, m.position""")
	List<Measurement> findByMetricWithDataset(Metric metric);

	@Query("select m.dataset.id, count(m) from Measurement m group by m.dataset.id")
	List<Object[]> countByDataset();

	@Query("select m.metric.id, count(m) from Measurement m group by m.metric.id")
	List<Object[]> countByMetric();

}
