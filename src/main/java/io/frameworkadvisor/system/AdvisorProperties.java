package io.frameworkadvisor.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of Framework Advisor itself ({@code advisor.*}).
 *
 * @param dataDir where the embedded PostgreSQL keeps its data
 * ({@code <dataDir>/postgres}); empty means a throwaway directory that is deleted on
 * shutdown (used by tests)
 */
@ConfigurationProperties("advisor")
public record AdvisorProperties(Path dataDir) {

	public boolean hasDataDir() {
		return this.dataDir != null && !this.dataDir.toString().isBlank();
	}

}
