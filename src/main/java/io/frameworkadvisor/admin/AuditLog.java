package io.frameworkadvisor.admin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the audit log: who changed what, when, with the state before and after (JSON).
 * Called inside the transaction of the change, so a change and its audit entry commit
 * together.
 */
@Component
public class AuditLog {

	private final JdbcTemplate jdbc;

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String actor, String entityType, String entityId, String action, String beforeJson,
			String afterJson) {
		this.jdbc.update("""
				insert into audit_event (actor, entity_type, entity_id, action, before, after)
				values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""", actor, entityType, entityId, action,
				beforeJson, afterJson);
	}

}
