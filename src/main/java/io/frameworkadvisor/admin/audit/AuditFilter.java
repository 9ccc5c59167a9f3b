package io.frameworkadvisor.admin.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log's filters, as given in the query string. Every field is text so that any
 * input binds; {@link #problems()} says what is wrong with it.
 *
 * @param entity an entity type (one of {@link #ENTITY_TYPES}), or blank for all
 * @param id an entity id, matched exactly or, with {@code match=prefix}, as a prefix
 * @param actor who made the change (exact)
 * @param before the id of the last entry of the previous page (keyset paging)
 */
public record AuditFilter(String entity, String id, String match, String actor, String before) {

	static final List<String> ENTITY_TYPES = List.of("topic", "candidate", "criterion", "metric", "source", "dataset",
			"measurement", "claim", "score", "question", "answer_option", "matrix_version", "app_user");

	static final int MAX_TEXT = 300;

	public String entityType() {
		return blankToNull(this.entity);
	}

	public String entityId() {
		return blankToNull(this.id);
	}

	public String actorName() {
		return blankToNull(this.actor);
	}

	public boolean prefix() {
		return "prefix".equals(this.match);
	}

	public Long beforeId() {
		String value = blankToNull(this.before);
		return (value != null) ? Long.valueOf(value) : null;
	}

	/** Message keys of what is wrong with the filters; empty when they can be used. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (entityType() != null && !ENTITY_TYPES.contains(entityType())) {
			problems.add("audit.filter.problem.entity");
		}
		if (this.match != null && !this.match.isBlank() && !"exact".equals(this.match) && !prefix()) {
			problems.add("audit.filter.problem.match");
		}
		if (tooLong(this.id) || tooLong(this.actor)) {
			problems.add("audit.filter.problem.length");
		}
		String cursor = blankToNull(this.before);
		if (cursor != null && !cursor.matches("[0-9]{1,18}")) {
			problems.add("audit.filter.problem.before");
		}
		return problems;
	}

	/** This page's filters with another cursor, as a link. */
	String link(Long beforeId) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/audit");
		param(uri, "entity", entityType());
		param(uri, "id", entityId());
		param(uri, "match", prefix() ? "prefix" : null);
		param(uri, "actor", actorName());
		param(uri, "before", (beforeId != null) ? beforeId.toString() : null);
		return uri.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder uri, String name, String value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	private static boolean tooLong(String value) {
		return value != null && value.length() > MAX_TEXT;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
