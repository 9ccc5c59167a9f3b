package io.frameworkadvisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages satisfy the Content-Security-Policy they are sent with
 * ({@code script-src 'self'; style-src 'self'}): no inline script, no event-handler
 * attribute, no style element or attribute in any template; scripts and styles come from
 * files the app serves.
 */
class ContentSecurityPolicyTest {

	private static final Pattern FORBIDDEN = Pattern.compile(
			"<style|\\sstyle=|\\sth:style=|\\sth:attr=\"[^\"]*style=|\\son[a-z]+=|\\sth:on[a-z]+=|javascript:|<script(?![^>]*\\ssrc=|[^>]*\\sth:src=)");

	@Test
	void templatesHaveNoInlineScriptsOrStyles() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : files.filter((file) -> file.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
				Matcher matcher = FORBIDDEN.matcher(html);
				while (matcher.find()) {
					problems.add(template + ": " + matcher.group());
				}
			}
		}
		assertThat(problems).isEmpty();
	}

}
