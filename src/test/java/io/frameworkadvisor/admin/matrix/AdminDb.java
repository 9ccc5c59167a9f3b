package io.frameworkadvisor.admin.matrix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads what the matrix area stored, for assertions. */
final class AdminDb {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(-?\\d+)\"");

	private AdminDb() {
	}

	static int count(JdbcTemplate jdbc, String sql, Object... args) {
		Integer count = jdbc.queryForObject("select count(*)::int from (" + sql + ") rows", Integer.class, args);
		return (count != null) ? count : 0;
	}

	static int auditRows(JdbcTemplate jdbc, String entityType, String entityId, String action) {
		return count(jdbc, "select 1 from audit_event where entity_type = ? and entity_id = ? and action = ?",
				entityType, entityId, action);
	}

	/** The hidden version field of the (first) edit form on a page. */
	static String version(String html) {
		Matcher matcher = VERSION.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("No version field in the page");
		}
		return matcher.group(1);
	}

}
