package io.frameworkadvisor.evidence;

import io.frameworkadvisor.system.NotFoundException;

public class MeasurementNotFoundException extends NotFoundException {

	public MeasurementNotFoundException(String id) {
		super("measurement", id);
	}

}
