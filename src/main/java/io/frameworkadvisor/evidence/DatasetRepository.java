package io.frameworkadvisor.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.frameworkadvisor.matrix.Topic;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DatasetRepository extends JpaRepository<Dataset, Long> {

	boolean existsBySlug(String slug);

	@Query("select d from Dataset d join fetch d.source s join fetch s.topic where d.slug = :slug")
	Optional<Dataset> findBySlugWithSource(String slug);

	@Query("select d from Dataset d join fetch d.source s where s.topic = :topic order by s.title, d.title")
	List<Dataset> findByTopicWithSource(Topic topic);

	@Query("select d from Dataset d join fetch d.source s where d.id in :ids")
	List<Dataset> findAllWithSource(Collection<Long> ids);

}
