package io.frameworkadvisor.admin;

import java.nio.charset.StandardCharsets;

import io.frameworkadvisor.admin.AppUser.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms of the user management pages ({@code /admin/users}). */
final class UserForms {

	/** At least this long; no other composition rules (NIST SP 800-63B). */
	static final int MIN_PASSWORD = 12;

	/**
	 * bcrypt reads at most 72 bytes of a password, and Spring Security refuses to hash a
	 * longer one: at most 72 characters, and at most 72 bytes in UTF-8
	 * ({@link #fitsHash}).
	 */
	static final int MAX_PASSWORD = 72;

	private UserForms() {
	}

	/** Whether bcrypt can hash the password: at most {@link #MAX_PASSWORD} bytes. */
	static boolean fitsHash(String password) {
		return password == null || password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD;
	}

	/** A new user: name, role and first password. */
	record NewUser(
			@NotNull(message = "{user.username.required}") @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}",
					message = "{user.username.invalid}") String username,
			@NotNull(message = "{user.role.required}") Role role,
			@NotNull(message = "{user.password.required}") @Size(min = MIN_PASSWORD, max = MAX_PASSWORD,
					message = "{user.password.size}") String password) {

		static NewUser empty() {
			return new NewUser("", Role.EDITOR, "");
		}

	}

	/**
	 * Changes to a user: role, whether they may sign in, and optionally a new password
	 * (empty keeps the current one).
	 */
	record EditUser(@NotNull(message = "{user.role.required}") Role role, Boolean enabled,
			@Pattern(regexp = "|.{" + MIN_PASSWORD + "," + MAX_PASSWORD + "}",
					message = "{user.password.size}") String newPassword,
			long version) {

		static EditUser of(AppUser user) {
			return new EditUser(user.getRole(), user.isEnabled(), "", user.getVersion());
		}

		/** An unticked checkbox sends nothing: not enabled. */
		boolean mayEnable() {
			return Boolean.TRUE.equals(this.enabled);
		}

	}

}
