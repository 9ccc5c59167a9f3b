package io.frameworkadvisor.matrix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.frameworkadvisor.admin.AuditLog;
import io.frameworkadvisor.admin.StaleEditException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * What every edit of the matrix area does: compares the editor's version with the stored
 * one (optimistic locking) and writes the audit entry with the editable fields before and
 * after, in the transaction of the change.
 */
@Component
class EditSupport {

	private final AuditLog auditLog;

	private final JsonMapper json;

	EditSupport(AuditLog auditLog, JsonMapper json) {
		this.auditLog = auditLog;
		this.json = json;
	}

	/**
	 * Refuses an edit made on an older version; the exception carries the stored fields.
	 */
	void requireVersion(long formVersion, long storedVersion, Map<String, ?> storedFields) {
		if (formVersion != storedVersion) {
			throw stale(storedFields, storedVersion);
		}
	}

	/**
	 * A {@code where version = ?} update that changed no row lost a race with another
	 * editor.
	 */
	void requireUpdated(int rows, Supplier<StaleEditException> stale) {
		if (rows != 1) {
			throw stale.get();
		}
	}

	StaleEditException stale(Map<String, ?> storedFields, long storedVersion) {
		Map<String, String> texts = new LinkedHashMap<>();
		storedFields.forEach((field, value) -> texts.put(field, (value != null) ? value.toString() : ""));
		return new StaleEditException(texts, storedVersion);
	}

	void audit(String actor, String entityType, String entityId, String action, Map<String, ?> before,
			Map<String, ?> after) {
		this.auditLog.record(actor, entityType, entityId, action,
				(before != null) ? this.json.writeValueAsString(before) : null,
				(after != null) ? this.json.writeValueAsString(after) : null);
	}

}
