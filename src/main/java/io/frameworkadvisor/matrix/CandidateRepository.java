package io.frameworkadvisor.matrix;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidateRepository extends JpaRepository<Candidate, Long> {

	List<Candidate> findByTopicOrderByPositionAscKeyAsc(Topic topic);

}
