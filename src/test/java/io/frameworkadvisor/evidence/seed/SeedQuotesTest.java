package io.frameworkadvisor.evidence.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.frameworkadvisor.evidence.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every quote we ship traces back to its article, character for character: each quote,
 * claim and methodology text of every seed source file must occur verbatim in the article
 * it names (copies of the articles are under src/test/resources/articles). Only runs of
 * whitespace may differ.
 */
class SeedQuotesTest {

	static Stream<Resource> sourceFiles() throws IOException {
		return Arrays
			.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:db/seed/*/sources/*.json"));
	}

	@ParameterizedTest
	@MethodSource("sourceFiles")
	void everyQuoteOccursVerbatimInItsArticle(Resource file) throws IOException {
		SourceFile source;
		try (InputStream in = file.getInputStream()) {
			source = JsonMapper.builder().build().readValue(in, SourceFile.class);
		}
		String article = normalise(readArticle(source.source().seedFile()));
		List<String> quotes = new ArrayList<>();
		source.datasets().forEach((dataset) -> {
			quotes.addAll(Arrays.asList(dataset.methodology().split("\\n\\s*\\n")));
			dataset.measurements().forEach((measurement) -> quotes.add(measurement.quote()));
		});
		source.claims().forEach((claim) -> quotes.add(claim.quote()));
		assertThat(quotes).isNotEmpty();
		assertThat(quotes).allSatisfy((quote) -> assertThat(article).contains(normalise(quote)));
	}

	private static String readArticle(String seedFile) throws IOException {
		try (InputStream in = SeedQuotesTest.class.getResourceAsStream("/articles/" + seedFile)) {
			assertThat(in).as("article %s under src/test/resources/articles", seedFile).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String normalise(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
