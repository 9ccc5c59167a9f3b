package io.frameworkadvisor.evidence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClaimRepository extends JpaRepository<Claim, Long> {

	/**
	 * The claims of a source with their criterion and stances, in one query however many
	 * claims the source has (batch fetching would take one more query per 64 claims).
	 * Load the topic's candidates first: the stances' keys then resolve from the
	 * persistence context.
	 */
	@Query("""
			select c from Claim c left join fetch c.criterion left join fetch c.stances
			where c.source = :source order by c.position""")
	List<Claim> findBySourceWithCriterion(Source source);

	@Query("select c.id from Claim c where c.source = :source")
	List<Long> findIdsBySource(Source source);

	@Query("select c.source.id, count(c) from Claim c group by c.source.id")
	List<Object[]> countBySource();

}
