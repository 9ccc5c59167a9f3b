package io.frameworkadvisor.api;

import io.frameworkadvisor.matrix.Keys;
import io.frameworkadvisor.recommendation.MatrixNotPublishedException;

/**
 * Guards the recommendation endpoints against topic keys that cannot exist (the shape of
 * {@code matrix/TopicImporter}'s keys): such a key is a 404 like an unknown one, and
 * never reaches the database, which would reject some of them (a NUL character) with an
 * error.
 */
final class TopicKeys {

	private TopicKeys() {
	}

	/**
	 * @throws MatrixNotPublishedException for a key no topic can have, as for any topic
	 * without a published matrix
	 */
	static String requireTopicWithMatrix(String key) {
		if (!Keys.isSlug(key)) {
			throw new MatrixNotPublishedException(key);
		}
		return key;
	}

}
