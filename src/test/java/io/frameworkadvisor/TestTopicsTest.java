package io.frameworkadvisor;

import java.util.Map;

import io.frameworkadvisor.recommendation.RecommendationService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class TestTopicsTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	RecommendationService recommendations;

	@Test
	void aCopyOfTheSeedAnswersLikeTheSeed() {
		Map<String, String> renamed = TestTopics.copyOfSeed(this.context, "copy-of-seed");

		assertThat(renamed).containsEntry("c6i-2xlarge-wrk2-1000rps", "c6i-2xlarge-wrk2-1000rps-copy-of-seed");
		Map<String, String> answers = Map.of("service_kind", "ai_backend", "admin_needs", "none");
		var copy = this.recommendations.recommend("copy-of-seed", answers);
		var seed = this.recommendations.recommend("python-web-frameworks", answers);
		assertThat(copy.matrix().version()).isEqualTo(1);
		assertThat(copy.result().ranking()).hasSameSizeAs(seed.result().ranking());
		assertThat(copy.result().winner()).isEqualTo(seed.result().winner());
	}

}
