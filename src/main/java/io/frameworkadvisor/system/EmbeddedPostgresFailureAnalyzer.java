package io.frameworkadvisor.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded PostgreSQL start into a short message that says what to do. */
class EmbeddedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresStartException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresStartException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
