package io.frameworkadvisor.evidence;

import java.util.List;
import java.util.stream.Collectors;

/** A file was rejected as a whole; nothing of it was stored. */
public class ImportRejectedException extends RuntimeException {

	private final String fileName;

	private final List<ImportProblem> problems;

	public ImportRejectedException(String fileName, List<ImportProblem> problems) {
		super(fileName + " was not imported (" + problems.size() + " problem(s)):\n"
				+ problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
		this.fileName = fileName;
		this.problems = List.copyOf(problems);
	}

	public String fileName() {
		return this.fileName;
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

}
