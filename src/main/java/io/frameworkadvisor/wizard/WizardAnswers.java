package io.frameworkadvisor.wizard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;

/**
 * Answers as they arrive in an address or a form, checked against the questions of a
 * matrix version: the answers that fit, in question order, and the parameters that do not
 * (an unknown question, or an option the question does not have), so that a page can say
 * what it ignored instead of failing.
 *
 * @param answers question key to option key, in question order
 * @param unknown what did not fit, in the order it arrived
 */
record WizardAnswers(Map<String, String> answers, List<Unknown> unknown) {

	/** Values longer than this are cut when echoed back to the user. */
	private static final int MAX_ECHO = 60;

	/**
	 * Reads the answers from request parameters, skipping the wizard's own parameters
	 * ({@code step}, {@code topic}). A blank value means unanswered.
	 */
	static WizardAnswers fromParameters(DecisionMatrix matrix, Map<String, List<String>> parameters) {
		Map<String, String> raw = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (!name.equals(WizardLinks.STEP) && !name.equals(WizardLinks.TOPIC) && values != null
					&& !values.isEmpty()) {
				raw.put(name, values.get(0));
			}
		});
		return of(matrix, raw);
	}

	static WizardAnswers of(DecisionMatrix matrix, Map<String, String> raw) {
		List<Unknown> unknown = new ArrayList<>();
		raw.forEach((questionKey, optionKey) -> {
			Optional<Question> question = matrix.question(questionKey);
			if (question.isEmpty()) {
				unknown.add(new Unknown(echo(questionKey), null, echo(optionKey)));
			}
			else if (optionKey != null && !optionKey.isBlank() && question.get().option(optionKey).isEmpty()) {
				unknown.add(new Unknown(questionKey, question.get().label(), echo(optionKey)));
			}
		});
		Map<String, String> answers = new LinkedHashMap<>();
		for (Question question : matrix.questions()) {
			String optionKey = raw.get(question.key());
			if (optionKey != null && question.option(optionKey).isPresent()) {
				answers.put(question.key(), optionKey);
			}
		}
		return new WizardAnswers(Collections.unmodifiableMap(answers), List.copyOf(unknown));
	}

	Optional<String> answer(String questionKey) {
		return Optional.ofNullable(this.answers.get(questionKey));
	}

	/** These answers with one question answered differently (null: unanswered). */
	Map<String, String> with(String questionKey, String optionKey) {
		Map<String, String> changed = new LinkedHashMap<>(this.answers);
		if (optionKey == null) {
			changed.remove(questionKey);
		}
		else {
			changed.put(questionKey, optionKey);
		}
		return changed;
	}

	private static String echo(String value) {
		if (value == null) {
			return "";
		}
		return (value.length() > MAX_ECHO) ? value.substring(0, MAX_ECHO) + "…" : value;
	}

	/**
	 * A parameter that is not an answer of this matrix.
	 *
	 * @param question the parameter name (the question key)
	 * @param questionLabel the question's label, or null when there is no such question
	 * @param option the value given
	 */
	record Unknown(String question, String questionLabel, String option) {

		public boolean unknownQuestion() {
			return this.questionLabel == null;
		}

	}

}
