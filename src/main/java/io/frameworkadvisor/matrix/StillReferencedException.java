package io.frameworkadvisor.matrix;

import java.util.List;

/**
 * A delete was refused because evidence, scores, weights or a published matrix version
 * still refer to the record. Nothing was changed.
 */
public class StillReferencedException extends RuntimeException {

	private final String entityId;

	private final List<Referrer> referrers;

	public StillReferencedException(String entityId, List<Referrer> referrers) {
		super(entityId + " is still referred to by " + referrers);
		this.entityId = entityId;
		this.referrers = List.copyOf(referrers);
	}

	public String entityId() {
		return this.entityId;
	}

	public List<Referrer> referrers() {
		return this.referrers;
	}

}
