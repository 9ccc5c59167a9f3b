package io.frameworkadvisor.matrix;

import io.frameworkadvisor.system.NotFoundException;

public class MetricNotFoundException extends NotFoundException {

	public MetricNotFoundException(String key) {
		super("metric", key);
	}

}
