package io.frameworkadvisor.matrix;

import jakarta.persistence.AttributeConverter;

/** Which direction of a metric is better. */
public enum Better {

	LOWER, HIGHER;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Better fromKey(String key) {
		for (Better better : values()) {
			if (better.key().equals(key)) {
				return better;
			}
		}
		throw new IllegalArgumentException("'" + key + "' is not 'lower' or 'higher'");
	}

	@jakarta.persistence.Converter
	public static class Converter implements AttributeConverter<Better, String> {

		@Override
		public String convertToDatabaseColumn(Better better) {
			return (better != null) ? better.key() : null;
		}

		@Override
		public Better convertToEntityAttribute(String key) {
			return (key != null) ? fromKey(key) : null;
		}

	}

}
