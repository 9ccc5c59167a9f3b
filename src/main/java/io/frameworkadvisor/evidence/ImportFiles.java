package io.frameworkadvisor.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

	private ImportFiles() {
	}

	/**
	 * @return the file as text, without a byte order mark
	 * @throws ImportRejectedException when the file is too large, empty or not UTF-8
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
		return text;
	}

	static ImportRejectedException rejected(String fileName, String message) {
		return new ImportRejectedException(fileName, List.of(new ImportProblem("", message)));
	}

}
