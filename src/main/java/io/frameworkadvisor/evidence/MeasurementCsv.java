package io.frameworkadvisor.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.frameworkadvisor.evidence.SourceFile.MeasurementEntry;

/**
 * The CSV format of a dataset's measurements (RFC 4180: comma-separated, fields with a
 * comma, quote or line break in double quotes, a quote inside doubled). The first row
 * names the columns, in any order; {@link #COLUMNS} lists them. Documented on the import
 * page and in {@code db/seed/README.md}.
 */
public final class MeasurementCsv {

	static final String VALUE_MAX = "value_max";

	/** Every column, in the order an export writes them. */
	public static final List<String> COLUMNS = List.of("candidate", "metric", "scenario", "workload", "stack", "value",
			VALUE_MAX, "approximate", "unit", "quote", "note");

	/** Columns that a file must have (the others may be left out). */
	public static final List<String> REQUIRED = List.of("candidate", "metric", "scenario", "workload", "value", "unit",
			"quote");

	private static final Set<String> TRUE = Set.of("true", "yes", "1", "~");

	private static final Set<String> FALSE = Set.of("false", "no", "0", "");

	private MeasurementCsv() {
	}

	/** Writes rows of {@link #COLUMNS} values, with the header row first. */
	public static String write(List<List<String>> rows) {
		StringBuilder csv = new StringBuilder();
		appendRow(csv, COLUMNS);
		rows.forEach(row -> appendRow(csv, row));
		return csv.toString();
	}

	private static void appendRow(StringBuilder csv, List<String> fields) {
		csv.append(fields.stream().map(MeasurementCsv::quoted).collect(Collectors.joining(","))).append("\r\n");
	}

	private static String quoted(String field) {
		if (field == null) {
			return "";
		}
		if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
				|| !field.equals(field.strip())) {
			return "\"" + field.replace("\"", "\"\"") + "\"";
		}
		return field;
	}

	/**
	 * Reads the measurements of a CSV file.
	 * @return the rows as measurements, each by its location ({@code line N}, the line
	 * the row starts on), and the problems that reading alone finds
	 */
	static Read read(String text) {
		List<Record> records = records(text);
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, MeasurementEntry> rows = new LinkedHashMap<>();
		if (records.isEmpty()) {
			// only quotes, commas and line breaks, with no text at all
			problems.add(new ImportProblem("line 1",
					"no header row; the first row must name the columns " + String.join(",", COLUMNS)));
			return new Read(rows, problems);
		}
		Record header = records.get(0);
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.fields().size(); i++) {
			String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
			if (!COLUMNS.contains(name)) {
				problems.add(new ImportProblem("line 1",
						"unknown column '" + name + "' (the columns are " + String.join(",", COLUMNS) + ")"));
			}
			else if (columns.putIfAbsent(name, i) != null) {
				problems.add(new ImportProblem("line 1", "column '" + name + "' appears twice"));
			}
		}
		List<String> missing = REQUIRED.stream().filter(column -> !columns.containsKey(column)).toList();
		if (!missing.isEmpty()) {
			problems.add(new ImportProblem("line 1", "missing column(s) " + String.join(", ", missing)
					+ "; the first row must name the columns " + String.join(",", COLUMNS)));
		}
		if (!problems.isEmpty()) {
			return new Read(rows, problems);
		}
		if (records.size() == 1) {
			problems.add(new ImportProblem("line 2", "the file has a header row but no measurements"));
		}
		for (Record record : records.subList(1, records.size())) {
			String at = "line " + record.line();
			if (record.fields().size() != header.fields().size()) {
				problems.add(new ImportProblem(at,
						"has " + record.fields().size() + " fields; the header has " + header.fields().size()));
				continue;
			}
			Row row = new Row(at, record.fields(), columns, problems);
			rows.put(at,
					new MeasurementEntry(row.text("candidate"), row.text("metric"), row.text("scenario"),
							row.text("workload"), row.text("stack"), row.number("value"), row.number(VALUE_MAX),
							row.flag("approximate"), row.text("unit"), row.text("quote"), row.text("note")));
		}
		return new Read(rows, problems);
	}

	/** Splits the text into records; a quoted field may span lines. */
	private static List<Record> records(String text) {
		List<Record> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int recordLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					line += (c == '\n') ? 1 : 0;
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				addRecord(records, recordLine, fields);
				fields = new ArrayList<>();
				line++;
				recordLine = line;
			}
			else {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !fields.isEmpty()) {
			fields.add(field.toString());
			addRecord(records, recordLine, fields);
		}
		return records;
	}

	/** Blank lines are skipped, not rows. */
	private static void addRecord(List<Record> records, int line, List<String> fields) {
		if (!(fields.size() == 1 && fields.get(0).isBlank())) {
			records.add(new Record(line, fields));
		}
	}

	private record Record(int line, List<String> fields) {
	}

	/** The measurements of a file by location, and what is wrong with them as text. */
	record Read(Map<String, MeasurementEntry> rows, List<ImportProblem> problems) {
	}

	/** One row's fields by column name; a field that does not read is a problem. */
	private record Row(String at, List<String> fields, Map<String, Integer> columns, List<ImportProblem> problems) {

		String text(String column) {
			Integer index = this.columns.get(column);
			String value = (index != null) ? this.fields.get(index).strip() : "";
			return value.isEmpty() ? null : value;
		}

		BigDecimal number(String column) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			try {
				return new BigDecimal(value);
			}
			catch (NumberFormatException ex) {
				this.problems.add(new ImportProblem(this.at + ", column " + column, "'" + value
						+ "' is not a number (write it like 1234.5, without units or thousands separators)"));
				return null;
			}
		}

		Boolean flag(String column) {
			String value = (text(column) != null) ? text(column).toLowerCase(Locale.ROOT) : "";
			if (TRUE.contains(value)) {
				return true;
			}
			if (!FALSE.contains(value)) {
				this.problems
					.add(new ImportProblem(this.at + ", column " + column, "'" + value + "' is not true or false"));
			}
			return false;
		}

	}

}
