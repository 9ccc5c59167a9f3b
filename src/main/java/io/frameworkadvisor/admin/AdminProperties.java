package io.frameworkadvisor.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator ({@code advisor.admin.*}), created on the first start when no
 * user exists yet. There is no default password: without {@code advisor.admin.password}
 * (env {@code ADVISOR_ADMIN_PASSWORD}) a random one is generated and printed once in the
 * log.
 *
 * @param username the first administrator's user name
 * @param password the first administrator's password, or empty to generate one
 */
@ConfigurationProperties("advisor.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {

	boolean hasPassword() {
		return this.password != null && !this.password.isBlank();
	}

}
