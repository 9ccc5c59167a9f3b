package io.frameworkadvisor.evidence.seed;

import io.frameworkadvisor.DatabaseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Independent second transcription of the FastAPI vs Django vs Flask 2026 speed benchmark
 * (seed file {@code 001_bf889f0feb02b102.txt}). Expected figures were read from the
 * article, not from the seed JSON.
 */
@DatabaseTest
class Article001FiguresTest {

	private static final String SEED_FILE = "001_bf889f0feb02b102.txt";

	@Autowired
	SeedFigures seedFigures;

	@Test
	void everyFigureOfTheArticleIsStoredExactly() {
		assertThat(this.seedFigures.forSeedFile(SEED_FILE)).containsExactlyInAnyOrder(
				// Benchmark Methodology table, row "| Requests / second (avg) | 8,520 |
				// 2,190 |
				// 1,090 |" (columns FastAPI, Flask, Django). The "~8,500 / ~1,100 /
				// ~2,200 req/s"
				// of the comparison table and the prose only restate these rounded.
				SeedFigure.of("fastapi", "throughput_mean", "mean", "8520", null, "req/s"),
				SeedFigure.of("flask", "throughput_mean", "mean", "2190", null, "req/s"),
				SeedFigure.of("django", "throughput_mean", "mean", "1090", null, "req/s"),
				// Benchmark Methodology table, row "| P99 Latency | 14ms | 52ms | 98ms |"
				SeedFigure.of("fastapi", "latency_p99", "p99", "14", null, "ms"),
				SeedFigure.of("flask", "latency_p99", "p99", "52", null, "ms"),
				SeedFigure.of("django", "latency_p99", "p99", "98", null, "ms"),
				// Benchmark Methodology table, row "| Memory (baseline) | 58 MB | 72 MB |
				// 145 MB |"
				SeedFigure.of("fastapi", "memory", "unspecified", "58", null, "MB"),
				SeedFigure.of("flask", "memory", "unspecified", "72", null, "MB"),
				SeedFigure.of("django", "memory", "unspecified", "145", null, "MB"),
				// Benchmark Methodology table, row "| Cold Start Time | 0.7s | 0.9s |
				// 2.4s |"
				SeedFigure.of("fastapi", "cold_start", "unspecified", "0.7", null, "s"),
				SeedFigure.of("flask", "cold_start", "unspecified", "0.9", null, "s"),
				SeedFigure.of("django", "cold_start", "unspecified", "2.4", null, "s"),
				// Benchmark Methodology table, row "| DB-backed endpoint req/s | 4,200 |
				// 980 | 620 |"
				// (unlike the first row, no "(avg)": statistic not stated)
				SeedFigure.of("fastapi", "throughput", "unspecified", "4200", null, "req/s"),
				SeedFigure.of("flask", "throughput", "unspecified", "980", null, "req/s"),
				SeedFigure.of("django", "throughput", "unspecified", "620", null, "req/s"),
				// "Even with async Django (ASGI mode via Daphne), we measured only ~2,800
				// req/s —
				// still 3× slower than FastAPI."
				SeedFigure.of("django", "throughput", "unspecified", "2800", null, "req/s"));
	}

	@Test
	void keyRelativeAndVagueFiguresAreKeptAsClaims() {
		// "That’s a 7–8× performance gap between FastAPI and Django on equivalent
		// hardware."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("7–8× performance gap"));
		// "... we measured only ~2,800 req/s — still 3× slower than FastAPI."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("still 3× slower than FastAPI"));
		// "FastAPI’s async model means you handle 7× more traffic on the same hardware —
		// translating directly to lower AWS/GCP bills at scale."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("7× more traffic on the same hardware"));
		// FAQ: "FastAPI consistently served 7–8× more requests per second than Django on
		// identical hardware ..."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("7–8× more requests per second than Django"));
		// FastAPI pros list: "Lightweight footprint — spins up in <1 second in
		// containers"
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("spins up in <1 second in containers"));
		// FAQ: "its Docker images are small and cold-start times are under 1 second, ..."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("cold-start times are under 1 second"));
	}

}
