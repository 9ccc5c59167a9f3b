package io.frameworkadvisor.admin;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user's name (or null) into every page's model, for the layout's
 * admin link and sign-out button. Public pages served to anonymous visitors never carry
 * it, which is what lets the page cache share them.
 */
@ControllerAdvice
class SignedInUser {

	@ModelAttribute("signedInAs")
	String signedInAs(Principal principal) {
		return (principal != null) ? principal.getName() : null;
	}

}
