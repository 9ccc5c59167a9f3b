package io.frameworkadvisor.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsing the evidence in a real browser: from the list to one dataset, on to the
 * cross-source view of a metric and back to a dataset of another source; and the error
 * pages a visitor can land on.
 */
@BrowserTest
class EvidenceJourneyTest {

	private static final String SERVERLESS = "Serverless cold starts on AWS Lambda / Google Cloud Run (author’s practice figures)";

	private static final String C6I = "FastAPI vs Django vs Flask on c6i.2xlarge, wrk2 at 1,000 RPS";

	@Test
	void fromTheEvidenceListToADatasetAndTheCrossSourceViewOfItsMetric(BrowserSession browser) {
		Page page = browser.newPage();
		page.navigate("/");
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Evidence"))
			.click();
		assertThat(page).hasURL(Pattern.compile(".*/evidence$"));
		assertThat(heading(page)).hasText("Evidence");

		page.locator("#topic-python-web-frameworks")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(SERVERLESS))
			.click();
		assertThat(page).hasURL(Pattern.compile(".*/evidence/serverless-cold-starts-lambda-cloud-run$"));
		assertThat(heading(page)).hasText(SERVERLESS);
		assertThat(page.locator("#methodology")).isVisible();
		Locator coldStarts = page.locator("#table-cold_start");
		assertThat(coldStarts.locator("caption")).containsText("Cold start");
		assertThat(coldStarts.locator("tbody tr")).not().hasCount(0);

		page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Compare Cold start across sources")).click();
		assertThat(page).hasURL(Pattern.compile(".*/evidence/topics/python-web-frameworks/metrics/cold_start$"));
		assertThat(heading(page)).hasText("Cold start across sources");
		Locator figures = page.locator("#figures table");
		// the same metric from three sources, side by side
		assertThat(figures).containsText(SERVERLESS);
		assertThat(figures).containsText(C6I);
		assertThat(figures).containsText("182");

		figures.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(C6I)).first().click();
		assertThat(page).hasURL(Pattern.compile(".*/evidence/c6i-2xlarge-wrk2-1000rps$"));
		assertThat(heading(page)).hasText(C6I);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void anUnknownAddressOrDatasetShowsTheNotFoundPageWithAWayOn(BrowserSession browser) {
		Page page = browser.newPage();

		assertThat(page.navigate("/evidence/no-such-dataset").status()).isEqualTo(404);
		assertThat(heading(page)).hasText("We could not find that page");
		Response response = page.navigate("/no/such/page");

		assertThat(response.status()).isEqualTo(404);
		assertThat(heading(page)).hasText("We could not find that page");
		page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Go to the home page"))
			.click();
		assertThat(page).hasURL(browser.baseUrl() + "/");
	}

	@Test
	void aServerErrorAndAnUnreachableDatabaseShowTheirPagesWithoutDetails(BrowserSession browser) {
		Page page = browser.newPage();

		Response failed = page.navigate(FailingEndpoints.SERVER_ERROR);
		assertThat(failed.status()).isEqualTo(500);
		assertThat(heading(page)).hasText("Something went wrong on our side");
		assertThat(page.locator("body")).not().containsText("IllegalStateException");

		Response unavailable = page.navigate(FailingEndpoints.DATABASE_DOWN);
		assertThat(unavailable.status()).isEqualTo(503);
		assertThat(heading(page)).hasText("We cannot reach our database right now");
		page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Browse the evidence"))
			.click();
		assertThat(page).hasURL(Pattern.compile(".*/evidence$"));
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1));
	}

}
