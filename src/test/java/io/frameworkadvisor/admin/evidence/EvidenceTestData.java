package io.frameworkadvisor.admin.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.frameworkadvisor.TestTopics;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The evidence area's test data: a copy of the seed per test class (never the seeded
 * topic), the import files under {@code src/test/resources/import}, and row counts to
 * prove that a rejected import stored nothing.
 */
final class EvidenceTestData {

	private static final Path FILES = Path.of("src/test/resources/import");

	private EvidenceTestData() {
	}

	/** A copy of the seed as {@code topicKey}, made once per shared context. */
	static synchronized void ensureTopic(ApplicationContext context, String topicKey) {
		Integer count = context.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from topic where key = ?", Integer.class, topicKey);
		if (count == 0) {
			TestTopics.copyOfSeed(context, topicKey);
		}
	}

	/** The slug a seed dataset has in a copy of the seed. */
	static String slug(String seedSlug, String topicKey) {
		return seedSlug + "-" + topicKey;
	}

	static byte[] file(String name) {
		try {
			return Files.readAllBytes(FILES.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Rows of every table an import writes, to compare before and after. */
	static String counts(JdbcTemplate jdbc) {
		return jdbc.queryForObject("""
				select concat_ws(',', (select count(*) from topic), (select count(*) from source),
				  (select count(*) from dataset), (select count(*) from measurement), (select count(*) from claim),
				  (select count(*) from score), (select count(*) from question),
				  (select count(*) from audit_event where action = 'import'))""", String.class);
	}

}
