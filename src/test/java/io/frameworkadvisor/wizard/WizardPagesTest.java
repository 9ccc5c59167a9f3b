package io.frameworkadvisor.wizard;

import java.util.LinkedHashMap;
import java.util.Map;

import io.frameworkadvisor.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The wizard through the whole application on the seeded matrix, driven like a browser
 * without JavaScript: plain GETs with the answers in the query string, one POST, and the
 * redirect it answers with.
 */
@WebTest
class WizardPagesTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void firstStepAsksTheFirstQuestionWithItsHelpAndOptions() {
		assertThat(this.mvc.get().uri("/wizard")).hasStatusOk()
			.hasViewName(WizardController.STEP_VIEW)
			.bodyText()
			.contains("<title>Question 1 of 12: What are you building? · Framework Advisor</title>")
			.contains("Question 1 of 12")
			.contains("<progress id=\"wizard-progress\"", "max=\"12\"", "value=\"1\"")
			.contains("<fieldset class=\"wizard-question\" aria-describedby=\"question-help\">")
			.contains("<h1 class=\"wizard-question__title\">What are you building?</h1>")
			.contains("The kind of service is the strongest signal")
			.contains("value=\"ai_backend\"", "value=\"json_api\"", "value=\"fullstack_app\"", "value=\"glue_service\"",
					"value=\"model_endpoint\"")
			.contains("An AI agent, RAG or LLM-orchestration backend")
			.contains("Requests fan out to LLMs, vector stores or tools")
			.doesNotContain("wizard-actions__back")
			.doesNotContain("checked");
		String html = body(get("/wizard", Map.of()));
		assertThat(HtmlForms.withClass(html, "button", "wizard-actions__next")).containsEntry("name", "step")
			.containsEntry("value", "2");
	}

	@Test
	void nextAndBackKeepEveryAnswerInTheAddress() {
		String html = body(get("/wizard", Map.of("step", "2", "service_kind", "ai_backend", "io_profile", "database")));
		assertThat(html).contains("Question 2 of 12", "Where does a typical request spend its time?");
		// the other answers travel as hidden fields, this step's answer as the checked
		// radio
		assertThat(HtmlForms.fields(html)).containsExactly(Map.entry("service_kind", "ai_backend"),
				Map.entry("io_profile", "database"));
		assertThat(HtmlForms.withClass(html, "button", "wizard-actions__next")).containsEntry("name", "step")
			.containsEntry("value", "3");
		Map<String, String> back = HtmlForms.withClass(html, "button", "wizard-actions__back");
		assertThat(back).containsEntry("name", "step").containsEntry("value", "1");
		// Skip leaves this question unanswered and keeps the others
		assertThat(HtmlForms.withClass(html, "a", "wizard-actions__skip").get("href"))
			.isEqualTo("/wizard?step=3&service_kind=ai_backend");

		// pressing Back submits the form with step=1: the first step shows its answer
		// and carries the second one along
		Map<String, String> submitted = new LinkedHashMap<>(HtmlForms.fields(html));
		submitted.put(back.get("name"), back.get("value"));
		String first = body(get("/wizard", submitted));
		assertThat(first).contains("Question 1 of 12");
		assertThat(HtmlForms.fields(first)).containsOnly(Map.entry("io_profile", "database"),
				Map.entry("service_kind", "ai_backend"));
	}

	@Test
	void aStepCanBeAddressedByItsQuestionKeyAndOutOfRangeStepsStayInRange() {
		assertThat(body(get("/wizard", Map.of("step", "deployment")))).contains("Question 4 of 12",
				"Where will it run?");
		assertThat(body(get("/wizard", Map.of("step", "99")))).contains("Question 12 of 12");
		assertThat(body(get("/wizard", Map.of("step", "x")))).contains("Question 1 of 12");
	}

	@Test
	void unknownQuestionsAndOptionsInTheAddressAreNamedAndIgnored() {
		String html = body(get("/wizard",
				Map.of("step", "1", "service_kind", "quantum", "colour", "blue", "deployment", "serverless")));
		assertThat(html).contains("We ignored part of the address")
			.contains("“quantum” is not one of the answers to “What are you building?”, so we ignored it.")
			.contains("“colour” is not one of the questions, so we ignored it.")
			.doesNotContain("checked");
		assertThat(HtmlForms.fields(html)).containsExactly(Map.entry("deployment", "serverless"));
	}

	@Test
	void unknownTopicIsTheNotFoundPage() {
		assertThat(this.mvc.get().uri("/wizard?topic=message-brokers")).hasStatus(HttpStatus.NOT_FOUND)
			.hasViewName("error/404");
	}

	@Test
	void reviewListsEveryQuestionWithItsAnswerOrNoneAndAChangeLink() {
		String html = body(get("/wizard/review", Map.of("service_kind", "ai_backend", "deployment", "serverless")));
		assertThat(html).contains("Check your answers")
			.contains("You answered 2 questions of 12.")
			.contains("An AI agent, RAG or LLM-orchestration backend", "Serverless / scale-to-zero")
			.contains("href=\"/wizard?step=4&amp;service_kind=ai_backend&amp;deployment=serverless\"")
			.contains("the answer to “Where will it run?”");
		assertThat(html.split("Not answered", -1)).hasSize(11);
		assertThat(HtmlForms.fields(html)).containsKey("_csrf")
			.containsEntry("topic", "python-web-frameworks")
			.hasSize(4)
			.containsEntry("answers[service_kind]", "ai_backend")
			.containsEntry("answers[deployment]", "serverless");
		assertThat(HtmlForms.fields(html).keySet()).containsSubsequence("topic", "answers[service_kind]",
				"answers[deployment]");
	}

	@Test
	void submittingAnUnknownAnswerShowsTheReviewWithAnErrorAndStoresNothing() {
		long before = storedRecommendations();
		MvcTestResult result = this.mvc.perform(MockMvcRequestBuilders.post("/wizard/review")
			.with(csrf())
			.param("topic", "python-web-frameworks")
			.param("answers[service_kind]", "ai_backend")
			.param("answers[deployment]", "mars")
			.param("answers[colour]", "blue"));

		assertThat(result).hasStatusOk()
			.hasViewName(WizardController.REVIEW_VIEW)
			.model()
			.extractingBindingResult(WizardController.FORM)
			.hasFieldErrors("answers[deployment]", "answers[colour]");
		assertThat(result).bodyText()
			.contains("<title>Error: check your answers · Framework Advisor</title>")
			.contains("There is a problem with your answers")
			.contains("href=\"#answer-deployment\"")
			.contains("“mars” is not one of the answers to “Where will it run?”")
			.contains("“colour” is not a question of this questionnaire");
		// only the valid answers are carried on
		assertThat(HtmlForms.fields(body(result))).containsEntry("answers[service_kind]", "ai_backend")
			.doesNotContainKeys("answers[deployment]", "answers[colour]");
		assertThat(storedRecommendations()).isEqualTo(before);
	}

	@Test
	void aFullWalkThroughAllTwelveStepsWithoutJavaScriptEndsOnTheResult() {
		// Answer some steps, press Next without an answer on others, follow Skip on the
		// rest.
		Map<String, String> choices = Map.of("service_kind", "ai_backend", "io_profile", "external_waits",
				"concurrency", "high", "deployment", "containers", "realtime", "streaming");
		String path = "/wizard";
		Map<String, String> parameters = new LinkedHashMap<>();
		for (int step = 1; step <= 12; step++) {
			String html = body(get(path, parameters));
			assertThat(html).contains("Question " + step + " of 12");
			String question = HtmlForms.tags(html, "input")
				.stream()
				.filter(input -> "radio".equals(input.get("type")))
				.map(input -> input.get("name"))
				.findFirst()
				.orElseThrow();
			if (!choices.containsKey(question) && step % 2 == 0) {
				String skip = HtmlForms.withClass(html, "a", "wizard-actions__skip").get("href");
				path = HtmlForms.path(skip);
				parameters = HtmlForms.query(skip);
				continue;
			}
			parameters = new LinkedHashMap<>(HtmlForms.fields(html));
			if (choices.containsKey(question)) {
				parameters.put(question, choices.get(question));
			}
			Map<String, String> next = HtmlForms.withClass(html, "button", "wizard-actions__next");
			path = next.getOrDefault("formaction", "/wizard");
			if (next.containsKey("name")) {
				parameters.put(next.get("name"), next.get("value"));
			}
		}
		assertThat(path).isEqualTo("/wizard/review");

		MvcTestResult reviewResult = get(path, parameters);
		String review = body(reviewResult);
		assertThat(review).contains("You answered 5 questions of 12.",
				"Waiting on slow external calls (LLMs, third-party APIs)",
				"Yes: token streaming, WebSockets or SSE are core");
		Map<String, String> form = HtmlForms.tags(review, "form")
			.stream()
			.filter(tag -> "post".equals(tag.get("method")))
			.findFirst()
			.orElseThrow();
		// the form carries the CSRF token of the session the review page started
		assertThat(HtmlForms.fields(review)).containsKey("_csrf");
		MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(form.get("action"))
			.session((MockHttpSession) reviewResult.getRequest().getSession());
		HtmlForms.fields(review).forEach(post::param);
		MvcTestResult created = this.mvc.perform(post);
		assertThat(created).hasStatus(HttpStatus.SEE_OTHER).redirectedUrl().matches("/r/[A-Za-z0-9_-]{16}");

		assertThat(this.mvc.get().uri(created.getResponse().getRedirectedUrl())).hasStatusOk()
			.bodyText()
			.contains("<span class=\"result-winner__name\">FastAPI</span>")
			.contains("for an AI agent")
			.contains("Always-on containers / Kubernetes");
	}

	private MvcTestResult get(String path, Map<String, String> parameters) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
		parameters.forEach(request::param);
		return this.mvc.perform(request);
	}

	private static String body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long storedRecommendations() {
		return this.jdbc.queryForObject("select count(*) from recommendation", Long.class);
	}

}
