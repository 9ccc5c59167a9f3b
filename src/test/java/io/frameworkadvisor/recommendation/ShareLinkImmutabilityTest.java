package io.frameworkadvisor.recommendation;

import java.util.Map;

import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.recommendation.RecommendationService.Shared;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A share link keeps showing the result it was created with after a changed matrix is
 * published, and then says that the newer version answers differently. Publishes a
 * version 2, so it runs on a database of its own (a context of its own, closed
 * afterwards) instead of the one the other tests share.
 */
@WebTest
@TestPropertySource(properties = { "advisor.test.database=share-link-immutability", "advisor.page-cache.enabled=true" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShareLinkImmutabilityTest {

	private static final String TOPIC = "python-web-frameworks";

	private static final Map<String, String> ANSWERS = Map.of("service_kind", "fullstack_app", "admin_needs", "must");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	MatrixPublisher publisher;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOldLinkShowsItsVersionOneResultAndSaysThatANewerVersionAnswersDifferently() {
		Shared created = this.recommendations.recommend(TOPIC, ANSWERS);
		assertThat(created.result().winner()).isEqualTo("django");
		String etagBefore = this.mvc.get()
			.uri("/r/{id}", created.id())
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);

		// Version 2: Django's admin falls below the must-have, Flask's rises above it.
		setAdminScore("django", 5);
		setAdminScore("flask", 7);
		assertThat(this.publisher.publish(TOPIC, "Admin scores revised", "test").getNumber()).isEqualTo(2);
		assertThat(this.recommendations.recommend(TOPIC, ANSWERS).result().winner()).isEqualTo("flask");

		MvcTestResult page = this.mvc.get().uri("/r/{id}", created.id()).exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("<span class=\"result-winner__name\">Django</span>")
			.contains("Decision matrix version 1, published")
			.contains("A newer version answers differently")
			.contains(
					"Version 2 of the decision matrix has been published since this result was computed, and for the same answers it recommends Flask instead of Django.")
			.contains("href=\"/wizard/review?service_kind=fullstack_app&amp;admin_needs=must\"")
			.contains("Re-run these answers on version 2")
			// the version-1 scores, not the new ones
			.containsSubsequence("class=\"result-rank__name\">Django<", "10 of 10");
		assertThat(page.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etagBefore).contains("-v2-");
		assertThat(this.recommendations.find(created.id()).result()).isEqualTo(created.result());
	}

	private void setAdminScore(String candidate, int value) {
		int updated = this.jdbc.update("""
				update score set value = ? where mode = 'judgement'
				and candidate_id = (select c.id from candidate c join topic t on t.id = c.topic_id
				                    where t.key = ? and c.key = ?)
				and criterion_id = (select cr.id from criterion cr join topic t on t.id = cr.topic_id
				                    where t.key = ? and cr.key = 'admin')""", value, TOPIC, candidate, TOPIC);
		assertThat(updated).isEqualTo(1);
	}

}
