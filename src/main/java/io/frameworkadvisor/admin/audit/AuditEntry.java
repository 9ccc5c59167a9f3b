package io.frameworkadvisor.admin.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One change in the audit log, with its before/after state as fields.
 *
 * @param fields every field of the before and after state, changed ones marked
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, String entityId, String action,
		List<FieldChange> fields, String beforeJson, String afterJson) {

	public List<FieldChange> changedFields() {
		return this.fields.stream().filter(FieldChange::changed).toList();
	}

	public List<FieldChange> unchangedFields() {
		return this.fields.stream().filter(field -> !field.changed()).toList();
	}

	public OffsetDateTime occurredAtUtc() {
		return this.occurredAt.atOffset(ZoneOffset.UTC);
	}

	/**
	 * A field of the changed record: its value before and after (null where the record
	 * did not exist, or did not have the field).
	 */
	public record FieldChange(String field, String before, String after, boolean changed) {
	}

}
