package io.frameworkadvisor.admin.evidence;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.frameworkadvisor.Application;
import io.frameworkadvisor.DatabaseTest;
import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.evidence.TopicTransfer;
import io.frameworkadvisor.recommendation.MatrixPublisher;
import io.frameworkadvisor.recommendation.RecommendationService;
import io.frameworkadvisor.recommendation.SeedScenarios;
import io.frameworkadvisor.recommendation.engine.Recommendation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance round trip: the seeded topic, exported by an editor, imported
 * into a second install that starts empty and published there, answers every seed
 * scenario exactly as the seeded install does; and exporting it again gives the same
 * document.
 */
@WebTest
class TopicRoundTripTest {

	private static final String TOPIC = "python-web-frameworks";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RecommendationService recommendations;

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void theSeededTopicExportedAndImportedIntoAnEmptyInstallRecommendsTheSame() {
		MvcTestResult export = this.mvc.get().uri("/admin/topics/{topic}/export", TOPIC).exchange();
		assertThat(export).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		assertThat(export).headers()
			.hasValue("Content-Disposition", "attachment; filename=\"" + TOPIC + "-export.json\"");
		byte[] document = export.getResponse().getContentAsByteArray();
		Map<String, List<Ranking>> here = answers(this.recommendations);

		try (ConfigurableApplicationContext empty = emptyInstall()) {
			JdbcTemplate jdbc = empty.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from topic", Integer.class)).isZero();
			TopicTransfer transfer = empty.getBean(TopicTransfer.class);
			TopicTransfer.ImportedTopic imported = transfer.importTopic(TOPIC + "-export.json", document, "test");
			assertThat(imported.topicKey()).isEqualTo(TOPIC);
			assertThat(imported.measurements()).isEqualTo(32);
			empty.getBean(MatrixPublisher.class).publish(TOPIC, "Imported", "test");

			assertThat(answers(empty.getBean(RecommendationService.class))).isEqualTo(here);
			String again = empty.getBean(tools.jackson.databind.json.JsonMapper.class)
				.writerWithDefaultPrettyPrinter()
				.writeValueAsString(transfer.export(TOPIC)) + "\n";
			assertThat(again).isEqualTo(new String(document, StandardCharsets.UTF_8));
		}
	}

	/**
	 * A second install on a throwaway database of its own, without the seed. Command-line
	 * arguments, because they override application.properties (default properties do
	 * not).
	 */
	private static ConfigurableApplicationContext emptyInstall() {
		return new SpringApplicationBuilder(Application.class).run("--advisor.seed.enabled=false",
				"--advisor.data-dir=", "--advisor.page-cache.enabled=false",
				"--advisor.admin.password=" + DatabaseTest.ADMIN_PASSWORD, "--server.port=0",
				"--spring.jmx.enabled=false");
	}

	/** Winner and ranking (candidate, score) of every seed scenario. */
	private static Map<String, List<Ranking>> answers(RecommendationService recommendations) {
		Map<String, List<Ranking>> answers = new TreeMap<>();
		SeedScenarios.ALL.forEach((name, scenario) -> {
			Recommendation result = recommendations.recommend(TOPIC, scenario).result();
			List<Ranking> ranking = new java.util.ArrayList<>();
			ranking.add(new Ranking("winner: " + result.winner(), 0));
			result.ranking().forEach(row -> ranking.add(new Ranking(row.candidate(), row.score())));
			answers.put(name, ranking);
		});
		assertThat(answers).hasSize(SeedScenarios.ALL.size());
		return answers;
	}

	private record Ranking(String candidate, double score) {
	}

}
