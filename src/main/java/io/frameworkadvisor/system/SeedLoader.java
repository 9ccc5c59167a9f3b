package io.frameworkadvisor.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.admin.AuditLog;
import io.frameworkadvisor.evidence.EvidenceImporter;
import io.frameworkadvisor.matrix.MatrixFile;
import io.frameworkadvisor.matrix.MatrixImporter;
import io.frameworkadvisor.matrix.MatrixVersionRepository;
import io.frameworkadvisor.matrix.TopicFile;
import io.frameworkadvisor.matrix.TopicImporter;
import io.frameworkadvisor.recommendation.MatrixPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the seed files under {@code db/seed/} (see its README) into the database before
 * the app takes requests. Each file is loaded once, ever: {@code seed_import} remembers
 * it, so restarts never duplicate anything and a file added in a new release is loaded on
 * its first start. An advisory lock keeps two instances starting together from loading
 * the same file twice. {@code advisor.seed.enabled=false} starts an empty install (used
 * by the export/import round-trip test).
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private static final String SEED_ROOT = "db/seed/";

	private static final long SEED_LOCK = 0x5EED_F11E_5L;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final TopicImporter topicImporter;

	private final EvidenceImporter evidenceImporter;

	private final JsonMapper jsonMapper;

	private final MatrixImporter matrixImporter;

	private final MatrixVersionRepository versions;

	private final MatrixPublisher publisher;

	private final AuditLog auditLog;

	private final boolean enabled;

	SeedLoader(JdbcTemplate jdbc, TransactionTemplate transaction, TopicImporter topicImporter,
			EvidenceImporter evidenceImporter, JsonMapper jsonMapper, MatrixImporter matrixImporter,
			MatrixVersionRepository versions, MatrixPublisher publisher, AuditLog auditLog,
			@Value("${advisor.seed.enabled:true}") boolean enabled) {
		this.auditLog = auditLog;
		this.enabled = enabled;
		this.matrixImporter = matrixImporter;
		this.versions = versions;
		this.publisher = publisher;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.topicImporter = topicImporter;
		this.evidenceImporter = evidenceImporter;
		this.jsonMapper = jsonMapper;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.enabled) {
			log.info("Seed loading is switched off (advisor.seed.enabled=false)");
			return;
		}
		List<SeedFile> topicFiles = find("*/topic.json");
		List<SeedFile> sourceFiles = find("*/sources/*.json");
		List<SeedFile> matrixFiles = find("*/matrix.json");
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, SEED_LOCK);
			Map<String, String> loaded = new HashMap<>();
			this.jdbc.queryForList("select file_name, checksum from seed_import")
				.forEach((row) -> loaded.put((String) row.get("file_name"), (String) row.get("checksum")));
			topicFiles.stream().filter((file) -> isNew(file, loaded)).forEach(this::loadTopic);
			sourceFiles.stream().filter((file) -> isNew(file, loaded)).forEach(this::loadSource);
			matrixFiles.stream().filter((file) -> isNew(file, loaded)).forEach(this::loadMatrix);
		});
	}

	private void loadTopic(SeedFile file) {
		TopicFile topic = this.jsonMapper.readerFor(TopicFile.class)
			.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.readValue(file.content());
		List<String> problems = this.topicImporter.importTopic(topic);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Seed file " + file.name() + " is invalid: " + problems);
		}
		remember(file);
		log.info("Seeded topic {} from {}", topic.key(), file.name());
	}

	private void loadSource(SeedFile file) {
		String topicKey = file.name().substring(0, file.name().indexOf('/'));
		EvidenceImporter.ImportSummary summary = this.evidenceImporter.importSourceFile(topicKey, file.name(),
				file.content());
		remember(file);
		log.info("Seeded source {}: {} dataset(s), {} measurement(s), {} claim(s)", summary.sourceKey(),
				summary.datasets(), summary.measurements(), summary.claims());
	}

	/**
	 * Loads the matrix and questions, and publishes them as version 1 when the topic has
	 * none yet.
	 */
	private void loadMatrix(SeedFile file) {
		MatrixFile matrix = this.jsonMapper.readerFor(MatrixFile.class)
			.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.readValue(file.content());
		List<String> problems = this.matrixImporter.importMatrix(matrix);
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"Seed file " + file.name() + " is invalid:\n  " + String.join("\n  ", problems));
		}
		remember(file);
		if (this.versions.findLatestId(matrix.topic()).isEmpty()) {
			int number = this.publisher.publish(matrix.topic(), "Seeded matrix", "seed").getNumber();
			log.info("Seeded and published matrix version {} of {}", number, matrix.topic());
		}
	}

	private boolean isNew(SeedFile file, Map<String, String> loaded) {
		String checksum = loaded.get(file.name());
		if (checksum != null && !checksum.equals(file.checksum())) {
			log.warn("Seed file {} changed after it was loaded; the stored data (possibly edited since) is kept. "
					+ "Import changes through the admin instead.", file.name());
		}
		return checksum == null;
	}

	private void remember(SeedFile file) {
		this.jdbc.update("insert into seed_import (file_name, checksum) values (?, ?)", file.name(), file.checksum());
		this.auditLog.record("seed", "seed_file", file.name(), "import", null,
				this.jsonMapper.writeValueAsString(Map.of("file", file.name(), "checksum", file.checksum())));
	}

	private static List<SeedFile> find(String pattern) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + SEED_ROOT + pattern);
			return Arrays.stream(resources).map(SeedLoader::read).sorted(Comparator.comparing(SeedFile::name)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the seed files " + pattern, ex);
		}
	}

	private static SeedFile read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			String url = resource.getURL().toString();
			String name = url.substring(url.lastIndexOf(SEED_ROOT) + SEED_ROOT.length());
			return new SeedFile(name, in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seed file " + resource, ex);
		}
	}

	/**
	 * A seed file, named by its path below {@code db/seed/}, e.g.
	 * {@code python-web-frameworks/topic.json}.
	 */
	private record SeedFile(String name, byte[] content) {

		String checksum() {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.content));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
