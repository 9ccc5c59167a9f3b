package io.frameworkadvisor;

/**
 * JSON written by hand in tests, for payloads that a JSON library would refuse or tidy up
 * (control characters, lone surrogates): the fuzz tests build their bodies with it.
 */
public final class JsonText {

	private JsonText() {
	}

	/** A JSON string literal: quotes, backslashes and control characters escaped. */
	public static String quoted(String value) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
