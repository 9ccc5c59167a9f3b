package io.frameworkadvisor.evidence;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What refers to measurements and claims: the draft's score cells that cite them
 * ({@code score_evidence}) and the published matrix versions whose snapshot includes them
 * (the snapshot's {@code evidence} map is keyed {@code m<id>} and {@code c<id>}).
 */
@Component
public class EvidenceReferences {

	private final JdbcTemplate jdbc;

	EvidenceReferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Who refers to any of these measurements and claims. */
	public Usage usage(Collection<Long> measurementIds, Collection<Long> claimIds) {
		Long[] measurements = measurementIds.toArray(Long[]::new);
		Long[] claims = claimIds.toArray(Long[]::new);
		List<String> cells = this.jdbc.query("""
				select distinct c.key || '/' || cr.key as cell from score_evidence se join score s on s.id = se.score_id
				join candidate c on c.id = s.candidate_id join criterion cr on cr.id = s.criterion_id
				where se.measurement_id = any(?) or se.claim_id = any(?) order by cell""", (rs, i) -> rs.getString(1),
				measurements, claims);
		String[] snapshotKeys = java.util.stream.Stream
			.concat(measurementIds.stream().map(id -> "m" + id), claimIds.stream().map(id -> "c" + id))
			.toArray(String[]::new);
		List<Integer> versions = (snapshotKeys.length == 0) ? List.of() : this.jdbc.query("""
				select v.number from matrix_version v where jsonb_exists_any(v.snapshot -> 'evidence', ?)
				order by v.number""", (rs, i) -> rs.getInt(1), (Object) snapshotKeys);
		return new Usage(cells, versions);
	}

	/** Throws when anything refers to the evidence. */
	void refuseIfUsed(String what, Collection<Long> measurementIds, Collection<Long> claimIds) {
		Usage usage = usage(measurementIds, claimIds);
		if (!usage.cells().isEmpty() || !usage.versions().isEmpty()) {
			throw new EvidenceInUseException(what, usage);
		}
	}

	/**
	 * @param cells the score cells citing the evidence, as {@code candidate/criterion}
	 * @param versions the numbers of the published versions that include it
	 */
	public record Usage(List<String> cells, List<Integer> versions) {
	}

}
