package io.frameworkadvisor.recommendation.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CandidateInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Cell;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CellMode;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.CriterionInfo;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.MustHave;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Option;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Question;
import io.frameworkadvisor.recommendation.engine.Recommendation.FlipKind;
import io.frameworkadvisor.recommendation.engine.Recommendation.FlipPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The engine on a small hand-made matrix whose results can be checked by hand. */
class RecommendationEngineTest {

	// api: speed 10 / 4, admin 2 / 10
	private static final DecisionMatrix MATRIX = new DecisionMatrix(1, "t", "T", 1, Instant.EPOCH,
			List.of(new CandidateInfo("api", "Api"), new CandidateInfo("full", "Full")),
			List.of(new CriterionInfo("speed", "Speed", "", false, List
				.of()), new CriterionInfo("admin", "Admin", "", false, List.of())),
			List.of(cell("api", "speed", 10), cell("api", "admin", 2), cell("full", "speed", 4), cell("full", "admin",
					10)),
			List.of(new Question("load", "Load?", "",
					List.of(new Option("high", "High", null, Map.of("speed", 3.0), List.of(), ""),
							new Option("low", "Low", null, Map.of(), List.of(), ""))),
					new Question("backoffice", "Back office?", "",
							List.of(new Option("must", "Must", null, Map.of("admin", 2.0),
									List.of(new MustHave("admin", 6, "needs an admin")), ""),
									new Option("none", "None", null, Map.of(), List.of(), "")))),
			Map.of(), List.of());

	private static Cell cell(String candidate, String criterion, double score) {
		return new Cell(candidate, criterion, score, CellMode.JUDGEMENT, candidate + " on " + criterion, null,
				List.of("c1"), List.of());
	}

	private final RecommendationEngine engine = RecommendationEngine.of(MATRIX);

	@Test
	void scoreIsTheWeightedMeanOfTheAnsweredOptionsWeights() {
		Recommendation result = this.engine.recommend(Map.of("load", "high", "backoffice", "none"));
		assertThat(result.winner()).isEqualTo("api");
		assertThat(result.ranking()).extracting(Recommendation.Ranked::score).containsExactly(10.0, 4.0);
		assertThat(result.margin()).isEqualTo(6.0);
	}

	@Test
	void aMustHaveFailureIsRankedAndShownNotDropped() {
		// speed 3 × (10 vs 4), admin 2 × (2 vs 10): api 6.8, full 6.4, but api has no
		// usable admin.
		Recommendation result = this.engine.recommend(Map.of("load", "high", "backoffice", "must"));
		assertThat(result.winner()).isEqualTo("full");
		assertThat(result.ranking()).extracting(Recommendation.Ranked::candidate).containsExactly("full", "api");
		assertThat(result.ranking().get(1).mustHaveFailures()).singleElement().satisfies(failure -> {
			assertThat(failure.criterion()).isEqualTo("admin");
			assertThat(failure.score()).isEqualTo(2.0);
			assertThat(failure.minScore()).isEqualTo(6.0);
		});
	}

	@Test
	void flipPointsNameTheAnswerAndTheWeightThatWouldChangeTheWinner() {
		Recommendation result = this.engine.recommend(Map.of("load", "high", "backoffice", "must"));
		assertThat(result.flipPoints())
			.contains(new FlipPoint(FlipKind.ANSWER, "backoffice", "must", "none", null, null, "api"));
		// With a single weighted criterion no change of its weight (short of removing it)
		// changes the winner.
		Recommendation open = this.engine.recommend(Map.of("load", "high"));
		assertThat(open.flipPoints()).noneMatch(flip -> flip.kind() == FlipKind.WEIGHT);
	}

	@Test
	void theWeightFlipIsTheExactFactorAtWhichTheRunnerUpCatchesUp() {
		// api: (3·10 + 2·2)/5 = 6.8; full: (3·4 + 2·10)/5 = 6.4. Lead D = 3·6 - 2·8 = 2.
		// admin weight × f: 18 - 16 f = 0 at f = 1.125.
		DecisionMatrix noMustHave = new DecisionMatrix(1, "t", "T", 1, Instant.EPOCH, MATRIX.candidates(),
				MATRIX.criteria(), MATRIX.cells(),
				List.of(MATRIX.questions().get(0),
						new Question("backoffice", "Back office?", "",
								List.of(new Option("nice", "Nice", null, Map.of("admin", 2.0), List.of(), ""),
										new Option("none", "None", null, Map.of(), List.of(), "")))),
				Map.of(), List.of());
		Recommendation result = RecommendationEngine.of(noMustHave)
			.recommend(Map.of("load", "high", "backoffice", "nice"));
		assertThat(result.winner()).isEqualTo("api");
		assertThat(result.flipPoints()).filteredOn(flip -> flip.kind() == FlipKind.WEIGHT).anySatisfy(flip -> {
			assertThat(flip.criterion()).isEqualTo("admin");
			assertThat(flip.factor()).isCloseTo(1.13, within(0.01));
			assertThat(flip.newWinner()).isEqualTo("full");
		});
	}

	@Test
	void unknownKeysAreRejectedWithTheKey() {
		assertThatThrownBy(() -> this.engine.recommend(Map.of("colour", "red")))
			.isInstanceOfSatisfying(UnknownAnswerException.class, ex -> {
				assertThat(ex.question()).isEqualTo("colour");
				assertThat(ex.option()).isNull();
			});
		assertThatThrownBy(() -> this.engine.recommend(Map.of("load", "extreme")))
			.isInstanceOfSatisfying(UnknownAnswerException.class, ex -> assertThat(ex.option()).isEqualTo("extreme"));
	}

	@Test
	void noWeightedAnswerStillRanksButSaysItHasLittleToGoOn() {
		Recommendation result = this.engine.recommend(Map.of("load", "low"));
		assertThat(result.ranking()).hasSize(2);
		assertThat(result.confidenceFactors()).contains(Recommendation.ConfidenceFactor.FEW_ANSWERS);
	}

}
