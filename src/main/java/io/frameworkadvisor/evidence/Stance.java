package io.frameworkadvisor.evidence;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;

/** What a claim says about one candidate. */
public enum Stance {

	FAVOURS, AGAINST, NEUTRAL;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Stance fromKey(String key) {
		for (Stance stance : values()) {
			if (stance.key().equals(key)) {
				return stance;
			}
		}
		throw new IllegalArgumentException("'" + key + "' is not favours, against or neutral");
	}

	@jakarta.persistence.Converter
	static class Converter implements AttributeConverter<Stance, String> {

		@Override
		public String convertToDatabaseColumn(Stance stance) {
			return (stance != null) ? stance.key() : null;
		}

		@Override
		public Stance convertToEntityAttribute(String key) {
			return (key != null) ? fromKey(key) : null;
		}

	}

}
