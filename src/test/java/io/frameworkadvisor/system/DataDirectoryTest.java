package io.frameworkadvisor.system;

import java.nio.file.Path;

import io.frameworkadvisor.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The embedded PostgreSQL with a persistent {@code advisor.data-dir}: what a user gets
 * from {@code java -jar} with no configuration. One test method, because every app start
 * costs seconds.
 */
class DataDirectoryTest {

	@TempDir
	Path dataDir;

	@Test
	void keepsDataAcrossRestartsCommitsDurablyAndRefusesASecondInstance() throws Exception {
		Counts seeded;
		try (ConfigurableApplicationContext app = start()) {
			seeded = Counts.of(app);
			assertThat(seeded.topics()).isOne();
			assertThat(seeded.measurements()).isPositive();
			assertThat(seeded.claims()).isPositive();
		}
		try (ConfigurableApplicationContext app = start()) {
			assertThat(Counts.of(app)).as("after a restart on the same data directory").isEqualTo(seeded);
			// zonky defaults to off, which can lose the last commits in a crash.
			assertThat(jdbc(app).queryForObject("show synchronous_commit", String.class)).isEqualTo("on");

			// The server is up, so the launcher sees it before zonky is even asked.
			assertThatThrownBy(this::start).satisfies((ex) -> assertInUse(ex));

			// zonky's own refusal, as it really happens in one JVM (an
			// OverlappingFileLockException without a message), must read the same.
			Path postgres = this.dataDir.resolve("postgres");
			assertThatThrownBy(() -> EmbeddedPostgres.builder()
				.setDataDirectory(postgres)
				.setCleanDataDirectory(false)
				.start()
				.close()).satisfies((ex) -> assertInUse(EmbeddedPostgresStartException.from(properties(), ex)));
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(Application.class).run("--advisor.data-dir=" + this.dataDir,
				"--server.port=0");
	}

	private AdvisorProperties properties() {
		return new AdvisorProperties(this.dataDir);
	}

	private void assertInUse(Throwable thrown) {
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			if (t instanceof EmbeddedPostgresStartException failure) {
				assertThat(failure).hasMessage("Another Framework Advisor (or PostgreSQL) is already using the data "
						+ "directory " + this.dataDir.toAbsolutePath().normalize() + ".");
				return;
			}
		}
		fail("Expected an EmbeddedPostgresStartException in the causes of %s", thrown.toString());
	}

	private static JdbcTemplate jdbc(ConfigurableApplicationContext app) {
		return app.getBean(JdbcTemplate.class);
	}

	private record Counts(long topics, long measurements, long claims, long seedFiles) {

		static Counts of(ConfigurableApplicationContext app) {
			JdbcTemplate jdbc = jdbc(app);
			return new Counts(count(jdbc, "topic"), count(jdbc, "measurement"), count(jdbc, "claim"),
					count(jdbc, "seed_import"));
		}

		private static long count(JdbcTemplate jdbc, String table) {
			return jdbc.queryForObject("select count(*) from " + table, Long.class);
		}

	}

}
