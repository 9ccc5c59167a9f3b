package io.frameworkadvisor.recommendation;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The situations the seed articles describe in their if/then guides and verdict tables,
 * as wizard answers: {@link ArticleScenariosTest} checks the seeded matrix against them,
 * the export/import round trip that both installs answer them alike.
 */
public final class SeedScenarios {

	public static final Map<String, String> AI_AGENT_WITH_SLOW_LLM_CALLS_AND_STREAMING = Map.of("service_kind",
			"ai_backend", "io_profile", "external_waits", "concurrency", "high", "realtime", "streaming");

	public static final Map<String, String> SAAS_WITH_COMPLEX_DATA_ROLES_AND_ADMIN = Map.of("service_kind",
			"fullstack_app", "domain_complexity", "complex_relational", "auth_model", "browser_sessions_roles",
			"admin_needs", "must", "team", "large_mixed");

	public static final Map<String, String> WEBHOOK_GLUE_SERVICE = Map.of("service_kind", "glue_service", "concurrency",
			"low", "auth_model", "shared_secret");

	public static final Map<String, String> MOBILE_JSON_API_WITH_OPENAPI_AND_TOKENS = Map.of("service_kind", "json_api",
			"api_contract", "openapi_required", "auth_model", "api_tokens", "deployment", "containers");

	public static final Map<String, String> FULL_STACK_APP_WITH_ADMIN = Map.of("service_kind", "fullstack_app",
			"admin_needs", "must", "auth_model", "browser_sessions_roles");

	public static final Map<String, String> SMALL_INTERNAL_TOOL_FOR_A_TEAM_LEARNING_PYTHON = Map.of("service_kind",
			"glue_service", "concurrency", "low", "deployment", "vm", "admin_needs", "none", "team", "learning");

	public static final Map<String, String> HIGH_TRAFFIC_API = Map.of("service_kind", "json_api", "concurrency", "high",
			"deployment", "containers");

	public static final Map<String, String> MODEL_ENDPOINT = Map.of("service_kind", "model_endpoint");

	public static final Map<String, String> EXISTING_DJANGO_SHOP_ADDING_AI_ENDPOINTS = Map.of("existing_stack",
			"django", "service_kind", "ai_backend", "io_profile", "external_waits", "admin_needs", "must", "auth_model",
			"browser_sessions_roles");

	public static final Map<String, String> SERVERLESS_COLD_STARTS = Map.of("deployment", "serverless");

	/** Every scenario by name. */
	public static final Map<String, Map<String, String>> ALL = Map.ofEntries(
			entry("ai_agent_with_slow_llm_calls_and_streaming", AI_AGENT_WITH_SLOW_LLM_CALLS_AND_STREAMING),
			entry("saas_with_complex_data_roles_and_admin", SAAS_WITH_COMPLEX_DATA_ROLES_AND_ADMIN),
			entry("webhook_glue_service", WEBHOOK_GLUE_SERVICE),
			entry("mobile_json_api_with_openapi_and_tokens", MOBILE_JSON_API_WITH_OPENAPI_AND_TOKENS),
			entry("full_stack_app_with_admin", FULL_STACK_APP_WITH_ADMIN),
			entry("small_internal_tool_for_a_team_learning_python", SMALL_INTERNAL_TOOL_FOR_A_TEAM_LEARNING_PYTHON),
			entry("high_traffic_api", HIGH_TRAFFIC_API), entry("model_endpoint", MODEL_ENDPOINT),
			entry("existing_django_shop_adding_ai_endpoints", EXISTING_DJANGO_SHOP_ADDING_AI_ENDPOINTS),
			entry("serverless_cold_starts", SERVERLESS_COLD_STARTS));

	private SeedScenarios() {
	}

}
