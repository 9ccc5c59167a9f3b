package io.frameworkadvisor.admin;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who may sign in, stored in PostgreSQL with adaptive password hashes. On the
 * first start (no user at all) it creates the first administrator from
 * {@link AdminProperties}, or with a random password that is printed once in the log.
 */
@Service
public class Accounts implements UserDetailsService, SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(Accounts.class);

	/** 18 random bytes: 24 characters of URL-safe Base64, 144 bits. */
	private static final int GENERATED_PASSWORD_BYTES = 18;

	private final AppUserRepository users;

	private final PasswordEncoder passwords;

	private final JdbcTemplate jdbc;

	private final AdminProperties firstAdmin;

	private final AuditLog auditLog;

	private final SecureRandom random = new SecureRandom();

	Accounts(AppUserRepository users, PasswordEncoder passwords, JdbcTemplate jdbc, AdminProperties firstAdmin,
			AuditLog auditLog) {
		this.users = users;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.firstAdmin = firstAdmin;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<AppUser> all() {
		return this.users.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	public AppUser get(long id) {
		return this.users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
	}

	/**
	 * Creates a user.
	 * @throws UsernameTakenException when the name is taken (in any letter case)
	 */
	@Transactional
	public AppUser create(String username, AppUser.Role role, String password, String actor) {
		if (this.users.findByUsernameIgnoreCase(username).isPresent()) {
			throw new UsernameTakenException(username);
		}
		AppUser user = this.users.saveAndFlush(new AppUser(username, this.passwords.encode(password), role));
		this.auditLog.record(actor, "app_user", username, "create", null, describe(user, false));
		return user;
	}

	/**
	 * Changes a user's role, whether they may sign in, and (when given) their password.
	 * @throws StaleEditException when the user was changed since {@code version}
	 * @throws LastAdminException when this would leave no enabled administrator
	 */
	@Transactional
	public AppUser update(long id, AppUser.Role role, boolean enabled, String newPassword, long version, String actor) {
		AppUser user = get(id);
		if (user.getVersion() != version) {
			throw new StaleEditException(
					java.util.Map.of("role", user.getRole().name(), "enabled", String.valueOf(user.isEnabled())),
					user.getVersion());
		}
		boolean losesAdmin = user.getRole() == AppUser.Role.ADMIN && user.isEnabled()
				&& (role != AppUser.Role.ADMIN || !enabled);
		if (losesAdmin && this.jdbc.queryForObject(
				"select count(*) from app_user where role = 'ADMIN' and enabled and id <> ?", Long.class, id) == 0) {
			throw new LastAdminException();
		}
		String before = describe(user, false);
		user.setRole(role);
		user.setEnabled(enabled);
		boolean passwordChanged = newPassword != null && !newPassword.isEmpty();
		if (passwordChanged) {
			user.setPasswordHash(this.passwords.encode(newPassword));
		}
		this.users.saveAndFlush(user);
		this.auditLog.record(actor, "app_user", user.getUsername(), "update", before, describe(user, passwordChanged));
		return user;
	}

	/** The audited state of a user: never the password hash, only whether it changed. */
	private static String describe(AppUser user, boolean passwordChanged) {
		return "{\"username\":\"" + user.getUsername() + "\",\"role\":\"" + user.getRole() + "\",\"enabled\":"
				+ user.isEnabled() + (passwordChanged ? ",\"password\":\"changed\"" : "") + "}";
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.roles(user.getRole().name())
			.disabled(!user.isEnabled())
			.build();
	}

	@Override
	public void afterSingletonsInstantiated() {
		createFirstAdmin();
	}

	/**
	 * Creates the first administrator when there is no user. Several instances may start
	 * on an empty database at once: the insert only happens while the table is empty and
	 * the user name is free, and only the instance whose insert went through prints its
	 * generated password.
	 */
	void createFirstAdmin() {
		boolean generated = !this.firstAdmin.hasPassword();
		String password = generated ? generatePassword() : this.firstAdmin.password();
		List<Long> created = this.jdbc.queryForList("""
				insert into app_user (username, password_hash, role)
				select ?, ?, 'ADMIN' where not exists (select 1 from app_user)
				on conflict (username) do nothing
				returning id""", Long.class, this.firstAdmin.username(), this.passwords.encode(password));
		if (created.isEmpty()) {
			return;
		}
		if (generated) {
			logger.warn("""

					Created the first administrator '{}' with the generated password:

					    {}

					It is shown only this once. Sign in at /login and change it under /admin/users. \
					To choose it yourself on a fresh database, set ADVISOR_ADMIN_PASSWORD.
					""", this.firstAdmin.username(), password);
		}
		else {
			logger.info("Created the first administrator '{}' with the configured password.",
					this.firstAdmin.username());
		}
	}

	String generatePassword() {
		byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
