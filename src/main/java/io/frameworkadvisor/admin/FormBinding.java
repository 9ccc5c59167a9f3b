package io.frameworkadvisor.admin;

import org.springframework.validation.BindingResult;

/**
 * The admin forms are records, built from the request through their constructors. A value
 * of the wrong type for one of their components (letters for a version, an unknown role)
 * leaves no form at all: the controller gets {@code null} and a result that holds only
 * that type error, on which {@code rejectValue} fails. A controller's own checks, which
 * read the form and reject its fields, therefore run only on a bound form; the page is
 * shown again with the type error either way.
 */
public final class FormBinding {

	private FormBinding() {
	}

	/**
	 * Whether the form could be built from the request, so that its fields can be
	 * checked.
	 */
	public static boolean isBound(BindingResult result) {
		return result.getTarget() != null;
	}

}
