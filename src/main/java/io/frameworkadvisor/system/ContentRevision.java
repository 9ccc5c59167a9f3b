package io.frameworkadvisor.system;

import java.time.Duration;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A number that changes whenever stored content changes: the id of the latest audit
 * event. Every change (import, edit, publish) is audited, so pages rendered for one
 * revision stay valid until the next. Looked up at most once per {@link #TTL}; a change
 * made by this instance is seen at once ({@link #changed()}), one made by another
 * instance within the TTL.
 */
@Component
public class ContentRevision {

	static final Duration TTL = Duration.ofSeconds(1);

	private final JdbcTemplate jdbc;

	private volatile long revision = -1;

	/** The latest revision read, kept while the database cannot be reached. */
	private volatile long lastKnown = -1;

	private volatile long checkedAt;

	ContentRevision(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The current revision. While the database cannot be reached, the last one read
	 * (nothing can change without the database, so pages cached for it are still right).
	 * @throws DataAccessException when the database is unreachable and no revision was
	 * ever read
	 */
	public long current() {
		long now = System.nanoTime();
		if (this.revision < 0 || now - this.checkedAt >= TTL.toNanos()) {
			// Other requests keep using the known revision while this one looks it up
			// (which
			// may take the pool's connection timeout while the database is down).
			this.checkedAt = now;
			try {
				Long latest = this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
				this.revision = (latest != null) ? latest : 0;
				this.lastKnown = this.revision;
			}
			catch (DataAccessException ex) {
				if (this.lastKnown < 0) {
					throw ex;
				}
				this.revision = this.lastKnown;
			}
		}
		return this.revision;
	}

	/** Content changed on this instance: look the revision up again on next use. */
	public void changed() {
		this.revision = -1;
	}

}
