package io.frameworkadvisor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every locale we ship is complete: for each bundle of {@code spring.messages.basename},
 * the file of each locale has exactly the keys of the default (English) file, each
 * message takes the same arguments in the same kinds of format, and every message with
 * arguments is a valid {@link MessageFormat}. A key missing from a locale would silently
 * show English in the middle of a translated page.
 */
class LocaleBundlesTest {

	/** The locales shipped next to the default English files. */
	private static final List<String> LOCALES = List.of("de");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	@Test
	void everyLocaleHasExactlyTheKeysOfTheDefaultFile() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path bundle : TemplateTextTest.BUNDLES) {
			Properties english = load(bundle);
			for (String locale : LOCALES) {
				Path translated = localized(bundle, locale);
				if (!Files.exists(translated)) {
					problems.add(translated + ": missing");
					continue;
				}
				Properties other = load(translated);
				Set<String> missing = new TreeSet<>(english.stringPropertyNames());
				missing.removeAll(other.stringPropertyNames());
				Set<String> extra = new TreeSet<>(other.stringPropertyNames());
				extra.removeAll(english.stringPropertyNames());
				missing.forEach(key -> problems.add(translated.getFileName() + ": lacks " + key));
				extra.forEach(key -> problems.add(translated.getFileName() + ": has extra " + key));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void translatedMessagesTakeTheSameArguments() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path bundle : TemplateTextTest.BUNDLES) {
			Properties english = load(bundle);
			for (String locale : LOCALES) {
				Path translated = localized(bundle, locale);
				Properties other = load(translated);
				for (String key : new TreeSet<>(english.stringPropertyNames())) {
					String source = english.getProperty(key);
					String target = other.getProperty(key);
					if (target == null) {
						continue;
					}
					Set<String> expected = arguments(source);
					Set<String> actual = arguments(target);
					if (!expected.equals(actual)) {
						problems.add(translated.getFileName() + " " + key + ": arguments " + actual + " instead of "
								+ expected);
					}
					else if (!expected.isEmpty() && !formatKinds(source).equals(formatKinds(target))) {
						problems.add(translated.getFileName() + " " + key + ": argument formats " + formatKinds(target)
								+ " instead of " + formatKinds(source));
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void translatedMessagesWithArgumentsAreValidMessageFormats() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path bundle : TemplateTextTest.BUNDLES) {
			for (String locale : LOCALES) {
				Path translated = localized(bundle, locale);
				Properties other = load(translated);
				for (String key : new TreeSet<>(other.stringPropertyNames())) {
					String value = other.getProperty(key);
					if (!value.contains("{")) {
						continue;
					}
					if (value.contains("'")) {
						problems.add(translated.getFileName() + " " + key
								+ ": use ’ instead of ' in a message with arguments");
					}
					try {
						new MessageFormat(value, Locale.forLanguageTag(locale));
					}
					catch (IllegalArgumentException ex) {
						problems.add(translated.getFileName() + " " + key + ": " + ex.getMessage());
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static Set<String> arguments(String message) {
		Set<String> indexes = new TreeSet<>();
		Matcher argument = ARGUMENT.matcher(message);
		while (argument.find()) {
			indexes.add(argument.group(1));
		}
		return indexes;
	}

	/** The kind of format of each top-level argument (none, number, date, choice …). */
	private static List<String> formatKinds(String message) {
		try {
			Format[] formats = new MessageFormat(message, Locale.ROOT).getFormatsByArgumentIndex();
			return Arrays.stream(formats)
				.map(format -> Objects.toString((format != null) ? format.getClass().getSimpleName() : null))
				.toList();
		}
		catch (IllegalArgumentException ex) {
			return List.of("invalid: " + ex.getMessage());
		}
	}

	private static Path localized(Path bundle, String locale) {
		String name = bundle.getFileName().toString().replace(".properties", "_" + locale + ".properties");
		return bundle.resolveSibling(name);
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
