package io.frameworkadvisor.evidence;

/**
 * One reason a file cannot be imported.
 *
 * @param location where in the file: a line number for CSV, a JSON path such as
 * {@code datasets[0].measurements[3].metric} for JSON
 * @param message what is wrong, in words an editor can act on
 */
public record ImportProblem(String location, String message) {

	@Override
	public String toString() {
		return this.location + ": " + this.message;
	}

}
