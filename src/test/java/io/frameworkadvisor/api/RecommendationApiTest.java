package io.frameworkadvisor.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;

import io.frameworkadvisor.WebTest;
import io.frameworkadvisor.recommendation.MatrixPublisher;
import io.frameworkadvisor.recommendation.RecommendationService;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recommendation API over the seeded matrix, on the real database: the JSON contract
 * (field names included), that a stored recommendation reads back identically, the
 * problem details of every error, and the OpenAPI description.
 */
@WebTest
class RecommendationApiTest {

	private static final String RECOMMENDATIONS = "/api/v1/topics/python-web-frameworks/recommendations";

	/** 002 §8.1: an AI agent with slow LLM calls and streaming → FastAPI. */
	private static final String AI_BACKEND = """
			{"answers": {"service_kind": "ai_backend", "io_profile": "external_waits",
			             "concurrency": "high", "realtime": "streaming"}}
			""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MatrixPublisher publisher;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	EvidenceLists evidenceLists;

	@Autowired
	JsonMapper jsonMapper;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAiBackendGetsFastApiStoredBehindAShareLink() {
		MvcTestResult result = post(AI_BACKEND);

		assertThat(result).hasStatus(HttpStatus.CREATED).hasContentType(MediaType.APPLICATION_JSON);
		String id = read(result, "$.id");
		assertThat(id).matches("[A-Za-z0-9_-]{16,}");
		assertThat(result).hasHeader(HttpHeaders.LOCATION, "/r/" + id);
		assertThat(result).bodyJson().extractingPath("$.url").isEqualTo("http://localhost/r/" + id);
		assertThat(result).bodyJson().extractingPath("$.topic").isEqualTo("python-web-frameworks");
		assertThat(result).bodyJson().extractingPath("$.matrixVersion").asNumber().isNotNull();
		assertThat(result).bodyJson().extractingPath("$.createdAt").asString().isNotBlank();
		assertThat(result).bodyJson()
			.extractingPath("$.answers")
			.isEqualTo(Map.of("service_kind", "ai_backend", "io_profile", "external_waits", "concurrency", "high",
					"realtime", "streaming"));
		assertThat(result).bodyJson().extractingPath("$.winner").isEqualTo("fastapi");
		assertThat(result).bodyJson().extractingPath("$.confidence").isEqualTo("high");
		assertThat(result).bodyJson().extractingPath("$.confidenceFactors").asArray().isNotEmpty();
		assertThat(result).bodyJson().extractingPath("$.margin").asNumber().isNotNull();
		assertThat(result).bodyJson().extractingPath("$.flipPoints").asArray().isNotNull();
		assertThat(result).bodyJson().extractingPath("$.tradeOffs").asArray().isNotNull();
		assertThat(result).bodyJson().extractingPath("$.newerVersion").isNull();
		assertThat(result).bodyJson()
			.extractingPath("$")
			.asMap()
			.containsKeys("id", "url", "matrixVersion", "winner", "ranking", "reasons", "split", "flipPoints", "margin",
					"confidence", "confidenceFactors", "tradeOffs", "createdAt", "answers");
		// The share link it points to exists.
		assertThat(this.mvc.get().uri("/r/{id}", id)).hasStatusOk();
	}

	@Test
	void theRankingHasEveryCandidateWithItsMustHaveFailures() {
		MvcTestResult result = post(AI_BACKEND);

		assertThat(result).bodyJson().extractingPath("$.ranking[0].candidate").isEqualTo("fastapi");
		assertThat(result).bodyJson()
			.extractingPath("$.ranking[*].candidate")
			.asArray()
			.containsExactlyInAnyOrder("fastapi", "django", "flask");
		assertThat(result).bodyJson()
			.extractingPath("$.ranking[*]")
			.asArray()
			.allSatisfy(row -> assertThat(map(row)).containsOnlyKeys("candidate", "name", "score", "mustHaveFailures"))
			.allSatisfy(row -> assertThat(map(row).get("mustHaveFailures")).isInstanceOf(List.class));
		assertThat(result).bodyJson().extractingPath("$.ranking[0].name").isEqualTo("FastAPI");
		assertThat(result).bodyJson().extractingPath("$.ranking[0].mustHaveFailures").asArray().isEmpty();
		// Flask cannot stream: it fails the must-have of realtime=streaming, and says
		// why.
		String flask = "$.ranking[?(@.candidate == 'flask')].mustHaveFailures[*]";
		assertThat(result).bodyJson().extractingPath(flask + ".criterion").asArray().containsExactly("realtime");
		assertThat(result).bodyJson().extractingPath(flask + ".question").asArray().containsExactly("realtime");
		assertThat(result).bodyJson().extractingPath(flask + ".option").asArray().containsExactly("streaming");
		assertThat(result).bodyJson()
			.extractingPath(flask)
			.asArray()
			.singleElement()
			.satisfies(failure -> assertThat(map(failure)).containsKeys("minScore", "score", "reason"));
	}

	@Test
	void theReasonsCarryTheirScoresAndEvidenceReferences() {
		MvcTestResult result = post(AI_BACKEND);

		assertThat(result).bodyJson().extractingPath("$.reasons[*].criterion").asArray().contains("io_concurrency");
		String io = "$.reasons[?(@.criterion == 'io_concurrency')]";
		assertThat(result).bodyJson()
			.extractingPath(io)
			.asArray()
			.singleElement()
			.satisfies(reason -> assertThat(map(reason)).containsKeys("criterionName", "weight", "weightShare",
					"scores", "contribution", "rationale", "judgement", "evidence", "disagreements"));
		assertThat(result).bodyJson()
			.extractingPath(io + ".scores")
			.asArray()
			.singleElement()
			.satisfies(scores -> assertThat(map(scores)).containsOnlyKeys("fastapi", "django", "flask"));
		// Evidence references: claims with their quote and source, measurements with
		// their
		// figure and dataset links.
		assertThat(result).bodyJson()
			.extractingPath("$.reasons[*].evidence[*]")
			.asArray()
			.isNotEmpty()
			.allSatisfy(evidence -> assertThat(map(evidence)).containsKeys("id", "type", "source", "quote"));
		List<Map<String, Object>> measurements = JsonPath.read(body(result),
				"$.reasons[*].evidence[?(@.type == 'measurement')].measurement");
		assertThat(measurements).isNotEmpty().allSatisfy(measurement -> {
			assertThat(measurement).containsKeys("candidate", "metric", "figure", "dataset");
			Map<String, Object> dataset = map(measurement.get("dataset"));
			Map<String, Object> links = map(dataset.get("links"));
			assertThat(links.get("self"))
				.isEqualTo("/api/v1/topics/python-web-frameworks/datasets/" + dataset.get("slug"));
			assertThat(links.get("html")).isEqualTo("/evidence/" + dataset.get("slug"));
		});
		assertThat(result).bodyJson()
			.extractingPath("$.reasons[*].evidence[?(@.type == 'claim')].source.title")
			.asArray()
			.isNotEmpty();
	}

	@Test
	void aStoredRecommendationReadsBackIdentically() {
		MvcTestResult created = post(AI_BACKEND);
		String id = read(created, "$.id");

		MvcTestResult read = this.mvc.get().uri("/api/v1/recommendations/{id}", id).exchange();

		assertThat(read).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(read).bodyJson().isStrictlyEqualTo(body(created));
	}

	/**
	 * Results stored before 2026-12 carry their own copy of the evidence they cite; they
	 * read back as they did, with the evidence now taken from the pinned version.
	 */
	@Test
	void aResultStoredWithItsOwnCopyOfTheEvidenceReadsBackUnchanged() {
		MvcTestResult created = post(AI_BACKEND);
		String id = read(created, "$.id");
		int updated = this.jdbc.update("""
				update recommendation r set result = jsonb_set(r.result, '{evidence}', v.snapshot -> 'evidence')
				from matrix_version v where v.id = r.matrix_version_id and r.id = ?""", id);
		assertThat(updated).isOne();
		assertThat(this.jdbc.queryForObject("select jsonb_exists(result, 'evidence') from recommendation where id = ?",
				Boolean.class, id))
			.isTrue();

		MvcTestResult read = this.mvc.get().uri("/api/v1/recommendations/{id}", id).exchange();

		assertThat(read).hasStatusOk();
		assertThat(read).bodyJson().isStrictlyEqualTo(body(created));
	}

	/**
	 * Evidence lists are written from JSON kept per matrix version; it must be exactly
	 * what serialising the references one by one gives.
	 */
	@Test
	void evidenceListsAreWrittenExactlyAsTheirReferencesSerialiseAndKeptPerVersion() {
		DecisionMatrix matrix = this.recommendations.latestMatrix("python-web-frameworks");
		List<List<String>> lists = matrix.criteria()
			.stream()
			.map(criterion -> matrix.cells()
				.stream()
				.filter(cell -> cell.criterion().equals(criterion.key()))
				.flatMap(cell -> cell.evidence().stream())
				.distinct()
				.toList())
			.filter(ids -> !ids.isEmpty())
			.toList();
		assertThat(lists).hasSizeGreaterThan(5);
		for (List<String> ids : lists) {
			List<EvidenceReference> cached = this.evidenceLists.of(ids, matrix);
			assertThat(cached).hasSize(ids.size());
			assertThat(this.evidenceLists.of(List.copyOf(ids), matrix)).isSameAs(cached);
			assertThat(this.jsonMapper.writeValueAsString(new Holder(cached)))
				.isEqualTo(this.jsonMapper.writeValueAsString(new Holder(new ArrayList<>(cached))))
				.contains(ids.get(0));
		}
	}

	record Holder(@JsonSerialize(using = EvidenceLists.Serializer.class) List<EvidenceReference> evidence) {
	}

	/**
	 * 002 §8.1 and Bytepulse: admin and back office in Django, the I/O-heavy streaming
	 * endpoints in FastAPI.
	 */
	@Test
	void aSplitIsThePairingTheSourcesAdviseWithTheirQuotes() {
		MvcTestResult result = post("""
				{"answers": {"service_kind": "fullstack_app", "admin_needs": "must", "io_profile": "external_waits",
				             "concurrency": "high", "realtime": "streaming"}}
				""");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.winner").isEqualTo("django");
		assertThat(result).bodyJson().extractingPath("$.split.primary").isEqualTo("django");
		assertThat(result).bodyJson().extractingPath("$.split.secondary").isEqualTo("fastapi");
		assertThat(result).bodyJson().extractingPath("$.split.primaryCriteria").asArray().contains("admin");
		assertThat(result).bodyJson().extractingPath("$.split.secondaryCriteria").asArray().contains("io_concurrency");
		assertThat(result).bodyJson()
			.extractingPath("$.split.advice[*]")
			.asArray()
			.isNotEmpty()
			.allSatisfy(
					advice -> assertThat(map(advice)).containsEntry("type", "claim").containsKeys("quote", "source"));
		// What Django gives up against FastAPI.
		assertThat(result).bodyJson().extractingPath("$.tradeOffs[*].criterion").asArray().contains("io_concurrency");
	}

	@Test
	void withoutAClearPairingTheSplitIsNullAndTheFlipPointsSayWhatWouldChangeTheWinner() {
		MvcTestResult result = post(AI_BACKEND);

		assertThat(result).bodyJson().extractingPath("$").asMap().containsEntry("split", null);
		assertThat(result).bodyJson()
			.extractingPath("$.flipPoints[*]")
			.asArray()
			.isNotEmpty()
			.allSatisfy(flip -> assertThat(map(flip)).containsOnlyKeys("kind", "question", "fromOption", "toOption",
					"criterion", "factor", "newWinner"));
		assertThat(result).bodyJson()
			.extractingPath("$.flipPoints[?(@.kind == 'answer')].newWinner")
			.asArray()
			.isNotEmpty()
			.doesNotContain("fastapi");
	}

	/**
	 * A newer version is announced, but the stored result stays on its version. Rolled
	 * back: version 2 is published in the test's transaction, which the requests join.
	 */
	@Test
	@Transactional
	void aStoredRecommendationStaysOnItsVersionAndAnnouncesANewerOne() {
		String id = read(post(AI_BACKEND), "$.id");
		this.publisher.publish("python-web-frameworks", "unchanged republish", "test");

		MvcTestResult read = this.mvc.get().uri("/api/v1/recommendations/{id}", id).exchange();

		assertThat(read).hasStatusOk();
		assertThat(read).bodyJson().extractingPath("$.winner").isEqualTo("fastapi");
		int pinned = JsonPath.read(body(read), "$.matrixVersion");
		assertThat(read).bodyJson().extractingPath("$.newerVersion.matrixVersion").isEqualTo(pinned + 1);
		assertThat(read).bodyJson().extractingPath("$.newerVersion.winner").isEqualTo("fastapi");
		assertThat(read).bodyJson().extractingPath("$.newerVersion.differs").isEqualTo(false);
	}

	@Test
	void noAnswersAtAllIsAllowed() {
		assertThat(post("{\"answers\": {}}")).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.ranking")
			.asArray()
			.hasSize(3);
	}

	@Test
	void anUnknownQuestionIsA400ProblemNamingIt() {
		MvcTestResult result = post(
				"{\"answers\": {\"service_kind\": \"ai_backend\", \"favourite_colour\": \"blue\"}}");

		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/unknown-question");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Unknown question 'favourite_colour'");
		assertThat(result).bodyJson().extractingPath("$.question").isEqualTo("favourite_colour");
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo(RECOMMENDATIONS);
	}

	@Test
	void anUnknownOptionIsA400ProblemNamingIt() {
		MvcTestResult result = post("{\"answers\": {\"concurrency\": \"extreme\"}}");

		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/unknown-option");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Unknown option 'extreme' for question 'concurrency'");
		assertThat(result).bodyJson().extractingPath("$.question").isEqualTo("concurrency");
		assertThat(result).bodyJson().extractingPath("$.option").isEqualTo("extreme");
	}

	@Test
	void aNumberIsNoOptionKey() {
		assertThat(post("{\"answers\": {\"concurrency\": 3}}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Unknown option '3' for question 'concurrency'");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "{\"answers\": {", "{answers: {}}", "{\"answers\": {\"concurrency\": \"high\",}}", "not json" })
	void malformedJsonIsA400Problem(String body) {
		MvcTestResult result = post(body);

		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("The request body is not valid JSON.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"answers\": {\"concurrency\": {\"key\": \"high\"}}}",
			"{\"answers\": {\"concurrency\": [\"high\"]}}", "{\"answers\": \"concurrency=high\"}",
			"{\"answers\": [\"high\"]}", "{\"answers\": 42}" })
	void wrongTypesAreA400ProblemPointingAtTheValue(String body) {
		MvcTestResult result = post(body);

		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.pointer").asString().startsWith("/answers");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("wrong type");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "\"answers\"", "42", " " })
	void aBodyThatIsNoObjectIsA400Problem(String body) {
		assertProblem(post(body), HttpStatus.BAD_REQUEST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"answers\": null}", "{\"answer\": {\"concurrency\": \"high\"}}" })
	void missingAnswersAreA400Problem(String body) {
		MvcTestResult result = post(body);

		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("\"answers\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "null" })
	void anEmptyBodyIsA400Problem(String body) {
		MvcTestResult result = post(body);

		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("The request body is missing.");
	}

	@Test
	void noBodyAndNoContentTypeIsA400Problem() {
		assertProblem(this.mvc.post().uri(RECOMMENDATIONS).exchange(), HttpStatus.BAD_REQUEST);
	}

	@Test
	void aBodyThatIsNotJsonIsA415Problem() {
		assertProblem(this.mvc.post()
			.uri(RECOMMENDATIONS)
			.contentType(MediaType.TEXT_PLAIN)
			.content("service_kind=ai_backend")
			.exchange(), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@Test
	void theAnswersAreBounded() {
		String tooMany = IntStream.range(0, 101)
			.mapToObj(i -> "\"q" + i + "\": \"o\"")
			.collect(Collectors.joining(", ", "{\"answers\": {", "}}"));
		MvcTestResult result = post(tooMany);
		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("At most 100 answers are allowed.");

		String longKey = "x".repeat(101);
		result = post("{\"answers\": {\"" + longKey + "\": \"high\"}}");
		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Question keys have at most 100 characters.");
		assertThat(body(result)).doesNotContain(longKey);

		result = post("{\"answers\": {\"concurrency\": \"" + longKey + "\"}}");
		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Option keys have at most 100 characters.");
	}

	@Test
	void anUnknownTopicIsA404Problem() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/topics/no-such-topic/recommendations")
			.contentType(MediaType.APPLICATION_JSON)
			.content(AI_BACKEND)
			.exchange();

		assertProblem(result, HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.key").isEqualTo("no-such-topic");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'no-such-topic'");
	}

	@Test
	void aMalformedTopicIsA404ProblemNotAServerError() {
		assertProblem(this.mvc.post()
			.uri(URI.create("/api/v1/topics/a.b/recommendations"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(AI_BACKEND)
			.exchange(), HttpStatus.NOT_FOUND);
	}

	/** A NUL in the path never reaches the application: the firewall refuses it. */
	@Test
	void aNulCharacterInThePathIsRefusedAsABadRequest() {
		assertThat(this.mvc.post()
			.uri(URI.create("/api/v1/topics/%00/recommendations"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(AI_BACKEND)
			.exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri(URI.create("/api/v1/recommendations/%00")).exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anUnknownIdIsA404ProblemNamingIt() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/recommendations/AAAAAAAAAAAAAAAA").exchange();

		assertProblem(result, HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("/problems/recommendation-not-found");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("No recommendation 'AAAAAAAAAAAAAAAA'");
		assertThat(result).bodyJson().extractingPath("$.key").isEqualTo("AAAAAAAAAAAAAAAA");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a%20b", "%C3%A9t%C3%A9", "a.b" })
	void aMalformedIdIsA404ProblemNotAServerError(String encodedId) {
		assertProblem(this.mvc.get().uri(URI.create("/api/v1/recommendations/" + encodedId)).exchange(),
				HttpStatus.NOT_FOUND);
	}

	@Test
	void aTooLongIdIsA404ProblemNotAServerError() {
		assertProblem(this.mvc.get().uri("/api/v1/recommendations/{id}", "x".repeat(5000)).exchange(),
				HttpStatus.NOT_FOUND);
	}

	@Test
	void theOpenApiDescriptionDocumentsTheThreeEndpoints() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/v1/topics/{topic}/questions", "/api/v1/topics/{topic}/recommendations",
					"/api/v1/recommendations/{id}");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/topics/{topic}/recommendations'].post.responses")
			.asMap()
			.containsKeys("201", "400", "404");
		assertThat(result).bodyJson()
			.extractingPath("$.paths['/api/v1/topics/{topic}/recommendations'].post.responses['400'].content")
			.asMap()
			.containsKey("application/problem+json");
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.Recommendation.properties")
			.asMap()
			.containsKeys("id", "url", "matrixVersion", "winner", "ranking", "reasons", "split", "flipPoints", "margin",
					"confidence", "confidenceFactors", "tradeOffs", "createdAt", "answers", "newerVersion");
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.RecommendationRequest.required")
			.asArray()
			.containsExactly("answers");
		assertThat(result).bodyJson()
			.extractingPath("$.components.schemas.Problem.properties")
			.asMap()
			.containsKeys("question", "option", "pointer");
	}

	private MvcTestResult post(String body) {
		return this.mvc.post()
			.uri(RECOMMENDATIONS)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	/** A problem detail of this status, without a trace of the server's internals. */
	private static void assertProblem(MvcTestResult result, HttpStatus status) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
		assertThat(body(result)).doesNotContain("Exception", "tools.jackson", "at io.", "at org.");
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object json) {
		return (Map<String, Object>) json;
	}

	private static String read(MvcTestResult result, String path) {
		return JsonPath.read(body(result), path);
	}

}
