package io.frameworkadvisor.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.frameworkadvisor.JsonText;
import io.frameworkadvisor.evidence.ImportFiles;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The files {@link HostileAdminInputTest} imports: valid ones with hostile texts, and for
 * each importer (measurements as CSV, a source as JSON, a whole topic) every kind of
 * broken one, each otherwise valid, so that each is refused for its own fault.
 */
final class HostileFiles {

	/** A file just above the importers' limit. */
	static final int TOO_LARGE = ImportFiles.MAX_FILE_BYTES + 1;

	/** File names an upload may claim. */
	static final List<String> FILE_NAMES = List.of("<script>alert(1)</script>.csv", "a\r\nX-Injected: 1.csv",
			"nul\u0000.csv", "../../etc/passwd", "x".repeat(5000) + ".csv", "", "${1337*1337}.csv", "\u202Etxt.exe");

	/** A JSON string, escapes and all. */
	private static final String JSON_STRING = "\"(?:[^\"\\\\]|\\\\.)*\"";

	private HostileFiles() {
	}

	/**
	 * A file to import: what it is, its content, whether it must be refused whole, and
	 * (for a valid one) the values it must store.
	 */
	record ImportCase(String name, byte[] content, boolean refuse, Map<String, String> verify) {

		static ImportCase refused(String name, String content) {
			return new ImportCase(name, content.getBytes(UTF_8), true, null);
		}

	}

