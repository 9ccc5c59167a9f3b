package io.frameworkadvisor.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium for the whole test run, launched by the first {@link BrowserTest}
 * class and closed when the run ends; each test method gets a {@link BrowserSession} on
 * it whose pages are closed after the method.
 * <p>
 * The executable: {@code ADVISOR_CHROMIUM} if set, else {@code /usr/bin/chromium}
 * (Debian's package, as in CI) if it exists (Playwright is then told never to download a
 * browser), else Playwright's own Chromium, which it downloads on first use (a developer
 * laptop with internet). When no browser can be started the browser tests are skipped
 * with the reason (and the build log says why), unless
 * {@code ADVISOR_BROWSER_TESTS=required} (as in CI), when they fail.
 */
final class Browsers implements BeforeAllCallback, ExecutionCondition, ParameterResolver {

	static final String EXECUTABLE_VARIABLE = "ADVISOR_CHROMIUM";

	static final String MODE_VARIABLE = "ADVISOR_BROWSER_TESTS";

	private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

	/**
	 * Flags for a system Chromium: no sandbox (CI runs as root), and nothing that reaches
	 * out to the network on its own.
	 */
	private static final List<String> SYSTEM_CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static final Namespace NAMESPACE = Namespace.create(Browsers.class);

	/** Without a browser, a test class fails when browser tests are required. */
	@Override
	public void beforeAll(ExtensionContext context) {
		SharedBrowser shared = shared(context);
		if (shared.browser() == null && required()) {
			Assertions.fail(shared.problem() + " " + MODE_VARIABLE + "=required, so this is a failure.");
		}
	}

	/**
	 * Without a browser, each test is skipped with the reason (reported one by one, where
	 * a skipped class would be counted as no test at all).
	 */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (context.getTestMethod().isEmpty() || required()) {
			return ConditionEvaluationResult.enabled("a browser is required or looked for per test");
		}
		SharedBrowser shared = shared(context);
		return (shared.browser() != null) ? ConditionEvaluationResult.enabled("Chromium is running")
				: ConditionEvaluationResult
					.disabled(shared.problem() + " Skipped (" + MODE_VARIABLE + "=required makes this a failure).");
	}

	private static boolean required() {
		return "required".equalsIgnoreCase(System.getenv(MODE_VARIABLE));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == BrowserSession.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port");
		BrowserSession session = new BrowserSession(shared(context).browser(), "http://localhost:" + port);
		// closed by JUnit when the test method's store is closed
		context.getStore(NAMESPACE).put(BrowserSession.class, session);
		return session;
	}

	private static SharedBrowser shared(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(SharedBrowser.class, (key) -> launch(), SharedBrowser.class);
	}

	private static SharedBrowser launch() {
		String configured = System.getenv(EXECUTABLE_VARIABLE);
		Path executable = null;
		if (configured != null && !configured.isBlank()) {
			executable = Path.of(configured);
			if (!Files.isExecutable(executable)) {
				return SharedBrowser.unavailable(EXECUTABLE_VARIABLE + "=" + configured + " is not an executable file");
			}
		}
		else if (Files.isExecutable(DEBIAN_CHROMIUM)) {
			executable = DEBIAN_CHROMIUM;
		}
		Playwright.CreateOptions create = new Playwright.CreateOptions();
		BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true);
		if (executable != null) {
			create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
			launch.setExecutablePath(executable).setArgs(SYSTEM_CHROMIUM_FLAGS);
		}
		Playwright playwright = null;
		try {
			playwright = Playwright.create(create);
			return new SharedBrowser(playwright, playwright.chromium().launch(launch), null);
		}
		catch (RuntimeException ex) {
			if (playwright != null) {
				playwright.close();
			}
			String which = (executable != null) ? executable.toString() : "Playwright's own Chromium";
			return SharedBrowser.unavailable(which + " could not be started (" + firstLine(ex.getMessage()) + ")");
		}
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no message";
		}
		String line = message.strip().lines().findFirst().orElse("");
		return (line.length() > 300) ? line.substring(0, 300) + "…" : line;
	}

	/** The browser of the run, or why there is none; closed at the end of the run. */
	record SharedBrowser(Playwright playwright, Browser browser, String problem) implements AutoCloseable {

		static SharedBrowser unavailable(String reason) {
			String problem = "Real-browser tests need Chromium: " + reason + ". Install Debian's chromium, point "
					+ EXECUTABLE_VARIABLE + " at a Chromium, or let Playwright download its own (needs internet).";
			// once per run, so that a skipped run says why in the build log
			System.err.println("WARNING: " + problem);
			return new SharedBrowser(null, null, problem);
		}

		@Override
		public void close() {
			if (this.playwright != null) {
				// closes the browser too
				this.playwright.close();
			}
		}

	}

}
