package io.frameworkadvisor.admin.matrix;

import java.util.LinkedHashMap;
import java.util.Map;

import io.frameworkadvisor.recommendation.MatrixNotPublishedException;
import io.frameworkadvisor.recommendation.MatrixPublisher;
import io.frameworkadvisor.recommendation.RecommendationService;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.Recommendation;
import io.frameworkadvisor.recommendation.engine.RecommendationEngine;

import org.springframework.stereotype.Component;

/**
 * What a sample set of answers would recommend on the draft (as it would be published
 * now) next to what the latest published version recommends for the same answers: the
 * same engine on both, so the preview is what readers will get.
 */
@Component
class DraftPreview {

	private final MatrixPublisher publisher;

	private final RecommendationService recommendations;

	DraftPreview(MatrixPublisher publisher, RecommendationService recommendations) {
		this.publisher = publisher;
		this.recommendations = recommendations;
	}

	/**
	 * @param result null when the matrix has no candidates (or, published, no version)
	 */
	record Side(DecisionMatrix matrix, Recommendation result) {
	}

	record Preview(Map<String, String> answers, Side draft, Side published) {
	}

	Preview preview(String topicKey, Map<String, String> answers) {
		DecisionMatrix draft = this.publisher.draft(topicKey);
		DecisionMatrix published;
		try {
			published = this.recommendations.latestMatrix(topicKey);
		}
		catch (MatrixNotPublishedException ex) {
			published = null;
		}
		return new Preview(answers, side(draft, answers), side(published, answers));
	}

	private static Side side(DecisionMatrix matrix, Map<String, String> answers) {
		if (matrix == null || matrix.candidates().isEmpty()) {
			return new Side(matrix, null);
		}
		// a question or option added (or removed) since the other version simply does not
		// count here
		Map<String, String> known = new LinkedHashMap<>();
		answers.forEach((question, option) -> matrix.question(question)
			.flatMap(q -> q.option(option))
			.ifPresent(o -> known.put(question, option)));
		return new Side(matrix, RecommendationEngine.of(matrix).recommend(known));
	}

}
