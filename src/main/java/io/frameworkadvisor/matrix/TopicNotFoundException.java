package io.frameworkadvisor.matrix;

import io.frameworkadvisor.system.NotFoundException;

/** No topic has the requested key. */
public class TopicNotFoundException extends NotFoundException {

	public TopicNotFoundException(String key) {
		super("topic", key);
	}

}
