package io.frameworkadvisor.matrix;

/**
 * The two things of a topic with the same shape (key, name, description, position) that
 * span the matrix: candidates are its rows, criteria its columns.
 */
public enum TopicPart {

	CANDIDATE("candidate", "candidates"), CRITERION("criterion", "criteria");

	private final String table;

	private final String path;

	TopicPart(String table, String path) {
		this.table = table;
		this.path = path;
	}

	/** The table, which is also the audit entity type. */
	public String table() {
		return this.table;
	}

	/** The URL segment under {@code /admin/topics/{topic}/}. */
	public String path() {
		return this.path;
	}

	public static TopicPart fromPath(String path) {
		for (TopicPart part : values()) {
			if (part.path.equals(path)) {
				return part;
			}
		}
		throw new MatrixItemNotFoundException("part", path);
	}

}
