package io.frameworkadvisor.evidence;

import io.frameworkadvisor.system.NotFoundException;

public class SourceNotFoundException extends NotFoundException {

	public SourceNotFoundException(String key) {
		super("source", key);
	}

}
