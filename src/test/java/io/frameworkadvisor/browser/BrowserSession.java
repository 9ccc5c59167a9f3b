package io.frameworkadvisor.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.frameworkadvisor.DatabaseTest;

/**
 * A test method's use of the shared browser: each {@link #newPage} opens a fresh browser
 * context (its own cookies, as a different visitor) against the running app; all of them
 * are closed after the test. Script errors and messages the browser logs as errors (a
 * Content-Security-Policy refusal, for one) are collected in {@link #consoleErrors()}.
 */
public final class BrowserSession implements AutoCloseable {

	/** Long enough for a loaded two-core CI machine, short enough to fail fast. */
	private static final double TIMEOUT_MILLIS = 15_000;

	private final Browser browser;

	private final String baseUrl;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());

	BrowserSession(Browser browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	/**
	 * A page in a new context with JavaScript on, a laptop-sized window, light scheme.
	 */
	public Page newPage() {
		return newPage((options) -> {
		});
	}

	/**
	 * A page in a new context.
	 * @param customizer changes the defaults, e.g.
	 * {@code options.setJavaScriptEnabled(false)}
	 * @return the page, with relative URLs resolved against the app
	 */
	public Page newPage(Consumer<Browser.NewContextOptions> customizer) {
		Browser.NewContextOptions options = new Browser.NewContextOptions().setBaseURL(this.baseUrl)
			.setViewportSize(1280, 900)
			.setLocale("en-GB");
		customizer.accept(options);
		BrowserContext context = this.browser.newContext(options);
		context.setDefaultTimeout(TIMEOUT_MILLIS);
		context.setDefaultNavigationTimeout(TIMEOUT_MILLIS);
		this.contexts.add(context);
		Page page = context.newPage();
		page.onPageError((error) -> this.consoleErrors.add(page.url() + ": " + error));
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(page.url() + ": " + message.text());
			}
		});
		return page;
	}

	/**
	 * Signs in as the first administrator on the page's context, so that its later pages
	 * and requests are signed in.
	 * @param page a page of this session
	 */
	public void signIn(Page page) {
		page.navigate("/login");
		page.getByLabel("User name").fill("admin");
		page.getByLabel("Password").fill(DatabaseTest.ADMIN_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL((url) -> !url.contains("/login"));
	}

	/** The app's address, e.g. {@code http://localhost:41234}. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/** Errors the browser reported so far on any page of this session. */
	public List<String> consoleErrors() {
		return List.copyOf(this.consoleErrors);
	}

	@Override
	public void close() {
		this.contexts.forEach(BrowserContext::close);
	}

}
