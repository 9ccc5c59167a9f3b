package io.frameworkadvisor.evidence;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;

/**
 * An assessment of how a candidate does on a criterion, or a recommendation ("if X,
 * choose Y").
 */
public enum ClaimKind {

	ASSESSMENT, RECOMMENDATION;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ClaimKind fromKey(String key) {
		for (ClaimKind kind : values()) {
			if (kind.key().equals(key)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("'" + key + "' is not assessment or recommendation");
	}

	@jakarta.persistence.Converter
	static class Converter implements AttributeConverter<ClaimKind, String> {

		@Override
		public String convertToDatabaseColumn(ClaimKind kind) {
			return (kind != null) ? kind.key() : null;
		}

		@Override
		public ClaimKind convertToEntityAttribute(String key) {
			return (key != null) ? fromKey(key) : null;
		}

	}

}
