package io.frameworkadvisor.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.frameworkadvisor.Application;
import io.frameworkadvisor.recommendation.MatrixPublisher;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL with the profile {@code cluster}: the schema is
 * migrated once, a sign-in on one instance is valid on the other (sessions in the
 * database), and a version published on one is what the other's pages show within a
 * couple of seconds, cached pages included.
 */
class ClusterTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void twoInstancesShareSignInsAndPublishedVersions() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
				ConfigurableApplicationContext first = start(postgres);
				ConfigurableApplicationContext second = start(postgres)) {
			String a = base(first);
			String b = base(second);

			// both ran Flyway; the second found nothing left to do
			try (var connection = postgres.getPostgresDatabase().getConnection();
					var rows = connection.createStatement()
						.executeQuery(
								"select count(*), count(distinct version) from flyway_schema_history where version is not null")) {
				rows.next();
				assertThat(rows.getInt(1)).isEqualTo(rows.getInt(2));
			}

			String session = signIn(a);
			HttpResponse<String> admin = get(b + "/admin", session);
			assertThat(admin.statusCode()).isEqualTo(200);
			assertThat(admin.body()).contains("Signed in as admin");

			assertThat(get(b + "/matrix", null).body()).contains("version 1");
			first.getBean(MatrixPublisher.class).publish("python-web-frameworks", "Cluster test", "test");
			long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
			String page = get(b + "/matrix", null).body();
			while (!page.contains("version 2") && System.nanoTime() < deadline) {
				Thread.sleep(100);
				page = get(b + "/matrix", null).body();
			}
			assertThat(page).as("the other instance shows the new version within 3 s").contains("version 2");
		}
	}

	private static ConfigurableApplicationContext start(EmbeddedPostgres postgres) {
		return new SpringApplicationBuilder(Application.class).profiles("cluster")
			.run("--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
					"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
					"--advisor.admin.password=cluster-test-password");
	}

	private static String base(ConfigurableApplicationContext app) {
		return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
	}

	/** Signs in through the form; returns the session cookie. */
	private String signIn(String base) throws Exception {
		HttpResponse<String> form = get(base + "/login", null);
		Matcher token = CSRF.matcher(form.body());
		assertThat(token.find()).isTrue();
		String session = cookie(form);
		String body = "username=admin&password=cluster-test-password&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = this.client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		assertThat(signedIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Lax"));
		return cookie(signedIn);
	}

	private static String cookie(HttpResponse<String> response) {
		Matcher session = SESSION.matcher(response.headers().firstValue("Set-Cookie").orElse(""));
		assertThat(session.find()).as("a SESSION cookie").isTrue();
		return session.group(1);
	}

	private HttpResponse<String> get(String url, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html");
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
