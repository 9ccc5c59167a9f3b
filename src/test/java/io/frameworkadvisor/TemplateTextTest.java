package io.frameworkadvisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.frameworkadvisor.admin.AppUser;
import io.frameworkadvisor.evidence.ClaimKind;
import io.frameworkadvisor.evidence.Stance;
import io.frameworkadvisor.matrix.Better;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible text of the templates comes from {@code messages.properties}: no
 * literal text in a template, every message key a template uses exists, and every message
 * with arguments is a valid {@link MessageFormat}.
 */
class TemplateTextTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes that a person reads or hears; their value must come from a message. */
	private static final Pattern VISIBLE_ATTRIBUTE = Pattern
		.compile("\\s(alt|title|aria-label|placeholder|label|summary|value)=\"([^\"]*)\"");

	private static final Pattern TEXT = Pattern.compile(">([^<]*)<");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

	private static final Pattern STATIC_MSG = Pattern.compile("#messages\\.msg\\('([a-zA-Z0-9_.]+)'\\s*[,)]");

	private static final Pattern DYNAMIC_MSG = Pattern.compile("#messages\\.msg\\('([a-zA-Z0-9_.]+\\.)'\\s*\\+");

	/** The values each dynamic key prefix is completed with. */
	private static final Map<String, List<String>> DYNAMIC_KEYS = Map.of("evidence.claim.kind.",
			Arrays.stream(ClaimKind.values()).map(ClaimKind::key).toList(), "evidence.claim.stance.",
			Arrays.stream(Stance.values()).map(Stance::key).toList(), "evidence.claim.stance.icon.",
			Arrays.stream(Stance.values()).map(Stance::key).toList(), "evidence.better.",
			Arrays.stream(Better.values()).map(Better::key).toList(), "chart.direction.",
			Arrays.stream(Better.values()).map(Better::key).toList(), "evidence.statistic.",
			// the statistics the metric table allows (V1__domain.sql)
			List.of("p50", "p90", "p95", "p99", "mean", "median", "max", "unspecified"), "users.role.",
			Arrays.stream(AppUser.Role.values()).map(Enum::name).toList());

	/** The default-locale files of every bundle in {@code spring.messages.basename}. */
	static final List<Path> BUNDLES = List.of(Path.of("src/main/resources/messages.properties"),
			Path.of("src/main/resources/i18n/admin.properties"),
			Path.of("src/main/resources/i18n/admin-evidence.properties"),
			Path.of("src/main/resources/i18n/admin-matrix.properties"),
			Path.of("src/main/resources/i18n/admin-publish.properties"));

	private static Properties messages;

	private static List<Path> templates;

	@BeforeAll
	static void load() throws IOException {
		messages = new Properties();
		for (Path bundle : BUNDLES) {
			try (InputStream in = Files.newInputStream(bundle);
					Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
				messages.load(reader);
			}
		}
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			templates = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
		assertThat(templates).isNotEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates) {
			String html = withoutComments(Files.readString(template));
			// attribute values may hold expressions with '>'; they are checked below
			Matcher text = TEXT.matcher(html.replaceAll("=\"[^\"]*\"", "=\"\""));
			while (text.find()) {
				if (text.group(1).codePoints().anyMatch(Character::isLetter)) {
					problems.add(name(template) + ": text '" + text.group(1).strip() + "'");
				}
			}
			Matcher attribute = VISIBLE_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (attribute.group(2).codePoints().anyMatch(Character::isLetter)) {
					problems.add(name(template) + ": attribute " + attribute.group(0).strip());
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageKeyOfTheTemplatesExists() throws IOException {
		Set<String> missing = new TreeSet<>();
		for (Path template : templates) {
			String html = withoutComments(Files.readString(template));
			for (Pattern pattern : List.of(MESSAGE_KEY, STATIC_MSG)) {
				Matcher key = pattern.matcher(html);
				while (key.find()) {
					if (!messages.containsKey(key.group(1))) {
						missing.add(name(template) + ": " + key.group(1));
					}
				}
			}
			Matcher prefix = DYNAMIC_MSG.matcher(html);
			while (prefix.find()) {
				List<String> completions = DYNAMIC_KEYS.get(prefix.group(1));
				if (completions == null) {
					missing.add(name(template) + ": dynamic prefix " + prefix.group(1)
							+ " (list its values in DYNAMIC_KEYS)");
					continue;
				}
				completions.stream()
					.map(prefix.group(1)::concat)
					.filter(key -> !messages.containsKey(key))
					.forEach(key -> missing.add(name(template) + ": " + key));
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void messagesWithArgumentsAreValidMessageFormats() {
		List<String> problems = new ArrayList<>();
		messages.stringPropertyNames().stream().sorted().forEach(key -> {
			String value = messages.getProperty(key);
			if (value.contains("{")) {
				if (value.contains("'")) {
					problems.add(key + ": use ’ instead of ' in a message with arguments");
				}
				try {
					new MessageFormat(value);
				}
				catch (IllegalArgumentException ex) {
					problems.add(key + ": " + ex.getMessage());
				}
			}
		});
		assertThat(problems).isEmpty();
	}

	private static String withoutComments(String html) {
		return html.replaceAll("(?s)<!--.*?-->", "");
	}

	private static String name(Path template) {
		return TEMPLATES.relativize(template).toString();
	}

}
