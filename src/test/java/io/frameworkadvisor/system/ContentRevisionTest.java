package io.frameworkadvisor.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No request waits for the revision lookup once a revision is known, not even while the
 * database is down; a change on this instance is seen at once.
 */
class ContentRevisionTest {

	private final Database database = new Database();

	private final ContentRevision revision = new ContentRevision(this.database);

	@Test
	void aStaleRevisionIsLookedUpInTheBackgroundWhileRequestsGoOn() throws Exception {
		this.database.value = 7;
		assertThat(this.revision.current()).isEqualTo(7);
		this.database.value = 8;
		assertThat(this.revision.current()).as("within the TTL").isEqualTo(7);

		Thread.sleep(ContentRevision.TTL.toMillis() + 50);
		long started = System.nanoTime();
		this.database.delayMillis = 400;
		assertThat(this.revision.current()).as("answered at once, looked up behind").isEqualTo(7);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(200));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.revision.current() == 8);
	}

	@Test
	void whileTheDatabaseIsDownTheLastRevisionStaysInUseWithoutWaiting() throws Exception {
		this.database.value = 3;
		assertThat(this.revision.current()).isEqualTo(3);
		this.database.down = true;
		this.database.delayMillis = 300;

		for (int i = 0; i < 3; i++) {
			// the TTL counts from the end of the last lookup, which waits for the dead
			// database
			Thread.sleep(ContentRevision.TTL.toMillis() + this.database.delayMillis + 100);
			long started = System.nanoTime();
			assertThat(this.revision.current()).isEqualTo(3);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(200));
		}
		// the first lookup, then one behind each of the three calls
		await("looked up in the background all the while").atMost(Duration.ofSeconds(5))
			.until(() -> this.database.lookups.get() >= 4);

		this.database.down = false;
		this.database.value = 4;
		this.database.delayMillis = 0;
		await().atMost(Duration.ofSeconds(5)).until(() -> this.revision.current() == 4);
	}

	@Test
	void aChangeOnThisInstanceIsSeenAtOnce() {
		this.database.value = 10;
		assertThat(this.revision.current()).isEqualTo(10);
		this.database.value = 11;
		this.revision.changed();
		assertThat(this.revision.current()).isEqualTo(11);
	}

	@Test
	void withNoRevisionEverReadAnUnreachableDatabaseIsReported() {
		this.database.down = true;
		org.assertj.core.api.Assertions.assertThatThrownBy(this.revision::current)
			.isInstanceOf(DataAccessResourceFailureException.class);
	}

	/** Answers the revision query like PostgreSQL would, or fails like a dead one. */
	private static final class Database extends JdbcTemplate {

		volatile long value;

		volatile boolean down;

		volatile long delayMillis;

		final AtomicInteger lookups = new AtomicInteger();

		@Override
		public <T> T queryForObject(String sql, Class<T> requiredType) {
			this.lookups.incrementAndGet();
			try {
				Thread.sleep(this.delayMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (this.down) {
				throw new DataAccessResourceFailureException("Connection is not available, request timed out");
			}
			return requiredType.cast(this.value);
		}

	}

}
