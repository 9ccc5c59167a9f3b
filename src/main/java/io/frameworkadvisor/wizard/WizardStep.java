package io.frameworkadvisor.wizard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;
import io.frameworkadvisor.wizard.WizardAnswers.Unknown;

/**
 * One step of the wizard as the page shows it: the question, which option is chosen, the
 * other answers to carry along, and where Back, Next and Skip lead.
 *
 * @param number the step, from 1
 * @param otherAnswers the answers to every other question (hidden fields of the form)
 * @param previous the previous step, or null on the first
 * @param next the next step, or null on the last (Next then leads to the review)
 * @param skipUrl the next step (or the review) with this question left unanswered
 * @param unknown parameters of the address that were ignored
 */
record WizardStep(String topic, boolean defaultTopic, String topicName, int number, int total, Question question,
		String selected, Map<String, String> otherAnswers, Integer previous, Integer next, String skipUrl,
		List<Unknown> unknown, int answered) {

	static WizardStep of(String topic, DecisionMatrix matrix, WizardAnswers answers, String step) {
		int total = matrix.questions().size();
		int number = number(matrix, step);
		Question question = matrix.questions().get(number - 1);
		Map<String, String> others = new LinkedHashMap<>(answers.answers());
		others.remove(question.key());
		Integer next = (number < total) ? number + 1 : null;
		Map<String, String> skipped = answers.with(question.key(), null);
		String skipUrl = (next != null) ? WizardLinks.step(topic, skipped, next) : WizardLinks.review(topic, skipped);
		return new WizardStep(topic, WizardLinks.DEFAULT_TOPIC.equals(topic), matrix.topicName(), number, total,
				question, answers.answers().get(question.key()), others, (number > 1) ? number - 1 : null, next,
				skipUrl, answers.unknown(), answers.answers().size());
	}

	/**
	 * The step a {@code step} parameter asks for: a number (kept within the questions) or
	 * a question key; anything else starts at the first step.
	 */
	static int number(DecisionMatrix matrix, String step) {
		int total = matrix.questions().size();
		if (step == null || step.isBlank()) {
			return 1;
		}
		try {
			return Math.max(1, Math.min(total, Integer.parseInt(step.strip())));
		}
		catch (NumberFormatException ex) {
			for (int i = 0; i < total; i++) {
				if (matrix.questions().get(i).key().equals(step)) {
					return i + 1;
				}
			}
			return 1;
		}
	}

	/** Whether this is the last question (Next then leads to the review). */
	public boolean last() {
		return this.next == null;
	}

}
