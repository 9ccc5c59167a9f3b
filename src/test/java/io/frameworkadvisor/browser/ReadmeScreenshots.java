package io.frameworkadvisor.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Page;

/**
 * The README's screenshots, taken by the browser journeys where they pass the pages, so
 * that they show the app as it is. Only with {@code ADVISOR_SCREENSHOTS=1}: other runs
 * leave the committed files alone.
 */
final class ReadmeScreenshots {

	static final String VARIABLE = "ADVISOR_SCREENSHOTS";

	private static final Path DIRECTORY = Path.of("docs/screenshots");

	private ReadmeScreenshots() {
	}

	/**
	 * Saves the visible part of the page as {@code docs/screenshots/<name>.png}, when
	 * screenshots are asked for.
	 */
	static void take(Page page, String name) {
		if ("1".equals(System.getenv(VARIABLE))) {
			page.screenshot(new Page.ScreenshotOptions().setPath(DIRECTORY.resolve(name + ".png")));
		}
	}

}
