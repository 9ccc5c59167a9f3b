package io.frameworkadvisor.recommendation;

import io.frameworkadvisor.system.NotFoundException;

public class RecommendationNotFoundException extends NotFoundException {

	public RecommendationNotFoundException(String id) {
		super("recommendation", id);
	}

}
