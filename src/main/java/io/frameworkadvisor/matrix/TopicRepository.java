package io.frameworkadvisor.matrix;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicRepository extends JpaRepository<Topic, Long> {

	Optional<Topic> findByKey(String key);

}
