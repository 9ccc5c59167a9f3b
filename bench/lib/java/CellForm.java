import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matrix cell form of the admin area (/admin/topics/{topic}/matrix/{candidate}/{criterion}) as a
 * browser would submit it, for the benchmark programs that edit cells (bench/faults/FaultLoad.java,
 * bench/cluster/ClusterCheck.java). Compiled together with them by their scripts.
 */
final class CellForm {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");

	private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</textarea>",
			Pattern.DOTALL);

	private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

	private CellForm() {
	}

	/**
	 * The values a browser would submit from the cell form of this page: hidden and text inputs,
	 * checked radios and checkboxes, textareas; the first _csrf only.
	 */
	static Map<String, List<String>> fields(String html) {
		String form = html.substring(html.indexOf("mx-admin-cell-form"));
		form = form.substring(0, form.indexOf("</form>"));
		Map<String, List<String>> fields = new LinkedHashMap<>();
		Matcher input = INPUT.matcher(form);
		while (input.find()) {
			String tag = input.group();
			String name = attribute(tag, "name");
			String type = attribute(tag, "type");
			if (name == null || (("radio".equals(type) || "checkbox".equals(type)) && !tag.contains(" checked"))) {
				continue;
			}
			List<String> values = fields.computeIfAbsent(name, (key) -> new ArrayList<>());
			if (!"_csrf".equals(name) || values.isEmpty()) {
				String value = attribute(tag, "value");
				values.add(unescape((value != null) ? value : ""));
			}
		}
		Matcher textarea = TEXTAREA.matcher(form);
		while (textarea.find()) {
			fields.put(textarea.group(1), new ArrayList<>(List.of(unescape(textarea.group(2)))));
		}
		return fields;
	}

	static String first(Map<String, List<String>> fields, String name) {
		List<String> values = fields.get(name);
		return (values == null || values.isEmpty()) ? "" : values.get(0);
	}

	/** The fields as an application/x-www-form-urlencoded body. */
	static String urlEncoded(Map<String, List<String>> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, values) -> values.forEach(
				(value) -> body.append(body.length() > 0 ? "&" : "").append(enc(name)).append('=').append(enc(value))));
		return body.toString();
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String attribute(String tag, String name) {
		Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static String unescape(String text) {
		Matcher matcher = ENTITY.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String entity = matcher.group(1);
			String replacement = switch (entity) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				default -> new String(Character.toChars(entity.startsWith("#x")
						? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1))));
			};
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
