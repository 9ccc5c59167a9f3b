package io.frameworkadvisor.evidence;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each value of a JSON document starts, so that a problem found by path (e.g.
 * {@code datasets[0].measurements[3].metric}) can be reported with its line number.
 */
final class JsonLines {

	private static final Pattern PATH_PART = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

	private final JsonMapper mapper;

	private final String json;

	private Map<String, Integer> lineByPointer;

	private JsonLines(JsonMapper mapper, String json) {
		this.mapper = mapper;
		this.json = json;
	}

	/** The positions of a document that is known to parse, read when first needed. */
	static JsonLines of(JsonMapper mapper, String json) {
		return new JsonLines(mapper, json);
	}

	private Map<String, Integer> lines() {
		if (this.lineByPointer != null) {
			return this.lineByPointer;
		}
		this.lineByPointer = new HashMap<>();
		try (JsonParser parser = this.mapper.createParser(this.json)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT) {
					this.lineByPointer.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
							parser.currentTokenLocation().getLineNr());
				}
			}
		}
		catch (JacksonException ex) {
			// the document was parsed before; the positions found so far are still right
		}
		return this.lineByPointer;
	}

	/**
	 * The line of a path, or of its nearest enclosing value when the path itself is
	 * missing (a missing field is reported at the object that lacks it).
	 */
	Integer lineOf(String path) {
		StringBuilder pointer = new StringBuilder();
		// "scores[3] (fastapi, admin)" names scores[3]
		Matcher part = PATH_PART.matcher(path.replaceAll("\\s*\\(.*?\\)", ""));
		while (part.find()) {
			pointer.append('/').append((part.group(1) != null) ? part.group(1) : part.group(2));
		}
		String candidate = pointer.toString();
		while (true) {
			Integer line = lines().get(candidate);
			if (line != null || candidate.isEmpty()) {
				return line;
			}
			candidate = candidate.substring(0, candidate.lastIndexOf('/'));
		}
	}

	/** The problem with its line number in front of its path. */
	ImportProblem locate(ImportProblem problem) {
		Integer line = lineOf(problem.location());
		if (line == null) {
			return problem;
		}
		return new ImportProblem("line " + line + (problem.location().isEmpty() ? "" : " (" + problem.location() + ")"),
				problem.message());
	}

	/** A problem of a part of a document, located in the whole document. */
	static ImportProblem join(String at, ImportProblem problem) {
		if (at.isEmpty()) {
			return problem;
		}
		return new ImportProblem(problem.location().isEmpty() ? at : at + "." + problem.location(), problem.message());
	}

}
