package io.frameworkadvisor.system;

import java.time.Duration;

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

	private volatile long checkedAt;

	ContentRevision(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		long now = System.nanoTime();
		if (this.revision < 0 || now - this.checkedAt >= TTL.toNanos()) {
			Long latest = this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
			this.revision = (latest != null) ? latest : 0;
			this.checkedAt = now;
		}
		return this.revision;
	}

	/** Content changed on this instance: look the revision up again on next use. */
	public void changed() {
		this.revision = -1;
	}

}
