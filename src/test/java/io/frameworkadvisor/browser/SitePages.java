package io.frameworkadvisor.browser;

import java.util.List;
import java.util.Map;

import io.frameworkadvisor.recommendation.RecommendationService;
import io.frameworkadvisor.recommendation.SeedScenarios;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every kind of page of the app, by one address each, for the checkers that look at all
 * of them (HTML validity, accessibility). Pages that need an id get one from the seeded
 * topic; nothing is changed.
 */
final class SitePages {

	static final String TOPIC = "python-web-frameworks";

	static final String DATASET = "serverless-cold-starts-lambda-cloud-run";

	static final String SOURCE = "bytepulse-30-day-benchmark-2026";

	/** The addresses that answer with an error page, and their status. */
	static final Map<String, Integer> ERROR_PAGES = Map.of("/no/such/page", 404, FailingEndpoints.SERVER_ERROR, 500,
			FailingEndpoints.DATABASE_DOWN, 503);

	private SitePages() {
	}

	/** The status a page of these lists answers with. */
	static int expectedStatus(String path) {
		return ERROR_PAGES.getOrDefault(path, 200);
	}

	/** Pages anyone can open, including the error pages. */
	static List<String> publicPages(ApplicationContext context) {
		String result = context.getBean(RecommendationService.class)
			.recommend(TOPIC, SeedScenarios.EXISTING_DJANGO_SHOP_ADDING_AI_ENDPOINTS)
			.id();
		return List.of("/", "/wizard", "/wizard?step=2&service_kind=ai_backend",
				"/wizard?step=12&service_kind=ai_backend&admin_needs=must",
				"/wizard?service_kind=no_such_option&nonsense=1", "/wizard/review",
				"/wizard/review?service_kind=fullstack_app&admin_needs=must&realtime=streaming", "/r/" + result,
				"/matrix", "/compare", "/method", "/evidence", "/evidence/" + DATASET, "/evidence/sources/" + SOURCE,
				"/evidence/topics/" + TOPIC + "/metrics/cold_start", "/evidence/topics/" + TOPIC + "/metrics/memory",
				"/login", "/login?error", "/no/such/page", FailingEndpoints.SERVER_ERROR,
				FailingEndpoints.DATABASE_DOWN);
	}

	/** Pages of the editors' area; they need a signed-in administrator. */
	static List<String> adminPages(ApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		long user = jdbc.queryForObject("select min(id) from app_user", Long.class);
		long measurement = jdbc.queryForObject(
				"select min(m.id) from measurement m join dataset d on d.id = m.dataset_id where d.slug = ?",
				Long.class, DATASET);
		return List.of("/admin", "/admin/users", "/admin/users/" + user, "/admin/audit",
				"/admin/topics/" + TOPIC + "/draft", "/admin/topics/" + TOPIC + "/sources",
				"/admin/topics/" + TOPIC + "/sources/new", "/admin/sources/" + SOURCE,
				"/admin/sources/" + SOURCE + "/datasets/new", "/admin/datasets/" + DATASET,
				"/admin/datasets/" + DATASET + "/measurements/new",
				"/admin/datasets/" + DATASET + "/measurements/" + measurement, "/admin/topics/" + TOPIC + "/import",
				"/admin/import", "/admin/topics", "/admin/topics/" + TOPIC,
				"/admin/topics/" + TOPIC + "/candidates/new", "/admin/topics/" + TOPIC + "/candidates/fastapi",
				"/admin/topics/" + TOPIC + "/criteria/new", "/admin/topics/" + TOPIC + "/criteria/cold_start",
				"/admin/topics/" + TOPIC + "/metrics/new", "/admin/topics/" + TOPIC + "/metrics/cold_start",
				"/admin/topics/" + TOPIC + "/matrix", "/admin/topics/" + TOPIC + "/matrix/fastapi/cold_start",
				"/admin/topics/" + TOPIC + "/matrix/django/admin", "/admin/topics/" + TOPIC + "/questions",
				"/admin/topics/" + TOPIC + "/questions?service_kind=ai_backend&admin_needs=must",
				"/admin/topics/" + TOPIC + "/questions/service_kind",
				"/admin/topics/" + TOPIC + "/questions/service_kind/options/ai_backend",
				"/admin/topics/" + TOPIC + "/questions/service_kind/options/new");
	}

}
