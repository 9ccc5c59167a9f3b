package io.frameworkadvisor.recommendation;

import java.util.Map;

import io.frameworkadvisor.DatabaseTest;
import io.frameworkadvisor.recommendation.engine.Recommendation;
import io.frameworkadvisor.recommendation.engine.Recommendation.Confidence;
import io.frameworkadvisor.recommendation.engine.Recommendation.ConfidenceFactor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded matrix (version 1) against the situations the seed articles themselves
 * describe in their if/then guides and verdict tables: the winner must be the one the
 * articles recommend, and where the articles contradict each other the result must say so
 * instead of sounding certain.
 */
@DatabaseTest
class ArticleScenariosTest {

	private static final String TOPIC = "python-web-frameworks";

	@Autowired
	RecommendationService recommendations;

	private Recommendation recommend(Map<String, String> answers) {
		return this.recommendations.recommend(TOPIC, answers).result();
	}

	@Test
	void aiAgentWithSlowLlmCallsAndStreamingIsFastApi() {
		// 002 §8.1: "AI agent, RAG backend, or orchestration layer with long-lived
		// requests and heavy I/O → FastAPI"
		Recommendation result = recommend(SeedScenarios.AI_AGENT_WITH_SLOW_LLM_CALLS_AND_STREAMING);
		assertThat(result.winner()).isEqualTo("fastapi");
		assertThat(result.confidence()).isEqualTo(Confidence.HIGH);
		assertThat(result.reasons()).extracting(Recommendation.Reason::criterion).contains("io_concurrency");
		assertThat(result.ranking()).filteredOn(row -> row.candidate().equals("flask"))
			.singleElement()
			.satisfies(flask -> assertThat(flask.mustHaveFailures()).extracting(f -> f.criterion())
				.containsExactly("realtime"));
	}

	@Test
	void saasWithComplexDataRolesAndAdminIsDjango() {
		// 002 §8.1: "SaaS product with complex data models, permissions, and admin
		// workflows → Django"
		Recommendation result = recommend(SeedScenarios.SAAS_WITH_COMPLEX_DATA_ROLES_AND_ADMIN);
		assertThat(result.winner()).isEqualTo("django");
		assertThat(result.ranking()).filteredOn(row -> !row.candidate().equals("django"))
			.allSatisfy(row -> assertThat(row.mustHaveFailures()).extracting(f -> f.criterion()).contains("admin"));
	}

	@Test
	void webhookGlueServiceIsFlask() {
		// 000: "glue script, CLI tool, or integration layer ... → Flask 3.0"; 002 §8.1
		// "webhook handler ... → Flask"
		Recommendation result = recommend(SeedScenarios.WEBHOOK_GLUE_SERVICE);
		assertThat(result.winner()).isEqualTo("flask");
	}

	@Test
	void mobileJsonApiWithOpenApiAndTokensIsFastApi() {
		// 000: "internal API serving frontend or mobile clients, with strict SLAs and
		// clear schemas → FastAPI"
		Recommendation result = recommend(SeedScenarios.MOBILE_JSON_API_WITH_OPENAPI_AND_TOKENS);
		assertThat(result.winner()).isEqualTo("fastapi");
	}

	@Test
	void fullStackAppWithAdminIsDjango() {
		// 001 verdict: "Full-stack SaaS with admin panel and user management → Django"
		Recommendation result = recommend(SeedScenarios.FULL_STACK_APP_WITH_ADMIN);
		assertThat(result.winner()).isEqualTo("django");
		assertThat(result.confidence()).isEqualTo(Confidence.HIGH);
	}

	@Test
	void smallInternalToolForATeamLearningPythonIsFlask() {
		// 001: "Quick prototype or internal tool in a weekend → Flask"; "learning Python
		// web development → Flask"
		Recommendation result = recommend(SeedScenarios.SMALL_INTERNAL_TOOL_FOR_A_TEAM_LEARNING_PYTHON);
		assertThat(result.winner()).isEqualTo("flask");
	}

	@Test
	void highTrafficApiIsFastApi() {
		// 001 verdict: "High-traffic API with 10M+ daily requests → FastAPI"
		Recommendation result = recommend(SeedScenarios.HIGH_TRAFFIC_API);
		assertThat(result.winner()).isEqualTo("fastapi");
	}

	@Test
	void modelEndpointIsFastApi() {
		// 001 verdict: "Data science model API exposure → FastAPI" (its FAQ says Flask:
		// the sources disagree)
		Recommendation result = recommend(SeedScenarios.MODEL_ENDPOINT);
		assertThat(result.winner()).isEqualTo("fastapi");
	}

	@Test
	void existingDjangoShopAddingAiEndpointsGetsTheSplitTheSourcesRecommend() {
		// 002 §8.2 strangler fig / 001 FAQ: "Use Django for your admin interface ...
		// route high-throughput API
		// endpoints through a FastAPI service"
		Recommendation result = recommend(SeedScenarios.EXISTING_DJANGO_SHOP_ADDING_AI_ENDPOINTS);
		assertThat(result.split()).isNotNull();
		assertThat(java.util.List.of(result.split().primary(), result.split().secondary()))
			.containsExactlyInAnyOrder("django", "fastapi");
		assertThat(result.split().advice()).isNotEmpty();
	}

	@Test
	void serverlessColdStartsWhereTheSourcesContradictEachOtherIsNotCertain() {
		// 002 §8.1: "If cold-start time is critical (serverless, event-driven workloads)
		// → Flask",
		// while both measured datasets have FastAPI starting fastest.
		Recommendation result = recommend(SeedScenarios.SERVERLESS_COLD_STARTS);
		assertThat(result.confidence()).isNotEqualTo(Confidence.HIGH);
		assertThat(result.confidenceFactors()).contains(ConfidenceFactor.SOURCES_DISAGREE);
		assertThat(result.reasons()).filteredOn(reason -> reason.criterion().equals("cold_start"))
			.singleElement()
			.satisfies(reason -> assertThat(reason.disagreements()).isNotEmpty());
	}

}
