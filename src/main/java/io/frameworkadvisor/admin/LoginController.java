package io.frameworkadvisor.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST and {@code /logout}. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "admin/login";
	}

}
