package io.frameworkadvisor.admin;

/** A user with this name exists already (names are unique regardless of letter case). */
class UsernameTakenException extends RuntimeException {

	UsernameTakenException(String username) {
		super("User name taken: " + username);
	}

}
