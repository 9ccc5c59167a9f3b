package io.frameworkadvisor.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The questions of a topic's latest published matrix version, as the JSON API returns
 * them. The weights are exposed on purpose: they are the method (also shown on
 * {@code /method}), and a client that explains a result needs them. The field names are a
 * public contract: add fields, never rename or remove them.
 */
@Schema(name = "Questions",
		description = "The workload-shape questions of a topic, from its latest published matrix version, "
				+ "with what each answer weighs.")
record QuestionsResponse(
		@Schema(requiredMode = REQUIRED, description = "Key of the topic.",
				example = "python-web-frameworks") String topic,
		@Schema(requiredMode = REQUIRED, example = "Python web frameworks (2026)") String topicName,
		@Schema(requiredMode = REQUIRED,
				description = "The published matrix version these questions and weights belong to; "
						+ "a recommendation made now is computed on it.",
				example = "1") int matrixVersion,
		@Schema(requiredMode = REQUIRED, description = "When that version was published.") Instant publishedAt,
		@Schema(requiredMode = REQUIRED,
				description = "The criteria the options weigh, in the matrix's order.") List<Criterion> criteria,
		@Schema(requiredMode = REQUIRED,
				description = "The questions in the order the wizard asks them. Every question is optional.") List<Question> questions) {

	static QuestionsResponse of(DecisionMatrix matrix) {
		return new QuestionsResponse(matrix.topicKey(), matrix.topicName(), matrix.version(), matrix.publishedAt(),
				matrix.criteria().stream().map(Criterion::of).toList(),
				matrix.questions().stream().map(Question::of).toList());
	}

	@Schema(name = "Criterion", description = "Something a framework can be good or bad at, scored 0–10 per candidate.")
	record Criterion(
			@Schema(requiredMode = REQUIRED, description = "Stable key of the criterion within the topic.",
					example = "io_concurrency") String key,
			@Schema(requiredMode = REQUIRED, example = "I/O concurrency under slow external calls") String name,
			@Schema(requiredMode = REQUIRED, nullable = true) String description, @Schema(requiredMode = REQUIRED,
					description = "True when the scores are derived from the benchmark measurements rather than judged.") boolean derived) {

		static Criterion of(DecisionMatrix.CriterionInfo criterion) {
			return new Criterion(criterion.key(), criterion.name(), criterion.description(), criterion.derived());
		}

	}

	@Schema(name = "Question", description = "One workload-shape question and its possible answers.")
	record Question(
			@Schema(requiredMode = REQUIRED, description = "Stable key: use it in the `answers` of a recommendation.",
					example = "service_kind") String key,
			@Schema(requiredMode = REQUIRED, example = "What are you building?") String label,
			@Schema(requiredMode = REQUIRED, description = "Why the question matters and how to answer it.",
					nullable = true) String help,
			@Schema(requiredMode = REQUIRED) List<Option> options) {

		static Question of(DecisionMatrix.Question question) {
			return new Question(question.key(), question.label(), question.help(),
					question.options().stream().map(Option::of).toList());
		}

	}

	@Schema(name = "AnswerOption", description = "One possible answer to a question.")
	record Option(@Schema(requiredMode = REQUIRED,
			description = "Stable key: the value to give for the question in the `answers` of a recommendation.",
			example = "ai_backend") String key,
			@Schema(requiredMode = REQUIRED, example = "An AI agent, RAG or LLM-orchestration backend") String label,
			@Schema(requiredMode = REQUIRED, nullable = true,
					example = "Requests fan out to LLMs, vector stores or tools and often stream results back.") String help,
			@Schema(requiredMode = REQUIRED,
					description = "The weight this answer adds to each criterion, by criterion key. A candidate's score is "
							+ "the mean of its criterion scores weighted by the sum of the weights of all answers.",
					example = "{\"io_concurrency\": 5.0, \"realtime\": 3.0, \"api_contract\": 2.0}") Map<String, Double> weights,
			@Schema(requiredMode = REQUIRED,
					description = "Minimum scores this answer requires; a candidate below one is ranked after those that "
							+ "meet them and the failure is reported. Empty when none.") List<MustHave> mustHaves,
			@Schema(requiredMode = REQUIRED, nullable = true,
					description = "Why the weights are what they are, with the sources' words.") String basis) {

		static Option of(DecisionMatrix.Option option) {
			Map<String, Double> weights = new LinkedHashMap<>();
			if (option.weights() != null) {
				weights.putAll(option.weights());
			}
			List<MustHave> mustHaves = (option.mustHaves() != null)
					? option.mustHaves().stream().map(MustHave::of).toList() : List.of();
			return new Option(option.key(), option.label(), option.help(), weights, mustHaves, option.basis());
		}

	}

	@Schema(name = "MustHave", description = "A minimum score an answer requires on a criterion.")
	record MustHave(@Schema(requiredMode = REQUIRED, example = "admin") String criterion,
			@Schema(requiredMode = REQUIRED, example = "6.0") double minScore,
			@Schema(requiredMode = REQUIRED, description = "What a candidate below the minimum lacks.") String reason) {

		static MustHave of(DecisionMatrix.MustHave mustHave) {
			return new MustHave(mustHave.criterion(), mustHave.minScore(), mustHave.reason());
		}

	}

}
