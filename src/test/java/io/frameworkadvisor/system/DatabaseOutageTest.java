package io.frameworkadvisor.system;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.frameworkadvisor.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away under a running app and comes back: meanwhile pages answer a 503
 * page and the API a 503 problem detail, quickly and with Retry-After, health is DOWN,
 * pages already cached are still served; afterwards the app recovers by itself, and every
 * recommendation it confirmed (201) before the outage is still there.
 */
class DatabaseOutageTest {

	private static final String ANSWERS = "{\"answers\":{\"service_kind\":\"ai_backend\"}}";

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void answers503WhileTheDatabaseIsDownAndRecoversWithoutRestartLosingNothingConfirmed() throws Exception {
		Path data = Files.createTempDirectory("advisor-outage");
		int port = freePort();
		EmbeddedPostgres postgres = start(data, port);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
				"--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
				"--advisor.admin.password=outage-test-password")) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			List<String> confirmed = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				HttpResponse<String> created = post(base + "/api/v1/topics/python-web-frameworks/recommendations");
				assertThat(created.statusCode()).isEqualTo(201);
				confirmed.add(created.headers().firstValue("Location").orElseThrow());
			}
			assertThat(get(base + "/evidence").statusCode()).isEqualTo(200);

			postgres.close();
			// published versions are immutable and kept in memory; the latest version
			// number is looked up again after a second
			Thread.sleep(1200);

			long before = System.nanoTime();
			HttpResponse<String> api = get(base + "/api/v1/topics/python-web-frameworks/datasets");
			assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
			HttpResponse<String> page = get(base + "/matrix");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("We cannot reach our database right now");
			assertThat(post(base + "/api/v1/topics/python-web-frameworks/recommendations").statusCode()).isEqualTo(503);
			assertThat(get(base + "/actuator/health").statusCode()).isEqualTo(503);
			// a page rendered before the outage is still served from the cache
			assertThat(get(base + "/evidence").statusCode()).isEqualTo(200);

			postgres = start(data, port);

			HttpResponse<String> again = null;
			for (int attempt = 0; attempt < 40; attempt++) {
				again = post(base + "/api/v1/topics/python-web-frameworks/recommendations");
				if (again.statusCode() == 201) {
					break;
				}
				Thread.sleep(500);
			}
			assertThat(again.statusCode()).as("recovers without a restart").isEqualTo(201);
			assertThat(get(base + "/actuator/health").statusCode()).isEqualTo(200);
			for (String location : confirmed) {
				String id = location.substring(location.lastIndexOf('/') + 1);
				assertThat(get(base + "/api/v1/recommendations/" + id).statusCode()).as(id).isEqualTo(200);
			}
		}
		finally {
			postgres.close();
			FileSystemUtils.deleteRecursively(data);
		}
	}

	private static EmbeddedPostgres start(Path data, int port) throws Exception {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setServerConfig("synchronous_commit", "on")
			.start();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private HttpResponse<String> get(String url) throws Exception {
		String accept = url.contains("/api/") || url.contains("/actuator/") ? "application/json" : "text/html";
		return this.client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(ANSWERS))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