	/**
	 * Measurement CSV files: valid ones with hostile texts, and every kind of broken one.
	 */
	static List<ImportCase> csvCases(AdminFuzzer fuzz) {
		String header = "candidate,metric,scenario,workload,stack,value,value_max,approximate,unit,quote,note\r\n";
		List<ImportCase> cases = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Map<String, String> row = csvRow(fuzz);
			cases.add(new ImportCase("valid " + i, (((i == 3) ? "\uFEFF" : "") + header + csvLine(row)).getBytes(UTF_8),
					false, row));
		}
		String valid = header + csvLine(csvRow(fuzz));
		cases.add(ImportCase.refused("above the limit", valid.repeat(TOO_LARGE / valid.length() + 1)));
		for (String number : List.of("NaN", "1e309", "-1", "Infinity", "0x10", "seven", "1e200000", "1e-16384",
				"9".repeat(40), "0.0000001")) {
			cases.add(ImportCase.refused("value " + number, header + csvLine(csvRow(fuzz, "value", number))));
		}
		cases.add(ImportCase.refused("unit",
				header + csvLine(csvRow(fuzz, "unit", fuzz.pick(List.of("parsecs", "MS", "<b>bold</b>"))))));
		cases.add(ImportCase.refused("candidate",
				header + csvLine(csvRow(fuzz, "candidate", fuzz.pick(AdminFuzzer.MARKUP)))));
		cases.add(ImportCase.refused("workload of 301", header + csvLine(csvRow(fuzz, "workload", "w".repeat(301)))));
		cases.add(ImportCase.refused("stack of 301", header + csvLine(csvRow(fuzz, "stack", "s".repeat(301)))));
		cases.add(ImportCase.refused("quote of 100000", header + csvLine(csvRow(fuzz, "quote", "q".repeat(100_000)))));
		cases.add(ImportCase.refused("NUL", header + csvLine(csvRow(fuzz, "quote", "a\u0000b"))));
		for (String broken : List.of("", " ", "\"", "\"\"", "\"\n\"", ",", header, "a,b\r\nc",
				header.replace("quote", "quote,quote") + csvLine(csvRow(fuzz)),
				header.replace("candidate,", "colour,") + csvLine(csvRow(fuzz)))) {
			cases.add(ImportCase.refused("broken " + AdminFuzzer.describe(broken), broken));
		}
		String twice = csvLine(csvRow(fuzz));
		cases.add(ImportCase.refused("the same row twice", header + twice + twice));
		cases.add(new ImportCase("not UTF-8",
				concat((header + "fastapi,latency_p95,json,Caf").getBytes(UTF_8),
						new byte[] { (byte) 0xff, (byte) 0xfe }, ",,3.5,,false,ms,q,\r\n".getBytes(UTF_8)),
				true, null));
		// an unterminated quote swallows the fields after it: refused or read as one
		// field
		cases.add(new ImportCase("unterminated quote",
				(header + csvLine(csvRow(fuzz)).replace(",json,", ",json,\"unterminated")).getBytes(UTF_8), false,
				null));
		for (String dataset : List.of("", "c6i-2xlarge-wrk2-1000rps", "no-such-dataset", "<script>alert(1)</script>",
				"${1337*1337}")) {
			cases.add(new ImportCase("dataset " + dataset, valid.getBytes(UTF_8), true, null));
		}
		return cases;
	}

	private static Map<String, String> csvRow(AdminFuzzer fuzz, String... replaced) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("candidate", "fastapi");
		row.put("metric", "latency_p95");
		row.put("scenario", "json");
		row.put("workload", "Fz csv " + fuzz.serial() + " " + fuzz.storable());
		row.put("stack", "");
		row.put("value", fuzz.random().nextInt(1000) + "." + fuzz.random().nextInt(10));
		row.put("value_max", "");
		row.put("approximate", "false");
		row.put("unit", "ms");
		row.put("quote", fuzz.storable());
		row.put("note", fuzz.storable());
		for (int i = 0; i < replaced.length; i += 2) {
			row.put(replaced[i], replaced[i + 1]);
		}
		return row;
	}

	private static String csvLine(Map<String, String> row) {
		return String.join(",", row.values().stream().map(HostileFiles::csv).toList()) + "\r\n";
	}

	/**
	 * Source files (JSON): a copy of a seed source with hostile texts, and broken ones.
	 */
	static List<ImportCase> jsonCases(AdminFuzzer fuzz, String topic) throws IOException {
		String seed = Files
			.readString(Path.of("db/seed/python-web-frameworks/sources/c6i-real-world-benchmarks-2026.json"));
		List<ImportCase> cases = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Map<String, String> verify = Map.of("key", "fz-json-" + fuzz.serial(), "title", fuzz.storable(), "value",
					"3.2");
			cases.add(new ImportCase("valid " + i,
					sourceFile(seed, topic, verify.get("key"), verify.get("title")).getBytes(UTF_8), false, verify));
		}
		// broken in one way each: otherwise a valid file of its own, with plain texts
		Supplier<String> valid = () -> sourceFile(seed, topic, "fz-json-" + fuzz.serial(), "Fuzz source");
		String truncated = valid.get();
		cases.add(ImportCase.refused("truncated", truncated.substring(0, fuzz.random().nextInt(truncated.length()))));
		for (String value : List.of("\"abc\"", "1e309", "-1", "NaN", "1e200000", "1e-16384", "[]", "{}", "null",
				"true")) {
			cases.add(ImportCase.refused("value " + value,
					first(valid.get(), "\"value\"\\s*:\\s*[0-9.]+", "\"value\": " + value)));
		}
		cases.add(ImportCase.refused("unknown key", valid.get().replaceFirst("\\{", "{\"colour\": \"blue\", ")));
		cases.add(ImportCase.refused("NUL", first(valid.get(), "\"quote\"\\s*:\\s*\"", "\"quote\": \"a\\u0000")));
		cases.add(ImportCase.refused("title of 301",
				first(valid.get(), "\"title\"\\s*:\\s*" + JSON_STRING, "\"title\": \"" + "t".repeat(301) + "\"")));
		cases.add(ImportCase.refused("workload of 301", first(valid.get(), "\"workload\"\\s*:\\s*" + JSON_STRING,
				"\"workload\": \"" + "w".repeat(301) + "\"")));
		cases.add(ImportCase.refused("stack of 301",
				first(valid.get(), "\"fastapi\"\\s*:\\s*" + JSON_STRING, "\"fastapi\": \"" + "s".repeat(301) + "\"")));
		cases.add(ImportCase.refused("above the limit",
				first(valid.get(), "\"notes\"\\s*:", "\"notes\": \"" + "n".repeat(TOO_LARGE) + "\", \"x\":")));
		cases.add(ImportCase.refused("nested", "[".repeat(5000) + "]".repeat(5000)));
		cases.add(ImportCase.refused("datasets not a list",
				valid.get().replace("\"datasets\"", "\"datasets\": {}, \"x\"")));
		for (String broken : List.of("", "null", "[]", "{}", "\"text\"", "{\"source\": []}", "<b>bold</b>")) {
			cases.add(ImportCase.refused("broken " + broken, broken));
		}
		return cases;
	}

	private static String sourceFile(String seed, String topic, String key, String title) {
		return first(
				seed.replace("\"python-web-frameworks\"", "\"" + topic + "\"")
					.replace("\"c6i-real-world-benchmarks-2026\"", "\"" + key + "\"")
					.replace("\"c6i-2xlarge-wrk2-1000rps\"", "\"" + key + "-dataset\""),
				"\"title\"\\s*:\\s*" + JSON_STRING, "\"title\": " + JsonText.quoted(title));
	}

	/**
	 * Whole topics (a topic export renamed so that it imports, with a hostile name) and
	 * broken ones.
	 */
	static List<ImportCase> topicCases(AdminFuzzer fuzz, String topic, String export, List<String> keys) {
		List<ImportCase> cases = new ArrayList<>();
		Function<String, Map<String, String>> renamed = (name) -> {
			int n = fuzz.serial();
			String text = export;
			for (String old : keys) {
				text = text.replace("\"" + old + "\"",
						"\"" + old.substring(0, Math.min(old.length(), 90)) + "-i" + n + "\"");
			}
			text = first(text.replace("\"" + topic + "\"", "\"fz-imported-" + n + "\""),
					"\"name\"\\s*:\\s*" + JSON_STRING, "\"name\": " + JsonText.quoted(name));
			return Map.of("key", "fz-imported-" + n, "name", name, "text", text);
		};
		Map<String, String> valid = renamed.apply(fuzz.storable());
		cases.add(new ImportCase("valid", valid.get("text").getBytes(UTF_8), false, valid));
		// broken in one way each: otherwise a valid export of its own, with plain texts
		Supplier<String> text = () -> renamed.apply("Fuzz topic").get("text");
		String truncated = text.get();
		cases.add(ImportCase.refused("existing topic", export));
		cases.add(ImportCase.refused("truncated", truncated.substring(0, fuzz.random().nextInt(truncated.length()))));
		cases.add(ImportCase.refused("format version",
				first(text.get(), "\"formatVersion\"\\s*:\\s*1", "\"formatVersion\": \"one\"")));
		cases.add(ImportCase.refused("format",
				first(text.get(), "\"format\"\\s*:\\s*" + JSON_STRING, "\"format\": \"<b>bold</b>\"")));
		cases.add(ImportCase.refused("NUL", first(text.get(), "\"name\"\\s*:\\s*\"", "\"name\": \"a\\u0000")));
		cases.add(ImportCase.refused("unknown key", text.get().replaceFirst("\\{", "{\"colour\": \"blue\", ")));
		cases.add(ImportCase.refused("above the limit", text.get() + " ".repeat(TOO_LARGE)));
		cases.add(ImportCase.refused("value 1e200000",
				first(text.get(), "\"value\"\\s*:\\s*[0-9.]+", "\"value\": 1e200000")));
		cases.add(ImportCase.refused("weight 0.001", first(text.get(),
				"(?<before>\"weights\"\\s*:\\s*\\{\\s*\"[a-z_]+\"\\s*:\\s*)[0-9.]+", "${before}0.001")));
		cases
			.add(ImportCase.refused("score 5.555", first(text.get(), "\"score\"\\s*:\\s*[0-9.]+", "\"score\": 5.555")));
		cases.add(ImportCase.refused("name of 201",
				first(text.get(), "\"name\"\\s*:\\s*" + JSON_STRING, "\"name\": \"" + "n".repeat(201) + "\"")));
		cases.add(ImportCase.refused("label of 301",
				first(text.get(), "\"label\"\\s*:\\s*" + JSON_STRING, "\"label\": \"" + "l".repeat(301) + "\"")));
		for (String broken : List.of("", "null", "{\"format\": \"framework-advisor-topic\"}")) {
			cases.add(ImportCase.refused("broken " + broken, broken));
		}
		return cases;
	}

	/** The text with the first match of the pattern replaced (which must match). */
	private static String first(String text, String regex, String replacement) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + regex + " in the file");
		}
		return matcher.replaceFirst(replacement.startsWith("$") ? replacement : Matcher.quoteReplacement(replacement));
	}

	/** A CSV field, quoted. */
	private static String csv(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
