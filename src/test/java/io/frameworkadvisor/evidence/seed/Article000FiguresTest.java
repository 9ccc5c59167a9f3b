package io.frameworkadvisor.evidence.seed;

import io.frameworkadvisor.DatabaseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Independent second transcription of "FastAPI 0.115 vs Django 5.2 vs Flask 3.0 in 2026:
 * Real-World Benchmarks, Tradeoffs, and When to Choose Each" (seed file
 * {@code 000_e4b4396c4dfe83bc.txt}). Expected figures were read from the article, not
 * from the seed JSON.
 */
@DatabaseTest
class Article000FiguresTest {

	private static final String SEED_FILE = "000_e4b4396c4dfe83bc.txt";

	@Autowired
	SeedFigures seedFigures;

	@Test
	void everyFigureOfTheArticleIsStoredExactly() {
		assertThat(this.seedFigures.forSeedFile(SEED_FILE)).containsExactlyInAnyOrder(
				// Results table, row "JSON echo (p95 latency) 3.2 ms 7.8 ms 11.4 ms"
				SeedFigure.of("fastapi", "latency_p95", "p95", "3.2", null, "ms"),
				SeedFigure.of("django", "latency_p95", "p95", "7.8", null, "ms"),
				SeedFigure.of("flask", "latency_p95", "p95", "11.4", null, "ms"),
				// Results table, row "DB read (50 users, p95) 14.1 ms 22.7 ms 33.9 ms"
				// (restated in prose as "Django’s 22.7 ms DB read" and "FastAPI’s 14.1
				// ms":
				// same figures, not separate measurements)
				SeedFigure.of("fastapi", "latency_p95", "p95", "14.1", null, "ms"),
				SeedFigure.of("django", "latency_p95", "p95", "22.7", null, "ms"),
				SeedFigure.of("flask", "latency_p95", "p95", "33.9", null, "ms"),
				// Results table, row "Async I/O (mock 200ms external call) 204 ms 218 ms
				// 287 ms
				// (sync worker blocking)" (no statistic stated)
				SeedFigure.of("fastapi", "latency", "unspecified", "204", null, "ms"),
				SeedFigure.of("django", "latency", "unspecified", "218", null, "ms"),
				SeedFigure.of("flask", "latency", "unspecified", "287", null, "ms"),
				// Results table, row "RAM at steady state (MB) 48 MB 92 MB 76 MB"
				// (restated in "If Django uses 92 MB but your container limit is 128 MB")
				SeedFigure.of("fastapi", "memory", "unspecified", "48", null, "MB"),
				SeedFigure.of("django", "memory", "unspecified", "92", null, "MB"),
				SeedFigure.of("flask", "memory", "unspecified", "76", null, "MB"),
				// Results table, row "Cold start (first request) 182 ms 341 ms 256 ms"
				SeedFigure.of("fastapi", "cold_start", "unspecified", "182", null, "ms"),
				SeedFigure.of("django", "cold_start", "unspecified", "341", null, "ms"),
				SeedFigure.of("flask", "cold_start", "unspecified", "256", null, "ms"));
	}

	@Test
	void keyRelativeAndVagueFiguresAreKeptAsClaims() {
		// "In my experience, these deltas hold up at 5K+ RPS — but only if you leverage
		// each framework’s native model."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("these deltas hold up at 5K+ RPS"));
		// "Flask’s higher latency here stems from lack of built-in async DB drivers in
		// its
		// ecosystem ..."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE)).anySatisfy((quote) -> assertThat(quote)
			.contains("Flask’s higher latency here stems from lack of built-in async DB drivers"));
		// "I found that FastAPI’s automatic OpenAPI generation ... saved ~3
		// engineer-weeks/year in documentation drift ..."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("saved ~3 engineer-weeks/year"));
		// "It has no templating engine, no admin interface, no auth flows, and no
		// migration
		// tooling."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("no templating engine, no admin interface"));
		// "... and django-allauth (v0.65.0) handled OAuth2 with GitHub, Google, and
		// custom
		// providers in under an hour."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("custom providers in under an hour"));
	}

}
