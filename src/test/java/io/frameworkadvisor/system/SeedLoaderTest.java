package io.frameworkadvisor.system;

import java.util.List;
import java.util.Map;

import io.frameworkadvisor.DatabaseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed is loaded once: running the loader again (as every restart does) adds nothing.
 */
@DatabaseTest
class SeedLoaderTest {

	private static final List<String> TABLES = List.of("topic", "candidate", "criterion", "metric", "source", "dataset",
			"dataset_stack", "measurement", "claim", "claim_candidate", "score", "score_evidence", "question",
			"answer_option", "option_weight", "option_must_have", "matrix_version", "seed_import");

	@Autowired
	SeedLoader seedLoader;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loadingTheSeedAgainChangesNothing() {
		Map<String, Long> before = counts();
		// other tests add topics of their own to the shared database: count the seed's
		assertThat(this.jdbc.queryForObject("""
				select count(*) from measurement me join dataset d on d.id = me.dataset_id
				join source s on s.id = d.source_id join topic t on t.id = s.topic_id
				where t.key = 'python-web-frameworks'""", Long.class)).isEqualTo(32L);
		assertThat(before.get("matrix_version")).isGreaterThanOrEqualTo(1L);
		this.seedLoader.afterSingletonsInstantiated();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void everySeedFileIsRecordedWithItsChecksum() {
		assertThat(this.jdbc.queryForList("select file_name from seed_import order by file_name", String.class))
			.containsExactly("python-web-frameworks/matrix.json",
					"python-web-frameworks/sources/bytepulse-30-day-benchmark-2026.json",
					"python-web-frameworks/sources/c6i-real-world-benchmarks-2026.json",
					"python-web-frameworks/sources/python-web-landscape-2026.json",
					"python-web-frameworks/sources/rebalai-what-i-actually-use-2026.json",
					"python-web-frameworks/topic.json");
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

}
