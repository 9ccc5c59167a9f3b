package io.frameworkadvisor.admin.matrix;

import io.frameworkadvisor.admin.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** What every form of the matrix area does on a conflict. */
final class Forms {

	private Forms() {
	}

	/**
	 * Re-renders with status 409: the editor's values kept, the stored ones shown, and
	 * the stored version in the form so that saving again is a deliberate merge.
	 */
	static void conflict(Model model, HttpServletResponse response, StaleEditException conflict,
			Object formWithStoredVersion) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("conflict", conflict);
		model.addAttribute("form", formWithStoredVersion);
	}

	/** A missing version (a tampered form) never matches a stored one. */
	static long version(Long version) {
		return (version != null) ? version : -1;
	}

}
