package io.frameworkadvisor.wizard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The addresses of the wizard's pages. The answers travel in the query string, each
 * question key with its option key ({@code /wizard?step=3&service_kind=ai_backend}), so
 * that the browser's back button, a reload or a bookmark never loses them, and so that a
 * result page can link back into the wizard with its answers filled in.
 */
public final class WizardLinks {

	/** The topic the wizard asks about when the address names none. */
	public static final String DEFAULT_TOPIC = "python-web-frameworks";

	static final String STEP_PATH = "/wizard";

	static final String REVIEW_PATH = "/wizard/review";

	/** Query parameters that are not answers; no question may use these keys. */
	static final String STEP = "step";

	static final String TOPIC = "topic";

	private WizardLinks() {
	}

	/**
	 * A step of the wizard with these answers filled in.
	 * @param step the step number (from 1) or the key of the question it asks; a key
	 * keeps pointing at the right question when a newer matrix reorders its questions
	 */
	public static String step(String topic, Map<String, String> answers, Object step) {
		return STEP_PATH + query(topic, String.valueOf(step), answers);
	}

	/** The review page with these answers, ready to submit. */
	public static String review(String topic, Map<String, String> answers) {
		return REVIEW_PATH + query(topic, null, answers);
	}

	private static String query(String topic, String step, Map<String, String> answers) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		if (topic != null && !topic.equals(DEFAULT_TOPIC)) {
			query.add(TOPIC + "=" + encode(topic));
		}
		if (step != null) {
			query.add(STEP + "=" + encode(step));
		}
		answers.forEach((question, option) -> query.add(encode(question) + "=" + encode(option)));
		return query.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
