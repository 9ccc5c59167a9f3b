package io.frameworkadvisor.recommendation;

import io.frameworkadvisor.system.NotFoundException;

/** A topic has no published matrix version yet, so nothing can be recommended. */
public class MatrixNotPublishedException extends NotFoundException {

	public MatrixNotPublishedException(String topicKey) {
		super("published matrix for topic", topicKey);
	}

}
