package io.frameworkadvisor.evidence.seed;

import io.frameworkadvisor.DatabaseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Independent second transcription of "FastAPI vs Django vs Flask: What I Actually Use
 * After Testing All Three in 2026" (seed file {@code 003_d4504355c6b94d70.article.txt}).
 * Expected figures were read from the article, not from the seed JSON.
 */
@DatabaseTest
class Article003FiguresTest {

	private static final String SEED_FILE = "003_d4504355c6b94d70.article.txt";

	@Autowired
	SeedFigures seedFigures;

	@Test
	void everyFigureOfTheArticleIsStoredExactly() {
		// The article gives no absolute per-candidate value with a unit: its figures are
		// relative ("8x fewer workers", "5-10x faster serialization"), about development
		// effort ("Within three hours", "80% of it"), or describe the workload ("50
		// concurrent users", "5-30 seconds" for LLM API calls).
		assertThat(this.seedFigures.forSeedFile(SEED_FILE)).isEmpty();
	}

	@Test
	void keyRelativeAndVagueFiguresAreKeptAsClaims() {
		// "The async FastAPI version handled it with roughly 8x fewer workers than an
		// equivalent synchronous Flask setup."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("8x fewer workers"));
		// "With Pydantic v2 as the validation layer, you’re getting roughly 5-10x faster
		// serialization compared to v1 — and FastAPI leans into this hard."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("5-10x faster serialization"));
		// "Within three hours I had a fully functional internal interface with filtering,
		// search, CSV export, and per-row permission controls."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE)).anySatisfy((quote) -> assertThat(quote)
			.contains("Within three hours I had a fully functional internal interface"));
		// "Django gives you 80% of it for free with ModelAdmin configuration."
		assertThat(this.seedFigures.claimQuotes(SEED_FILE))
			.anySatisfy((quote) -> assertThat(quote).contains("Django gives you 80% of it for free"));
	}

}
