package io.frameworkadvisor.browser;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import io.frameworkadvisor.recommendation.RecommendationService;
import io.frameworkadvisor.recommendation.SeedScenarios;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architect's journey in a real browser: from the landing page through every wizard
 * step to the result, with JavaScript on and off, and the share link opened cold by
 * someone else.
 */
@BrowserTest
class WizardJourneyTest {

	static final Pattern RESULT_URL = Pattern.compile(".*/r/[A-Za-z0-9_-]{11,}$");

	@Autowired
	RecommendationService recommendations;

	private DecisionMatrix matrix;

	@BeforeEach
	void readQuestions() {
		this.matrix = this.recommendations.latestMatrix("python-web-frameworks");
	}

	@Test
	void theWholeWizardWithJavaScriptEndsOnTheResultAndItsEnhancementsWork(BrowserSession browser) {
		Page page = browser.newPage((options) -> options.setPermissions(List.of("clipboard-read", "clipboard-write")));
		page.navigate("/");
		ReadmeScreenshots.take(page, "landing");
		page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Get a recommendation")).click();
		ReadmeScreenshots.take(page, "wizard-step");

		walkThroughWizard(page, SeedScenarios.SAAS_WITH_COMPLEX_DATA_ROLES_AND_ADMIN, 3);
		submitReview(page, SeedScenarios.SAAS_WITH_COMPLEX_DATA_ROLES_AND_ADMIN);

		assertThat(page.locator(".result-winner__name")).hasText("Django");
		assertAnswersShown(page, SeedScenarios.SAAS_WITH_COMPLEX_DATA_ROLES_AND_ADMIN);
		ReadmeScreenshots.take(page, "result");
		// result.js ran (the app's Content-Security-Policy allowed it): the copy button
		// appears and copies the share link
		Locator copy = page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Copy link"));
		assertThat(copy).isVisible();
		copy.click();
		assertThat(page.locator("[data-copy-status]")).hasText("Link copied.");
		assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(page.url());
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void theWholeWizardWithoutJavaScriptEndsOnTheResult(BrowserSession browser) {
		Page page = browser.newPage((options) -> options.setJavaScriptEnabled(false));
		page.navigate("/wizard");

		walkThroughWizard(page, SeedScenarios.AI_AGENT_WITH_SLOW_LLM_CALLS_AND_STREAMING, 5);
		submitReview(page, SeedScenarios.AI_AGENT_WITH_SLOW_LLM_CALLS_AND_STREAMING);

		assertThat(page.locator(".result-winner__name")).hasText("FastAPI");
		assertAnswersShown(page, SeedScenarios.AI_AGENT_WITH_SLOW_LLM_CALLS_AND_STREAMING);
		assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setName("Why FastAPI").setExact(false)))
			.isVisible();
		// without scripts the copy button stays hidden; the link is still there to copy
		assertThat(page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Copy link"))).isHidden();
		assertThat(page.getByLabel("Link to this result")).hasValue(page.url());
	}

	@Test
	void aShareLinkOpenedInAFreshBrowserShowsTheSameResult(BrowserSession browser) {
		Page author = browser.newPage();
		author.navigate("/wizard/review?service_kind=glue_service&concurrency=low&auth_model=shared_secret");
		author.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Get my recommendation")).click();
		author.waitForURL(RESULT_URL);
		String link = author.url();

		Page reader = browser.newPage();
		reader.navigate(link);

		assertThat(reader).hasURL(link);
		assertThat(reader.locator(".result-winner__name")).hasText("Flask");
		for (String section : List.of("#ranking", "#reasons", "#answers", ".result-header__meta")) {
			assertThat(reader.locator(section).innerText()).as(section).isEqualTo(author.locator(section).innerText());
		}
		assertThat(reader.getByLabel("Link to this result")).hasValue(link);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	/**
	 * Answers the given questions in order, skips the others, and at step {@code backAt}
	 * goes back once to check that the previous answer was kept.
	 */
	private void walkThroughWizard(Page page, Map<String, String> answers, int backAt) {
		List<Question> questions = this.matrix.questions();
		for (int index = 0; index < questions.size(); index++) {
			Question question = questions.get(index);
			int number = index + 1;
			assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText(question.label());
			assertThat(page.locator(".wizard-progress__label"))
				.hasText("Question " + number + " of " + questions.size());
			if (number == backAt) {
				goBackAndForward(page, questions.get(index - 1), answers);
			}
			String option = answers.get(question.key());
			if (option == null) {
				page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Skip this question")).click();
				continue;
			}
			choose(page, label(question, option));
			boolean last = number == questions.size();
			page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName(last ? "Review your answers" : "Next"))
				.click();
		}
		assertThat(page).hasURL(Pattern.compile(".*/wizard/review\\?.*"));
	}

	/**
	 * Clicks the option's label, as a person does (the radio button itself is drawn by
	 * the label's styles), and checks that this selected it.
	 */
	private static void choose(Page page, String label) {
		page.locator(".wizard-options").getByText(label, new Locator.GetByTextOptions().setExact(true)).click();
		assertThat(page.getByRole(AriaRole.RADIO, new GetByRoleOptions().setName(label).setExact(true))).isChecked();
	}

	private void goBackAndForward(Page page, Question previous, Map<String, String> answers) {
		page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Back")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText(previous.label());
		String kept = answers.get(previous.key());
		if (kept != null) {
			assertThat(page.getByRole(AriaRole.RADIO,
					new GetByRoleOptions().setName(label(previous, kept)).setExact(true)))
				.isChecked();
		}
		page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Next")).click();
	}

	private void submitReview(Page page, Map<String, String> answers) {
		assertThat(page.getByRole(AriaRole.HEADING, new GetByRoleOptions().setLevel(1))).hasText("Check your answers");
		assertThat(page.locator(".lead")).containsText("You answered " + words(answers.size()) + " of 12");
		assertAnswersIn(page.locator(".wizard-review"), answers);
		page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Get my recommendation")).click();
		page.waitForURL(RESULT_URL);
	}

	private void assertAnswersShown(Page page, Map<String, String> answers) {
		assertAnswersIn(page.locator("#answers"), answers);
	}

	private void assertAnswersIn(Locator list, Map<String, String> answers) {
		answers.forEach((question, option) -> assertThat(list)
			.containsText(label(this.matrix.question(question).orElseThrow(), option)));
	}

	private static String label(Question question, String option) {
		return question.option(option).orElseThrow().label();
	}

	private static String words(int count) {
		return (count == 1) ? "one question" : count + " questions";
	}

}
