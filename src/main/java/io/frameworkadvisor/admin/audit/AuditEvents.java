package io.frameworkadvisor.admin.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.frameworkadvisor.admin.audit.AuditEntry.FieldChange;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log newest first, one page per query: keyset paging on
 * {@code (occurred_at, id)}, so that a page costs the same however far back it is.
 */
@Component
class AuditEvents {

	private final JdbcTemplate jdbc;

	/** Reads numbers as written ("10.00" stays "10.00"), not as doubles. */
	private final ObjectReader json;

	AuditEvents(JdbcTemplate jdbc, JsonMapper jsonMapper) {
		this.jdbc = jdbc;
		this.json = jsonMapper.reader()
			.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
	}

	/** Up to {@code size} entries matching the filter, newest first. */
	@Transactional(readOnly = true)
	List<AuditEntry> page(AuditFilter filter, int size) {
		StringBuilder sql = new StringBuilder("""
				select id, occurred_at, actor, entity_type, entity_id, action, before::text as before,
				       after::text as after
				from audit_event where true""");
		List<Object> args = new ArrayList<>();
		if (filter.entityType() != null) {
			sql.append(" and entity_type = ?");
			args.add(filter.entityType());
		}
		if (filter.entityId() != null) {
			if (filter.prefix()) {
				sql.append(" and entity_id like ? escape '\\'");
				args.add(filter.entityId().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
			else {
				sql.append(" and entity_id = ?");
				args.add(filter.entityId());
			}
		}
		if (filter.actorName() != null) {
			sql.append(" and actor = ?");
			args.add(filter.actorName());
		}
		if (filter.beforeId() != null) {
			sql.append(" and (occurred_at, id) < (select occurred_at, id from audit_event where id = ?)");
			args.add(filter.beforeId());
		}
		sql.append(" order by occurred_at desc, id desc limit ?");
		args.add(size);
		return this.jdbc.query(sql.toString(), (rs, i) -> entry(rs), args.toArray());
	}

	private AuditEntry entry(ResultSet rs) throws SQLException {
		String before = rs.getString("before");
		String after = rs.getString("after");
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"), fields(before, after),
				before, after);
	}

	/** The fields of both states, in the order they first appear, changed ones marked. */
	List<FieldChange> fields(String beforeJson, String afterJson) {
		JsonNode before = (beforeJson != null) ? this.json.readTree(beforeJson) : null;
		JsonNode after = (afterJson != null) ? this.json.readTree(afterJson) : null;
		if ((before != null && !before.isObject()) || (after != null && !after.isObject())) {
			String was = (before != null) ? display(before) : null;
			String is = (after != null) ? display(after) : null;
			return List.of(new FieldChange("", was, is, !Objects.equals(was, is)));
		}
		Set<String> names = new LinkedHashSet<>();
		if (before != null) {
			names.addAll(before.propertyNames());
		}
		if (after != null) {
			names.addAll(after.propertyNames());
		}
		List<FieldChange> fields = new ArrayList<>();
		for (String name : names) {
			String was = (before != null && before.has(name)) ? display(before.get(name)) : null;
			String is = (after != null && after.has(name)) ? display(after.get(name)) : null;
			fields.add(new FieldChange(name, was, is, !Objects.equals(was, is)));
		}
		return fields;
	}

	private static String display(JsonNode value) {
		if (value.isNull()) {
			return "";
		}
		return value.isString() ? value.asString() : value.toString();
	}

}
