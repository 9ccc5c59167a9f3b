package io.frameworkadvisor.evidence.seed;

import io.frameworkadvisor.DatabaseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Independent second transcription of "The 2026 Python Web Landscape" long-form guide
 * (seed file {@code 002_122f1f7482b3ac3f.txt}). Expected figures were read from the
 * article, not from the seed JSON.
 */
@DatabaseTest
class Article002FiguresTest {

	private static final String SEED_FILE = "002_122f1f7482b3ac3f.txt";

	@Autowired
	SeedFigures seedFigures;

	@Test
	void everyFigureOfTheArticleIsStoredExactly() {
		assertThat(this.seedFigures.forSeedFile(SEED_FILE)).containsExactlyInAnyOrder(
				// 5.3 "FastAPI with Mangum": "In practice, FastAPI cold starts often land
				// in the
				// 120–200ms range."
				SeedFigure.of("fastapi", "cold_start", "unspecified", "120", "200", "ms"));
	}

	@Test
	void keyRelativeAndVagueFiguresAreKeptAsClaims() {
		// 5.2: "Under high concurrency, this leads to: - 5–10× higher memory usage, ..."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("5–10× higher memory usage"));
		// 5.3: "A small Flask app often boots in tens of milliseconds on AWS Lambda."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("tens of milliseconds"));
		// 5.3: "Cold starts of several hundred milliseconds—or more—are common."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("several hundred milliseconds—or more"));
		// 5.3: "Flask consistently starts faster than the other two frameworks."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE)).anySatisfy((quote) -> assertThat(quote)
			.contains("Flask consistently starts faster than the other two frameworks"));
		// 5.1: "Differences between Python frameworks are real, but they are measured in
		// milliseconds, not orders of magnitude."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("measured in milliseconds, not orders of magnitude"));
		// 5.1 "Latency Overhead in Context": "FastAPI < Flask < Django (DRF)"
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("FastAPI < Flask < Django (DRF)"));
	}

}
