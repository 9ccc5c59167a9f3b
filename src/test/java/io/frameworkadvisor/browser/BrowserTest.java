package io.frameworkadvisor.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.frameworkadvisor.DatabaseTest;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A real-browser test: the whole application as a real server on a random port, on a
 * throwaway embedded PostgreSQL of its own, with the page cache on as in production, and
 * Chromium driven by Playwright. A test method takes a {@link BrowserSession} parameter
 * to open pages. Every class with this annotation shares one context (and database) and
 * one browser; tests that edit or publish work on a topic of their own
 * ({@code TestTopics.copyOfSeed}).
 * <p>
 * Which Chromium is used, and what happens without one, is described in {@link Browsers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "advisor.data-dir=", "advisor.test.database=browser",
				"advisor.admin.password=" + DatabaseTest.ADMIN_PASSWORD })
@Import(FailingEndpoints.class)
@ExtendWith(Browsers.class)
public @interface BrowserTest {

}
