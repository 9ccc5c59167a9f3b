package io.frameworkadvisor.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.evidence.EvidenceImporter;
import io.frameworkadvisor.evidence.SourceFile;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset list costs the same few SQL statements however many datasets a topic has
 * (no N+1). Hibernate's statistics are switched on only here; this context (and its
 * database, which the test adds datasets to) is thrown away afterwards.
 */
@WebTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@DirtiesContext
class DatasetApiQueryCountTest {

	private static final String TOPIC = "python-web-frameworks";

	/**
	 * Topic, datasets with sources, candidates, measurements, stacks, claim counts.
	 */
	private static final long STATEMENTS = 6;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EvidenceImporter importer;

	@Autowired
	JsonMapper jsonMapper;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void listingDatasetsTakesAFixedNumberOfStatementsWhateverTheirNumber() {
		long seeded = statementsToListDatasets(3);
		this.importer.importSourceFile(TOPIC, "query-count.json", sourceWithDatasets(20));
		long moreDatasets = statementsToListDatasets(23);

		assertThat(seeded).isLessThanOrEqualTo(STATEMENTS);
		assertThat(moreDatasets).isEqualTo(seeded);
	}

	private long statementsToListDatasets(int expectedDatasets) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(this.mvc.get().uri("/api/v1/topics/{topic}/datasets", TOPIC)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(expectedDatasets);
		return statistics.getPrepareStatementCount();
	}

	/**
	 * A source with {@code count} datasets, each with a stack and a measurement for every
	 * candidate.
	 */
	private byte[] sourceWithDatasets(int count) {
		List<String> candidates = List.of("fastapi", "django", "flask");
		List<SourceFile.DatasetEntry> datasets = IntStream.rangeClosed(1, count)
			.mapToObj((n) -> new SourceFile.DatasetEntry("query-count-" + n, "Generated dataset " + n, null, null, null,
					null, null, null, null, null, "Generated for a test.", null,
					Map.of("fastapi", "uvicorn", "django", "gunicorn", "flask", "gunicorn"),
					candidates.stream()
						.map((candidate) -> new SourceFile.MeasurementEntry(candidate, "memory", "steady_state",
								"Idle process", null, BigDecimal.valueOf(n), null, false, "MB", "Memory " + n + " MB",
								null))
						.toList()))
			.toList();
		SourceFile file = new SourceFile(TOPIC, new SourceFile.SourceEntry("query-count-source", "Generated source",
				null, null, null, null, null, null, null), datasets, List.of());
		return this.jsonMapper.writeValueAsBytes(file);
	}

}
