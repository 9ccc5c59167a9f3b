package io.frameworkadvisor.admin;

import io.frameworkadvisor.system.NotFoundException;

/** No user with this id (a 404). */
class UserNotFoundException extends NotFoundException {

	UserNotFoundException(long id) {
		super("user", String.valueOf(id));
	}

}
