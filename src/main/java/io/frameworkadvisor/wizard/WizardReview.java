package io.frameworkadvisor.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Option;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;
import io.frameworkadvisor.wizard.WizardAnswers.Unknown;

/**
 * The review page: every question with its answer (or none) and a link to change it, the
 * answers to submit, and what did not fit: ignored parameters of the address, or errors
 * of a submitted form.
 *
 * @param answers the answers the form submits (only those that fit the matrix)
 * @param unknown answers that do not fit the matrix
 * @param submitted whether a submitted form is shown again: what does not fit is then an
 * error shown at its question, else a note that it was ignored
 */
record WizardReview(String topic, boolean defaultTopic, String topicName, List<Row> rows, Map<String, String> answers,
		List<Unknown> unknown, boolean submitted) {

	static WizardReview of(String topic, DecisionMatrix matrix, WizardAnswers answers, boolean submitted) {
		List<Row> rows = new ArrayList<>();
		List<Question> questions = matrix.questions();
		for (int i = 0; i < questions.size(); i++) {
			Question question = questions.get(i);
			String label = answers.answer(question.key()).flatMap(question::option).map(Option::label).orElse(null);
			Unknown error = answers.unknown()
				.stream()
				.filter(unknown -> submitted && unknown.question().equals(question.key()))
				.findFirst()
				.orElse(null);
			rows.add(new Row(i + 1, question.key(), question.label(), label,
					WizardLinks.step(topic, answers.answers(), i + 1), error));
		}
		return new WizardReview(topic, WizardLinks.DEFAULT_TOPIC.equals(topic), matrix.topicName(), rows,
				answers.answers(), answers.unknown(), submitted);
	}

	public boolean hasProblems() {
		return !this.unknown.isEmpty();
	}

	/** Answers to questions the matrix does not have (listed only in the summary). */
	public List<Unknown> unknownQuestions() {
		return this.unknown.stream().filter(Unknown::unknownQuestion).toList();
	}

	public String restartUrl() {
		return WizardLinks.step(this.topic, Map.of(), 1);
	}

	public long answered() {
		return this.rows.stream().filter(row -> row.answer() != null).count();
	}

	/**
	 * @param answer the chosen option's label, or null when unanswered
	 * @param error the unknown option given for this question, if any
	 */
	record Row(int number, String question, String label, String answer, String changeUrl, Unknown error) {
	}

}
