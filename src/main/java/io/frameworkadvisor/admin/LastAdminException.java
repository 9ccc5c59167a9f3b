package io.frameworkadvisor.admin;

/** The change would leave nobody who can manage users. */
class LastAdminException extends RuntimeException {

	LastAdminException() {
		super("At least one enabled administrator must remain");
	}

}
