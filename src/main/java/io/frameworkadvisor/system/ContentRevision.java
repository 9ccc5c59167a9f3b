package io.frameworkadvisor.system;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A number that changes whenever stored content changes: the counter in
 * {@code content_revision}, which every transaction that writes the audit log moves on (a
 * trigger, V7). Every change (import, edit, publish) is audited, so pages rendered for
 * one revision stay valid until the next; caches of content key their entries by it
 * ({@link PageCache}, the latest published version of a topic).
 *
 * <p>
 * A change made by this instance is seen at once ({@link #changed()}), one made by
 * another instance within about {@link #TTL}: once the revision is older than that, the
 * next caller starts a lookup in the background and goes on with the known revision, so
 * no request waits for it, not even while the database is down (then the last revision
 * read stays in use: nothing can change without the database, so pages cached for it are
 * still right).
 */
@Component
public class ContentRevision {

	static final Duration TTL = Duration.ofSeconds(1);

	private static final String CURRENT = "select value from content_revision";

	private final JdbcTemplate jdbc;

	private final ExecutorService refresher = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "content-revision");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean refreshing = new AtomicBoolean();

	/** Counts {@link #changed()}: a lookup that began before a change must not win. */
	private final AtomicLong changes = new AtomicLong();

	/** The revision in use; below zero when it must be looked up before use. */
	private volatile long revision = -1;

	/** The latest revision read, kept while the database cannot be reached. */
	private volatile long lastKnown = -1;

	/** When the last lookup ended (System.nanoTime). */
	private volatile long checkedAt;

	ContentRevision(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The current revision.
	 * @throws DataAccessException when it has to be looked up (first use, or a change on
	 * this instance) and the database is unreachable and no revision was ever read
	 */
	public long current() {
		long known = this.revision;
		if (known < 0) {
			return lookUp();
		}
		if (System.nanoTime() - this.checkedAt >= TTL.toNanos() && this.refreshing.compareAndSet(false, true)) {
			this.refresher.execute(this::refresh);
		}
		return known;
	}

	/** Content changed on this instance: look the revision up again on next use. */
	public void changed() {
		this.changes.incrementAndGet();
		this.revision = -1;
	}

	private void refresh() {
		try {
			lookUp();
		}
		catch (DataAccessException ex) {
			// never read yet: the next request looks it up itself
		}
		finally {
			this.refreshing.set(false);
		}
	}

	private long lookUp() {
		long changesBefore = this.changes.get();
		try {
			Long read = this.jdbc.queryForObject(CURRENT, Long.class);
			long value = (read != null) ? read : 0;
			this.lastKnown = value;
			use(value, changesBefore);
			return value;
		}
		catch (DataAccessException ex) {
			if (this.lastKnown < 0) {
				throw ex;
			}
			use(this.lastKnown, changesBefore);
			return this.lastKnown;
		}
		finally {
			// counted from the end, so that a lookup that waited for an unreachable
			// database is not repeated at once
			this.checkedAt = System.nanoTime();
		}
	}

	private void use(long value, long changesBefore) {
		if (this.changes.get() == changesBefore) {
			this.revision = value;
		}
	}

	@PreDestroy
	void stop() {
		this.refresher.shutdownNow();
	}

}
