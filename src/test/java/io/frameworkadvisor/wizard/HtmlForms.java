package io.frameworkadvisor.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the controls of a rendered page the way a browser without JavaScript submits
 * them: hidden inputs, checked radios, and the submit buttons with their name, value and
 * formaction.
 */
final class HtmlForms {

	private static final Pattern TAG = Pattern.compile("<(input|button|a|form)\\b([^>]*)>", Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:=\"([^\"]*)\")?");

	private HtmlForms() {
	}

	/** Every input, button, link and form start tag, with its attributes. */
	static List<Map<String, String>> tags(String html, String name) {
		List<Map<String, String>> tags = new ArrayList<>();
		Matcher tag = TAG.matcher(html);
		while (tag.find()) {
			if (tag.group(1).equals(name)) {
				tags.add(attributes(tag.group(2)));
			}
		}
		return tags;
	}

	/** What a GET form submits without a submitter: hidden inputs and checked radios. */
	static Map<String, String> fields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Map<String, String> input : tags(html, "input")) {
			boolean hidden = "hidden".equals(input.get("type"));
			boolean checkedRadio = "radio".equals(input.get("type")) && input.containsKey("checked");
			if ((hidden || checkedRadio) && input.containsKey("name")) {
				fields.put(input.get("name"), input.getOrDefault("value", ""));
			}
		}
		return fields;
	}

	/** The first button or link whose class attribute contains this class. */
	static Map<String, String> withClass(String html, String element, String cssClass) {
		return tags(html, element).stream()
			.filter(tag -> List.of(tag.getOrDefault("class", "").split("\\s+")).contains(cssClass))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No <" + element + " class=\"" + cssClass + "\">"));
	}

	/** The query parameters of a link, decoded. */
	static Map<String, String> query(String href) {
		Map<String, String> parameters = new LinkedHashMap<>();
		int start = href.indexOf('?');
		if (start < 0) {
			return parameters;
		}
		for (String pair : href.substring(start + 1).split("&")) {
			String[] nameValue = pair.split("=", 2);
			parameters.put(decode(nameValue[0]), (nameValue.length > 1) ? decode(nameValue[1]) : "");
		}
		return parameters;
	}

	static String path(String href) {
		int start = href.indexOf('?');
		return (start < 0) ? href : href.substring(0, start);
	}

	private static Map<String, String> attributes(String text) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(text);
		while (attribute.find()) {
			attributes.put(attribute.group(1), (attribute.group(2) != null) ? unescape(attribute.group(2)) : "");
		}
		return attributes;
	}

	private static String unescape(String value) {
		return value.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	private static String decode(String value) {
		return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
