package io.frameworkadvisor.system;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL did not start. Carries what the user should do about it; see
 * {@link EmbeddedPostgresFailureAnalyzer}.
 */
class EmbeddedPostgresStartException extends RuntimeException {

	private final String action;

	EmbeddedPostgresStartException(String message, String action, Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	String action() {
		return this.action;
	}

	static EmbeddedPostgresStartException from(AdvisorProperties properties, Throwable cause) {
		String dataDir = properties.hasDataDir() ? properties.dataDir().toAbsolutePath().normalize().toString()
				: "(throwaway)";
		if (mentionsLock(cause)) {
			return new EmbeddedPostgresStartException(
					"Another Framework Advisor (or PostgreSQL) is already using the data directory " + dataDir + ".",
					"Stop the other instance first, or give this one its own data directory, for example "
							+ "ADVISOR_DATA_DIR=" + Path.of(dataDir).resolveSibling("data-2")
							+ ". To run several instances on one database, use an external PostgreSQL "
							+ "(SPRING_DATASOURCE_URL); see the README.",
					cause);
		}
		return new EmbeddedPostgresStartException(
				"The embedded PostgreSQL could not start (data directory " + dataDir + "): " + cause.getMessage(),
				"Check that the data directory is writable and not corrupted, or point the app at an external "
						+ "PostgreSQL with SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
				cause);
	}

	private static boolean mentionsLock(Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			String message = t.getMessage();
			if (message != null && (message.contains("epg-lock") || message.contains("lock file"))) {
				return true;
			}
		}
		return false;
	}

}
