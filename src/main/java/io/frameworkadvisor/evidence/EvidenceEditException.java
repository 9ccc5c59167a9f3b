package io.frameworkadvisor.evidence;

/**
 * An edit breaks a rule that the form alone cannot check (a key that is taken, a unit
 * that does not fit the metric, a duplicate measurement). Nothing is written; the form is
 * shown again with the message next to the field.
 */
public class EvidenceEditException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public EvidenceEditException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
