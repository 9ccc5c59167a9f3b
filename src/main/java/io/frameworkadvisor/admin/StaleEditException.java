package io.frameworkadvisor.admin;

import java.util.Map;

/**
 * Someone saved the record after this editor opened it (optimistic locking): the form
 * carried an older version than the stored one. Nothing is written; the controller
 * re-renders the form with status 409, the editor's values kept, the stored values shown
 * next to each field ({@code fragments/_form :: conflict}) and the stored version in the
 * hidden field, so saving again is a deliberate merge.
 */
public class StaleEditException extends RuntimeException {

	private final Map<String, String> stored;

	private final long storedVersion;

	/**
	 * @param stored the stored value of each form field, by field name, as text
	 * @param storedVersion the stored record's version
	 */
	public StaleEditException(Map<String, String> stored, long storedVersion) {
		super("The record was changed by someone else (now version " + storedVersion + ")");
		this.stored = Map.copyOf(stored);
		this.storedVersion = storedVersion;
	}

	public Map<String, String> stored() {
		return this.stored;
	}

	public long storedVersion() {
		return this.storedVersion;
	}

}
