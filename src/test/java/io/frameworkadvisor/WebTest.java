package io.frameworkadvisor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A {@link DatabaseTest} with {@code MockMvc}/{@code MockMvcTester}: requests go through
 * the whole application (controllers, views, error handling) on the seeded embedded
 * PostgreSQL, without a server. Shares its context with every other test that combines
 * the two annotations.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DatabaseTest
@AutoConfigureMockMvc
public @interface WebTest {

}
