package io.frameworkadvisor.system;

/**
 * A requested thing does not exist. Web pages answer it with the 404 page, the API with a
 * 404 problem detail; never a 500.
 */
public abstract class NotFoundException extends RuntimeException {

	private final String kind;

	private final String key;

	protected NotFoundException(String kind, String key) {
		super("No " + kind + " '" + key + "'");
		this.kind = kind;
		this.key = key;
	}

	public String kind() {
		return this.kind;
	}

	public String key() {
		return this.key;
	}

}
