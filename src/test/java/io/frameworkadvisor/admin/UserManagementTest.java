package io.frameworkadvisor.admin;

import java.util.UUID;

import io.frameworkadvisor.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UserManagementTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorAddsAnEditorWhoCanSignIn() throws Exception {
		String name = unique("editor");
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", name)
				.param("role", "EDITOR")
				.param("password", "twelve-chars-at-least"))
			.andExpect(redirectedUrl("/admin/users"));

		AppUser user = this.users.findByUsernameIgnoreCase(name).orElseThrow();
		assertThat(user.getRole()).isEqualTo(AppUser.Role.EDITOR);
		assertThat(user.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(this.passwords.matches("twelve-chars-at-least", user.getPasswordHash())).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'app_user' and entity_id = ? and actor = 'admin'"
						+ " and action = 'create' and after::text not like '%bcrypt%'",
				Long.class, name))
			.isEqualTo(1);
		this.mvc.perform(get("/admin/users")).andExpect(content().string(containsString(name)));
	}

	@Test
	void badInputIsShownNextToTheFieldsAndNothingIsStored() throws Exception {
		long before = this.users.count();
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", "x")
				.param("role", "EDITOR")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use 3 to 64 letters")))
			.andExpect(content().string(containsString("Use between 12 and 72 characters.")))
			.andExpect(content().string(containsString("value=\"x\"")));
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", "ADMIN")
				.param("role", "EDITOR")
				.param("password", "twelve-chars-at-least"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This user name is taken.")));
		assertThat(this.users.count()).isEqualTo(before);
	}

	@Test
	void aStaleEditIsAConflictThatShowsTheStoredValueAndChangesNothing() throws Exception {
		AppUser user = this.accounts.create(unique("stale"), AppUser.Role.EDITOR, "twelve-chars-at-least", "test");
		long version = user.getVersion();
		this.accounts.update(user.getId(), AppUser.Role.ADMIN, true, "", version, "someone-else");

		this.mvc
			.perform(post("/admin/users/{id}", user.getId()).with(csrf())
				.param("role", "EDITOR")
				.param("enabled", "false")
				.param("newPassword", "")
				.param("version", String.valueOf(version)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this while you were editing")))
			.andExpect(content().string(containsString("Stored now:")));
		AppUser stored = this.accounts.get(user.getId());
		assertThat(stored.getRole()).isEqualTo(AppUser.Role.ADMIN);
		assertThat(stored.isEnabled()).isTrue();

		// saving again with the stored version is the deliberate merge
		this.mvc
			.perform(post("/admin/users/{id}", user.getId()).with(csrf())
				.param("role", "EDITOR")
				.param("newPassword", "")
				.param("version", String.valueOf(stored.getVersion())))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.accounts.get(user.getId()).isEnabled()).isFalse();
	}

	@Test
	void theLastAdministratorCannotBeDemoted() throws Exception {
		this.jdbc.update("update app_user set enabled = false where role = 'ADMIN' and username <> 'admin'");
		AppUser admin = this.users.findByUsernameIgnoreCase("admin").orElseThrow();
		this.mvc
			.perform(post("/admin/users/{id}", admin.getId()).with(csrf())
				.param("role", "EDITOR")
				.param("enabled", "true")
				.param("newPassword", "")
				.param("version", String.valueOf(admin.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("At least one enabled administrator must remain")));
		assertThat(this.users.findByUsernameIgnoreCase("admin").orElseThrow().getRole()).isEqualTo(AppUser.Role.ADMIN);
	}

	@Test
	void anUnknownUserIsA404() throws Exception {
		this.mvc.perform(get("/admin/users/999999")).andExpect(status().isNotFound());
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
