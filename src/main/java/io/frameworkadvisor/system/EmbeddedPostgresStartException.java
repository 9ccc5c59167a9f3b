package io.frameworkadvisor.system;

import java.nio.channels.OverlappingFileLockException;
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
		String dataDir = describe(properties);
		if (mentionsLock(cause)) {
			return inUse(dataDir, "", cause);
		}
		return new EmbeddedPostgresStartException(
				"The embedded PostgreSQL could not start (data directory " + dataDir + "): " + cause.getMessage(),
				"Check that the data directory is writable and not corrupted, or point the app at an external "
						+ "PostgreSQL with SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
				cause);
	}

	/**
	 * A PostgreSQL server already runs on the data directory: another instance's, or one
	 * left behind by a run that was killed while it was starting.
	 */
	static EmbeddedPostgresStartException serverRunning(AdvisorProperties properties, long pid) {
		return inUse(describe(properties), " If no other instance is running, PostgreSQL (PID " + pid
				+ ") was left behind by a run that " + "was killed while starting: stop it with kill -INT " + pid + ".",
				null);
	}

	private static EmbeddedPostgresStartException inUse(String dataDir, String leftover, Throwable cause) {
		return new EmbeddedPostgresStartException(
				"Another Framework Advisor (or PostgreSQL) is already using the data directory " + dataDir + ".",
				"Stop the other instance first, or give this one its own data directory, for example "
						+ "ADVISOR_DATA_DIR=" + Path.of(dataDir).resolveSibling("data-2") + "." + leftover
						+ " To run several instances on one database, use an external PostgreSQL "
						+ "(SPRING_DATASOURCE_URL); see the README.",
				cause);
	}

	private static String describe(AdvisorProperties properties) {
		return properties.hasDataDir() ? properties.dataDir().toAbsolutePath().normalize().toString() : "(throwaway)";
	}

	/**
	 * Whether zonky refused the data directory because another instance holds its
	 * {@code epg-lock}: from another process it says "could not lock .../epg-lock"; from
	 * the same JVM (two contexts, as in tests) the JDK throws an
	 * {@link OverlappingFileLockException} without any message.
	 */
	private static boolean mentionsLock(Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof OverlappingFileLockException) {
				return true;
			}
			String message = t.getMessage();
			if (message != null && message.contains("could not lock") && message.contains("epg-lock")) {
				return true;
			}
		}
		return false;
	}

}
