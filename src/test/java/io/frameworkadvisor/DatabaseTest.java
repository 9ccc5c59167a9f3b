package io.frameworkadvisor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a throwaway embedded PostgreSQL (real PostgreSQL, never H2),
 * with the seed loaded. Every test class with this annotation shares one context and one
 * database, so tests that write must clean up or use keys of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "advisor.data-dir=", "advisor.page-cache.enabled=false",
		"advisor.admin.password=" + DatabaseTest.ADMIN_PASSWORD })
public @interface DatabaseTest {

	/** The password of the first administrator, {@code admin}, in tests. */
	String ADMIN_PASSWORD = "correct-horse-battery-staple";

}
