package io.frameworkadvisor.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.frameworkadvisor.DatabaseTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application as a real server on a random port, on a throwaway embedded
 * PostgreSQL of its own, with the page cache on as in production, and two pages that fail
 * on purpose ({@link FailingEndpoints}). Every class with this annotation (or
 * {@link BrowserTest}) shares one context and database; tests that edit or publish work
 * on a topic of their own ({@code TestTopics.copyOfSeed}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "advisor.data-dir=", "advisor.test.database=browser",
				"advisor.admin.password=" + DatabaseTest.ADMIN_PASSWORD })
@Import(FailingEndpoints.class)
public @interface ServerTest {

}
