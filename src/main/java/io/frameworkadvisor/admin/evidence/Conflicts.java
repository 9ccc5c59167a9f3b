package io.frameworkadvisor.admin.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.frameworkadvisor.admin.StaleEditException;

/**
 * The stored values of a conflict that differ from what the editor entered: only those
 * are shown next to the fields, so the editor sees at once what the other edit changed.
 */
final class Conflicts {

	private Conflicts() {
	}

	static StaleEditException differing(StaleEditException ex, Map<String, String> entered) {
		Map<String, String> differing = new LinkedHashMap<>();
		ex.stored().forEach((field, stored) -> {
			if (!Objects.equals(stored.strip(), Objects.toString(entered.get(field), "").strip())) {
				differing.put(field, stored);
			}
		});
		entered.forEach((field, value) -> {
			if (!ex.stored().containsKey(field) && !value.isBlank()) {
				differing.put(field, "");
			}
		});
		return new StaleEditException(differing, ex.storedVersion());
	}

	/** Field names and values, alternating; null values become empty text. */
	static Map<String, String> fields(String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], Objects.toString(namesAndValues[i + 1], ""));
		}
		return fields;
	}

}
