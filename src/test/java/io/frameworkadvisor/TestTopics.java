package io.frameworkadvisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.frameworkadvisor.admin.AuditLog;
import io.frameworkadvisor.evidence.EvidenceImporter;
import io.frameworkadvisor.matrix.MatrixFile;
import io.frameworkadvisor.matrix.MatrixImporter;
import io.frameworkadvisor.matrix.TopicFile;
import io.frameworkadvisor.matrix.TopicImporter;
import io.frameworkadvisor.recommendation.MatrixPublisher;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Topics of a test's own: a copy of the seeded topic under new keys (topic key, source
 * keys and dataset slugs get a suffix), imported through the same importers as the seed
 * and published as its version 1. Tests that edit or publish use such a copy, never the
 * seeded topic that every other test reads.
 */
public final class TestTopics {

	private static final Path SEED = Path.of("db/seed/python-web-frameworks");

	private static final String SEED_TOPIC = "python-web-frameworks";

	private static final Pattern SOURCE_KEY = Pattern.compile("\"source\"\\s*:\\s*\\{\\s*\"key\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern SLUG = Pattern.compile("\"slug\"\\s*:\\s*\"([^\"]+)\"");

	private TestTopics() {
	}

	/**
	 * Imports a copy of the seeded topic as {@code topicKey} and publishes it as version
	 * 1.
	 * @param context the test's application context
	 * @param topicKey a key no other test uses, e.g. {@code "publish-test"}
	 * @return the keys that were renamed, old key to new key (sources and datasets)
	 */
	public static Map<String, String> copyOfSeed(ApplicationContext context, String topicKey) {
		Map<String, String> renamed = new LinkedHashMap<>();
		List<Path> sources = list(SEED.resolve("sources"));
		for (Path source : sources) {
			String json = read(source);
			collect(SOURCE_KEY, json, topicKey, renamed);
			collect(SLUG, json, topicKey, renamed);
		}
		JsonMapper json = context.getBean(JsonMapper.class);
		context.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			TopicFile topic = json.readerFor(TopicFile.class)
				.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(rename(read(SEED.resolve("topic.json")), topicKey, renamed));
			assertNoProblems(context.getBean(TopicImporter.class).importTopic(topic));
			for (Path source : sources) {
				context.getBean(EvidenceImporter.class)
					.importSourceFile(topicKey, source.getFileName().toString(),
							rename(read(source), topicKey, renamed).getBytes(StandardCharsets.UTF_8));
			}
			MatrixFile matrix = json.readerFor(MatrixFile.class)
				.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(rename(read(SEED.resolve("matrix.json")), topicKey, renamed));
			assertNoProblems(context.getBean(MatrixImporter.class).importMatrix(matrix));
			context.getBean(MatrixPublisher.class).publish(topicKey, "Test copy of the seed", "test");
		});
		return renamed;
	}

	/**
	 * Changes one cell of a topic's draft as the score editor does: the score and its
	 * audit entry in one transaction.
	 * @param context the test's application context
	 * @param actor who the audit log names
	 */
	public static void editScore(ApplicationContext context, String topic, String candidate, String criterion,
			int value, String actor) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		context.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			String before = jdbc.queryForObject("""
					select json_build_object('value', s.value, 'mode', s.mode, 'rationale', s.rationale)::text
					from score s join candidate c on c.id = s.candidate_id join criterion cr on cr.id = s.criterion_id
					join topic t on t.id = c.topic_id where t.key = ? and c.key = ? and cr.key = ?""", String.class,
					topic, candidate, criterion);
			int updated = jdbc.update("""
					update score set value = ?, version = version + 1
					where candidate_id = (select c.id from candidate c join topic t on t.id = c.topic_id
					                      where t.key = ? and c.key = ?)
					and criterion_id = (select cr.id from criterion cr join topic t on t.id = cr.topic_id
					                    where t.key = ? and cr.key = ?)""", value, topic, candidate, topic, criterion);
			if (updated != 1) {
				throw new IllegalStateException("No score for " + topic + "/" + candidate + "/" + criterion);
			}
			String after = before.replaceFirst("\"value\" ?: ?[0-9.]+", "\"value\" : " + value);
			context.getBean(AuditLog.class)
				.record(actor, "score", topic + "/" + candidate + "/" + criterion, "update", before, after);
		});
	}

	private static void collect(Pattern pattern, String json, String suffix, Map<String, String> renamed) {
		Matcher matcher = pattern.matcher(json);
		while (matcher.find()) {
			String key = matcher.group(1);
			renamed.put(key, shorten(key) + "-" + suffix);
		}
	}

	/** Keys are at most 119 characters; keep room for the suffix. */
	private static String shorten(String key) {
		return (key.length() > 60) ? key.substring(0, 60) : key;
	}

	private static String rename(String json, String topicKey, Map<String, String> renamed) {
		String result = json.replace("\"" + SEED_TOPIC + "\"", "\"" + topicKey + "\"");
		for (Map.Entry<String, String> entry : renamed.entrySet()) {
			result = result.replace("\"" + entry.getKey() + "\"", "\"" + entry.getValue() + "\"");
		}
		return result;
	}

	private static void assertNoProblems(List<String> problems) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Copy of the seed is invalid: " + problems);
		}
	}

	private static List<Path> list(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Deletes a test's topic (a copy of the seed, say) with everything in it, so that
	 * tests that count the seeded content (sources, figures by seed file) see the seed
	 * alone again. The audit log keeps its entries.
	 */
	public static void delete(JdbcTemplate jdbc, String topicKey) {
		Long topicId = jdbc.query("select id from topic where key = ?", (rs, i) -> rs.getLong(1), topicKey)
			.stream()
			.findFirst()
			.orElse(null);
		if (topicId == null) {
			return;
		}
		for (String delete : new String[] { "delete from recommendation where topic_id = ?",
				"delete from matrix_version where topic_id = ?",
				"delete from score where candidate_id in (select id from candidate where topic_id = ?)",
				"delete from question where topic_id = ?",
				"delete from criterion_metric where criterion_id in (select id from criterion where topic_id = ?)",
				"delete from claim where source_id in (select id from source where topic_id = ?)",
				"delete from dataset where source_id in (select id from source where topic_id = ?)",
				"delete from source where topic_id = ?", "delete from candidate where topic_id = ?",
				"delete from criterion where topic_id = ?", "delete from metric where topic_id = ?",
				"delete from topic where id = ?" }) {
			jdbc.update(delete, topicId);
		}
	}

}
