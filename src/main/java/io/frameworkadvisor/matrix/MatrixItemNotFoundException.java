package io.frameworkadvisor.matrix;

import io.frameworkadvisor.system.NotFoundException;

/**
 * No candidate, criterion, metric, question, option or cell of a topic has the requested
 * key.
 */
public class MatrixItemNotFoundException extends NotFoundException {

	public MatrixItemNotFoundException(String kind, String key) {
		super(kind, key);
	}

}
