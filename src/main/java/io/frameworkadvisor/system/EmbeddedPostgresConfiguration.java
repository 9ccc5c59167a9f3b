package io.frameworkadvisor.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts a PostgreSQL server owned by the application when no
 * {@code spring.datasource.url} is configured, so that {@code ./mvnw spring-boot:run}
 * needs nothing but a JDK. Setting {@code SPRING_DATASOURCE_URL} switches this off
 * entirely.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

	/**
	 * Static and early: a {@code BeanFactoryPostProcessor} runs before the other beans
	 * are created, so PostgreSQL starts in parallel with them. Binds {@code advisor.*}
	 * itself because configuration properties beans do not exist yet at that point.
	 */
	@Bean
	static EmbeddedPostgresLauncher embeddedPostgresLauncher(Environment environment) {
		return new EmbeddedPostgresLauncher(Binder.get(environment).bindOrCreate("advisor", AdvisorProperties.class));
	}

	/** The launcher stops the server, after everything that uses it is closed. */
	@Bean(destroyMethod = "")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresLauncher launcher) {
		return launcher.await();
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

}
