package io.frameworkadvisor.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks every imported file passes before it is parsed: not too large, not empty,
 * UTF-8 text. A file that fails one is rejected with one problem that says what to do.
 */
public final class ImportFiles {

	/**
	 * Far above any real article (the largest seed file is ~60 KB, a whole topic export
	 * ~300 KB) and small enough to parse safely.
	 */
	public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

	/**
	 * The JSON escape of NUL (backslash, u, four zeros) after an even number of
	 * backslashes.
	 */
	private static final Pattern ESCAPED_NUL = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u0000");

	private ImportFiles() {
	}

	/**
	 * @return the file as text, without a byte order mark
	 * @throws ImportRejectedException when the file is too large, empty, not UTF-8 or
	 * holds a NUL character (which PostgreSQL text cannot store)
	 */
	public static String decode(String fileName, byte[] content) {
		if (content.length > MAX_FILE_BYTES) {
			throw rejected(fileName, "the file is " + (content.length + 1023) / 1024 + " KB; the limit is "
					+ MAX_FILE_BYTES / 1024 / 1024 + " MB (" + MAX_FILE_BYTES + " bytes)");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw rejected(fileName, "the file is not UTF-8 text; save it as UTF-8 and import it again");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw rejected(fileName, "the file is empty");
		}
		if (text.indexOf('\0') >= 0) {
			throw nul(fileName, text, text.indexOf('\0'));
		}
		return text;
	}

	/**
	 * A JSON file may spell a NUL character as an escape in a string (backslash, u, four
	 * zeros); it cannot be stored either.
	 * @throws ImportRejectedException when it does
	 */
	public static void refuseEscapedNul(String fileName, String json) {
		Matcher escape = ESCAPED_NUL.matcher(json);
		if (escape.find()) {
			throw nul(fileName, json, escape.end() - 6);
		}
	}

	private static ImportRejectedException nul(String fileName, String text, int index) {
		long line = text.substring(0, index).chars().filter((c) -> c == '\n').count() + 1;
		return new ImportRejectedException(fileName, List.of(new ImportProblem("line " + line,
				"a NUL character (code 0), which is not text and cannot be stored; remove it")));
	}

	static ImportRejectedException rejected(String fileName, String message) {
		return new ImportRejectedException(fileName, List.of(new ImportProblem("", message)));
	}

}
