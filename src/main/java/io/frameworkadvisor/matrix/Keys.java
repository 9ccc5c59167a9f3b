package io.frameworkadvisor.matrix;

import java.util.regex.Pattern;

/**
 * The shapes of the public keys (the same CHECK constraints are in
 * {@code V1__domain.sql}): topic keys, source keys and dataset slugs appear in URLs and
 * may hold hyphens; candidate, criterion, metric, question, option and scenario keys are
 * identifiers with underscores. A value of another shape names nothing, so it is refused
 * before it reaches the database.
 */
public final class Keys {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,118}");

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9_]{0,62}");

	private Keys() {
	}

	/** A topic key, source key or dataset slug. */
	public static boolean isSlug(String value) {
		return value != null && SLUG.matcher(value).matches();
	}

	/** A candidate, criterion, metric, question, option or scenario key. */
	public static boolean isIdentifier(String value) {
		return value != null && IDENTIFIER.matcher(value).matches();
	}

}
