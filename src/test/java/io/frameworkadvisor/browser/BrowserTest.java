package io.frameworkadvisor.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real-browser test: a {@link ServerTest} with Chromium driven by Playwright. A test
 * method takes a {@link BrowserSession} parameter to open pages. All browser tests share
 * one application context and one browser. Which Chromium is used, and what happens
 * without one, is described in {@link Browsers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServerTest
@ExtendWith(Browsers.class)
public @interface BrowserTest {

}
