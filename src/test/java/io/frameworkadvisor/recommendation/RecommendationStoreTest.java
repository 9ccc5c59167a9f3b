package io.frameworkadvisor.recommendation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.frameworkadvisor.DatabaseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Group commit on the real database: every row that {@link RecommendationStore#insert}
 * returned for is stored, concurrent rows share commits, and a row the database refuses
 * fails alone.
 */
@DatabaseTest
class RecommendationStoreTest {

	private static final int THREADS = 32;

	private static final int ROWS_PER_THREAD = 25;

	@Autowired
	RecommendationStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyConfirmedRowIsStoredAndConcurrentRowsShareCommits() throws Exception {
		long[] version = latestVersion();
		List<String> ids = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<List<String>>> written = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				written.add(threads.submit(() -> {
					List<String> mine = new ArrayList<>();
					for (int i = 0; i < ROWS_PER_THREAD; i++) {
						String id = String.format("storetest%03d%04d", thread, i);
						this.store.insert(row(id, version));
						mine.add(id);
					}
					return mine;
				}));
			}
			for (Future<List<String>> future : written) {
				ids.addAll(future.get());
			}
		}
		finally {
			threads.shutdown();
		}
		// xmin: the transaction that inserted a row
		long commits = this.jdbc.queryForObject(
				"select count(distinct xmin::text) from recommendation where id like 'storetest%'", Long.class);

		assertThat(ids).hasSize(THREADS * ROWS_PER_THREAD);
		assertThat(
				this.jdbc.queryForObject("select count(*) from recommendation where id like 'storetest%'", Long.class))
			.isEqualTo(ids.size());
		assertThat(commits).as("commits for %d rows", ids.size()).isLessThan(ids.size());
	}

	@Test
	void aRowTheDatabaseRefusesFailsAloneAndTheOthersAreStored() throws Exception {
		long[] version = latestVersion();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> good = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int thread = t;
				good.add(threads.submit(() -> {
					for (int i = 0; i < 20; i++) {
						this.store.insert(row(String.format("refusaltest%02d%04d", thread, i), version));
					}
				}));
			}
			// the id check of the table refuses this one
			assertThatThrownBy(() -> this.store.insert(row("not a valid id!", version)))
				.isInstanceOf(DataIntegrityViolationException.class);
			for (Future<?> future : good) {
				future.get();
			}
		}
		finally {
			threads.shutdown();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from recommendation where id like 'refusaltest%'",
				Long.class))
			.isEqualTo(160L);
	}

	private long[] latestVersion() {
		return this.jdbc.queryForObject("""
				select v.topic_id, v.id from matrix_version v join topic t on t.id = v.topic_id
				where t.key = 'python-web-frameworks' order by v.number desc limit 1""",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) });
	}

	private static RecommendationStore.Row row(String id, long[] version) {
		return new RecommendationStore.Row(id, version[0], version[1], "{}", "{}", Instant.now());
	}

}
