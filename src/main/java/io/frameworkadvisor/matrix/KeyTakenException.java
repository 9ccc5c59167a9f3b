package io.frameworkadvisor.matrix;

/** A new topic, candidate, criterion, metric, question or option reuses a key. */
public class KeyTakenException extends RuntimeException {

	public KeyTakenException(String key) {
		super("The key '" + key + "' is already used");
	}

}
