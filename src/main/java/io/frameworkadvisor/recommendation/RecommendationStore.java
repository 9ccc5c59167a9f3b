package io.frameworkadvisor.recommendation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores new recommendations with group commit: one writer thread takes whatever requests
 * have queued up while it wrote the last batch and writes them together, in one round
 * trip and one commit. Storing a recommendation is the app's busiest write ({@code POST}
 * of the API and the wizard), and per request a transaction of its own cost more than the
 * insert itself, on both sides of the connection (bench/README.md, "POST
 * recommendations").
 *
 * <p>
 * {@link #insert} returns only when its row is committed, or throws what the write threw
 * (a {@code DataAccessException}; while the database is down the caller answers 503 as
 * for any other write). A lone request is written at once. A caller inside a transaction
 * of its own writes its row in that transaction instead, so that it commits or rolls back
 * with the rest of it.
 */
@Component
class RecommendationStore {

	/** Rows per statement batch; more wait for the next one. */
	static final int MAX_BATCH = 64;

	/**
	 * Longer than any write can take while the database answers (the pool gives up on a
	 * connection after 2 s): a guard, so that no request waits forever.
	 */
	static final Duration MAX_WAIT = Duration.ofSeconds(30);

	private static final String INSERT = """
			insert into recommendation (id, topic_id, matrix_version_id, answers, result, created_at)
			values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final Thread writer;

	private volatile boolean running = true;

	RecommendationStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.writer = new Thread(this::writeWhatQueues, "recommendation-writer");
		this.writer.setDaemon(true);
		this.writer.start();
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
		CompletableFuture<Void> written = new CompletableFuture<>();
		this.queue.add(new Pending(row, written));
		try {
			written.get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException("Storing recommendation " + row.id() + " failed", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new DataAccessResourceFailureException(
					"Recommendation " + row.id() + " not stored within " + MAX_WAIT.toSeconds() + " s", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DataAccessResourceFailureException("Interrupted while storing recommendation " + row.id(), ex);
		}
	}

	/**
	 * The writer thread: a batch of whatever has queued, as long as the app runs and
	 * until nothing is left.
	 */
	private void writeWhatQueues() {
		List<Pending> batch = new ArrayList<>();
		while (this.running || !this.queue.isEmpty()) {
			try {
				Pending first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
			}
			catch (InterruptedException ex) {
				// only stop() ends the writer, after the queue is empty
				continue;
			}
			this.queue.drainTo(batch, MAX_BATCH - 1);
			writeAndComplete(batch);
			batch.clear();
		}
	}

	private void writeAndComplete(List<Pending> batch) {
		try {
			this.transaction.executeWithoutResult((status) -> write(batch.stream().map(Pending::row).toList()));
		}
		catch (RuntimeException | Error ex) {
			if (batch.size() > 1 && ex instanceof DataIntegrityViolationException) {
				// one row the database refuses must not fail the others: write them
				// one by one (anything else, like an unreachable database, fails them
				// all at once)
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

	/**
	 * Stops the writer once it has written what is queued. By now the web server has
	 * finished its requests (graceful shutdown), so normally nothing is.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		this.running = false;
		this.writer.join(MAX_WAIT.toMillis());
	}

	/** A recommendation as stored: its answers and result as JSON. */
	record Row(String id, long topicId, long versionId, String answers, String result, Instant createdAt) {
	}

	private record Pending(Row row, CompletableFuture<Void> written) {
	}

}
