package io.frameworkadvisor.wizard;

import java.util.Map;

/**
 * The review page's form: the topic and the answers, posted as {@code answers[question]
 * = option}.
 */
record RecommendationForm(String topic, Map<String, String> answers) {

	String topicOrDefault() {
		return (this.topic != null && !this.topic.isBlank()) ? this.topic : WizardLinks.DEFAULT_TOPIC;
	}

	Map<String, String> answersOrNone() {
		return (this.answers != null) ? this.answers : Map.of();
	}

}
