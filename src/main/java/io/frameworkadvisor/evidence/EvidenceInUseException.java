package io.frameworkadvisor.evidence;

import java.util.List;

/**
 * Deleting evidence was refused because score cells cite it or published matrix versions
 * include it: those must keep showing what they were based on.
 *
 * @see EvidenceReferences
 */
public class EvidenceInUseException extends RuntimeException {

	private final String what;

	private final EvidenceReferences.Usage usage;

	public EvidenceInUseException(String what, EvidenceReferences.Usage usage) {
		super(what + " is in use: cells " + usage.cells() + ", published versions " + usage.versions());
		this.what = what;
		this.usage = usage;
	}

	/** What could not be deleted, e.g. a dataset slug. */
	public String what() {
		return this.what;
	}

	public List<String> cells() {
		return this.usage.cells();
	}

	public List<Integer> versions() {
		return this.usage.versions();
	}

}
