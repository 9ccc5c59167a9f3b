package io.frameworkadvisor.recommendation;

/**
 * Someone published a version of the topic after the editor loaded the draft page: the
 * editor reviewed a diff against an older version, so nothing is published.
 */
public class StalePublishException extends RuntimeException {

	private final int basedOn;

	private final int latest;

	public StalePublishException(String topicKey, int basedOn, int latest) {
		super("Topic " + topicKey + " is at version " + latest + ", not " + basedOn);
		this.basedOn = basedOn;
		this.latest = latest;
	}

	/** The version the editor's diff was made against. */
	public int basedOn() {
		return this.basedOn;
	}

	/** The latest published version now. */
	public int latest() {
		return this.latest;
	}

}
