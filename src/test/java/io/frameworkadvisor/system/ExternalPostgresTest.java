package io.frameworkadvisor.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.frameworkadvisor.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} set (as docker-compose does through
 * {@code SPRING_DATASOURCE_URL}) the app uses that PostgreSQL and nothing else: it starts
 * no embedded server, and migrates and seeds the configured database.
 */
class ExternalPostgresTest {

	@Test
	void migratesAndSeedsTheConfiguredDatabaseWithoutStartingAnEmbeddedOne() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.start()) {
			String url = "jdbc:postgresql://localhost:" + external.getPort() + "/postgres";
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
					"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--server.port=0")) {
				assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
				assertThat(app.getBeansOfType(EmbeddedPostgresLauncher.class)).isEmpty();
				assertThat(app.getBean(DataSource.class)).isInstanceOfSatisfying(HikariDataSource.class,
						(dataSource) -> assertThat(dataSource.getJdbcUrl()).isEqualTo(url));
			}
			// Read back through a connection of our own, after the app is gone.
			try (Connection connection = external.getPostgresDatabase().getConnection()) {
				assertThat(
						count(connection, "select count(*) from flyway_schema_history where success and version = '1'"))
					.isOne();
				assertThat(count(connection, "select count(*) from topic where key = 'python-web-frameworks'")).isOne();
				assertThat(count(connection, "select count(*) from measurement")).isPositive();
			}
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
