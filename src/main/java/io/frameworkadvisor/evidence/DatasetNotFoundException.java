package io.frameworkadvisor.evidence;

import io.frameworkadvisor.system.NotFoundException;

public class DatasetNotFoundException extends NotFoundException {

	public DatasetNotFoundException(String slug) {
		super("dataset", slug);
	}

}
