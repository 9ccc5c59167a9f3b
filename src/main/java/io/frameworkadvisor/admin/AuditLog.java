package io.frameworkadvisor.admin;

import io.frameworkadvisor.system.ContentRevision;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the audit log: who changed what, when, with the state before and after (JSON).
 * Called inside the transaction of the change, so a change and its audit entry commit
 * together. Each transaction that writes here also moves the {@link ContentRevision} on
 * (a trigger on {@code audit_event}), which cached pages are keyed by.
 */
@Component
public class AuditLog {

	private final JdbcTemplate jdbc;

	private final ContentRevision revision;

	AuditLog(JdbcTemplate jdbc, ContentRevision revision) {
		this.jdbc = jdbc;
		this.revision = revision;
	}

	public void record(String actor, String entityType, String entityId, String action, String beforeJson,
			String afterJson) {
		this.jdbc.update("""
				insert into audit_event (actor, entity_type, entity_id, action, before, after)
				values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""", actor, entityType, entityId, action,
				beforeJson, afterJson);
		// Readers inside this transaction see the change at once, everyone on this
		// instance once
		// it is committed (or rolled back: then the revision simply goes back).
		this.revision.changed();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					AuditLog.this.revision.changed();
				}
			});
		}
	}

}
