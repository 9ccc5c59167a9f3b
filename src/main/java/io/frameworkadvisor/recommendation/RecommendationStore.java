package io.frameworkadvisor.recommendation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores new recommendations with group commit: requests that arrive while a write is
 * under way are written together by the next write, in one round trip and one commit.
 * Storing a recommendation is the app's busiest write ({@code POST} of the API and the
 * wizard), and per request a transaction of its own cost more than the insert itself, on
 * both sides of the connection (bench/README.md, "POST recommendations").
 *
 * <p>
 * There is no writer thread: the first caller that finds no write under way writes
 * everything queued, the others wait for it. A lone request is therefore written at once,
 * and {@link #insert} returns only when its row is committed, or throws what the write
 * threw (a {@code DataAccessException}; while the database is down, the caller answers
 * 503 as for any other write). A caller inside a transaction of its own writes its row in
 * that transaction instead, so that it commits or rolls back with the rest of it.
 */
@Component
class RecommendationStore {

	/** Rows per statement batch; more only wait for the next round. */
	static final int MAX_BATCH = 64;

	private static final String INSERT = """
			insert into recommendation (id, topic_id, matrix_version_id, answers, result, created_at)
			values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean writing = new AtomicBoolean();

	RecommendationStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Stores the row; returns once it is committed.
	 * @throws org.springframework.dao.DataAccessException when it could not be stored
	 */
	void insert(Row row) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			write(List.of(row));
			return;
		}
		Pending pending = new Pending(row, new CompletableFuture<>());
		this.queue.add(pending);
		// Whoever holds the flag writes what is queued; after letting go it looks again,
		// because a row queued while it was finishing has found the flag taken and waits.
		while (this.writing.compareAndSet(false, true)) {
			try {
				writeQueued();
			}
			finally {
				this.writing.set(false);
			}
			if (this.queue.isEmpty()) {
				break;
			}
		}
		try {
			pending.written().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private void writeQueued() {
		List<Pending> batch = new ArrayList<>();
		do {
			batch.clear();
			Pending next;
			while (batch.size() < MAX_BATCH && (next = this.queue.poll()) != null) {
				batch.add(next);
			}
			if (!batch.isEmpty()) {
				writeAndComplete(batch);
			}
		}
		while (!batch.isEmpty());
	}

	private void writeAndComplete(List<Pending> batch) {
		try {
			this.transaction.executeWithoutResult((status) -> write(batch.stream().map(Pending::row).toList()));
		}
		catch (RuntimeException | Error ex) {
			if (batch.size() > 1 && ex instanceof DataIntegrityViolationException) {
				// one row the database refuses must not fail the others: write them one
				// by
				// one (anything else, like an unreachable database, fails them all at
				// once)
				batch.forEach((pending) -> writeAndComplete(List.of(pending)));
			}
			else {
				batch.forEach((pending) -> pending.written().completeExceptionally(ex));
			}
			return;
		}
		batch.forEach((pending) -> pending.written().complete(null));
	}

	private void write(List<Row> rows) {
		this.jdbc.batchUpdate(INSERT,
				rows.stream()
					.map((row) -> new Object[] { row.id(), row.topicId(), row.versionId(), row.answers(), row.result(),
							Timestamp.from(row.createdAt()) })
					.toList());
	}

	/** A recommendation as stored: its answers and result as JSON. */
	record Row(String id, long topicId, long versionId, String answers, String result, Instant createdAt) {
	}

	private record Pending(Row row, CompletableFuture<Void> written) {
	}

}
