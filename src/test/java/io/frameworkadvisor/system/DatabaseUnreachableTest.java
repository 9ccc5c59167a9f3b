package io.frameworkadvisor.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean that PostgreSQL could not be reached (a 503), whatever Spring
 * wrapped them in: the forms seen when the database was stopped under load
 * ({@code bench/faults.sh}).
 */
class DatabaseUnreachableTest {

	@Test
	void aRollbackOnAConnectionThatBrokeMeansTheDatabaseIsGone() {
		var rollback = new JpaSystemException(new PersistenceException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed", "08003")));
		assertThat(DatabaseUnavailableHandling.isUnreachable(rollback)).isTrue();
	}

	/**
	 * As seen under bench/faults.sh: Hikari has already taken the broken connection out,
	 * and its stand-in throws without a SQLSTATE.
	 */
	@Test
	void aRollbackOnAConnectionThePoolTookOutMeansTheDatabaseIsGone() {
		var rollback = new JpaSystemException(new PersistenceException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed")));
		assertThat(DatabaseUnavailableHandling.isUnreachable(rollback)).isTrue();
		assertThat(DatabaseUnavailableHandling.isUnreachable(new JpaSystemException(
				new PersistenceException("Unable to rollback", new SQLException("Some other failure")))))
			.isFalse();
	}

	@Test
	void aServerShuttingDownOrStartingUpIsUnreachable() {
		assertThat(DatabaseUnavailableHandling.isUnreachable(new TransactionSystemException("Could not commit",
				new SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
		assertThat(DatabaseUnavailableHandling
			.isUnreachable(new JpaSystemException(new RuntimeException(new SQLException("starting up", "57P03")))))
			.isTrue();
	}

	@Test
	void noConnectionFromThePoolIsUnreachable() {
		assertThat(DatabaseUnavailableHandling.isUnreachable(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("Connection is not available, request timed out after 2000ms"))))
			.isTrue();
	}

	@Test
	void otherDatabaseErrorsAreNot() {
		assertThat(DatabaseUnavailableHandling.isUnreachable(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseUnavailableHandling.isUnreachable(new JpaSystemException(new RuntimeException("bug"))))
			.isFalse();
	}

}
