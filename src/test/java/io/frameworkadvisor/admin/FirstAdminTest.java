package io.frameworkadvisor.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.frameworkadvisor.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The first start without a configured password: a random password is generated, printed
 * once, and works. Each test runs in a transaction that is rolled back, on a database
 * whose users were removed inside it, so it sees a first start.
 */
@WebTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

	private static final Pattern PRINTED = Pattern.compile("generated password:\\s+(\\S+)");

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	MockMvc mvc;

	@Test
	void withoutAConfiguredPasswordARandomOneIsPrintedOnceAndWorks(CapturedOutput output) throws Exception {
		this.jdbc.update("delete from app_user");
		firstStart(null).createFirstAdmin();

		Matcher printed = PRINTED.matcher(output.getAll());
		assertThat(printed.find()).as("the generated password is printed").isTrue();
		String password = printed.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		assertThat(printed.find()).as("printed only once").isFalse();
		this.mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", password))
			.andExpect(redirectedUrl("/admin"));

		// a second start finds a user and neither creates nor prints anything
		firstStart(null).createFirstAdmin();
		assertThat(PRINTED.matcher(output.getAll()).results().count()).isEqualTo(1);
		assertThat(this.users.count()).isEqualTo(1);
	}

	@Test
	void thereIsNoDefaultPasswordEachFirstStartGeneratesAnotherOne(CapturedOutput output) {
		this.jdbc.update("delete from app_user");
		firstStart(null).createFirstAdmin();
		String hash = this.users.findByUsernameIgnoreCase("admin").orElseThrow().getPasswordHash();
		for (String guess : new String[] { "", "admin", "password", "changeme", "admin123" }) {
			assertThat(this.passwords.matches(guess, hash)).as(guess).isFalse();
		}
		Accounts accounts = firstStart(null);
		assertThat(accounts.generatePassword()).isNotEqualTo(accounts.generatePassword());
	}

	@Test
	void aConfiguredPasswordIsUsedAndNotPrinted(CapturedOutput output) {
		this.jdbc.update("delete from app_user");
		firstStart("a-configured-password").createFirstAdmin();

		AppUser admin = this.users.findByUsernameIgnoreCase("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(AppUser.Role.ADMIN);
		assertThat(this.passwords.matches("a-configured-password", admin.getPasswordHash())).isTrue();
		assertThat(output.getAll()).doesNotContain("a-configured-password").doesNotContain("generated password");
	}

	private Accounts firstStart(String configuredPassword) {
		return new Accounts(this.users, this.passwords, this.jdbc, new AdminProperties("admin", configuredPassword),
				this.auditLog);
	}

}
