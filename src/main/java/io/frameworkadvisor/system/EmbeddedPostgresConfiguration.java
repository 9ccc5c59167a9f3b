package io.frameworkadvisor.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a PostgreSQL server owned by the application when no
 * {@code spring.datasource.url} is configured, so that {@code ./mvnw spring-boot:run}
 * needs nothing but a JDK. Setting {@code SPRING_DATASOURCE_URL} switches this off
 * entirely.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(AdvisorProperties properties) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(30))
			// zonky turns these off for speed; the app's data must survive a crash.
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.setServerConfig("full_page_writes", "on");
		if (properties.hasDataDir()) {
			Path directory = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
			createDirectories(directory);
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
			log.info("Embedded PostgreSQL data directory: {}", directory);
		}
		else {
			log.info("Embedded PostgreSQL in a throwaway directory (advisor.data-dir is empty)");
		}
		try {
			return builder.start();
		}
		catch (IOException | RuntimeException ex) {
			throw EmbeddedPostgresStartException.from(properties, ex);
		}
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.password("")
			.build();
		dataSource.setPoolName("advisor-embedded");
		return dataSource;
	}

	private static void createDirectories(Path directory) {
		try {
			Files.createDirectories(directory.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + directory.getParent(), ex);
		}
	}

}
