package io.frameworkadvisor.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The fuzzer of {@link HostileAdminInputTest}: hostile values by kind of field, forms
 * made hostile at random from a valid one (fixed seed), and the checks every answer must
 * pass. A request that is not accepted must leave the stored content exactly as it was
 * ({@link #fingerprint()}); every failure names the seed, the request's number and what
 * was sent.
 */
final class AdminFuzzer {

	/** Markup that must never reach a page as it was sent (only escaped). */
	static final List<String> MARKUP = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"<svg/onload=alert(1)>", "</textarea><script>alert(2)</script>", "x\" onmouseover=\"alert(1)",
			"x' onmouseover='alert(1)", "<b>bold</b>");

	/** 1337 × 1337: a page that shows it evaluated an expression it was sent. */
	static final String EVALUATED = "1787569";

	/** Text that a text field may store (and a page must show escaped). */
	static final List<String> STORABLE = concat(MARKUP,
			List.of("' OR '1'='1", "'; drop table score; --", "1; delete from audit_event where true",
					"\u202Eevil\u202C", "\u200F\u200E", "\u0007\u001b[31m", "\r\nSet-Cookie: x=y", "\r\nX-Injected: 1",
					"${1337*1337}", "[[${1337*1337}]]", "[(${1337*1337})]", "__${1337*1337}__", "*{1337*1337}",
					"#{1337*1337}", "{{1337*1337}}", "@{/admin}", "~{admin/index}", "{topic}", "{0} {1}", "'{0}'",
					"%s%n%x", "%00", "%0d%0aX-Injected:%201", "../../etc/passwd", "🙂".repeat(40), "null", "true",
					"NaN", "-1"));

	/** Text that most fields refuse: a NUL, more than their limit, or nothing. */
	static final List<String> UNSTORABLE = List.of("\u0000", "before\u0000after", "x".repeat(301), "x".repeat(2001),
			"x".repeat(5001), "y".repeat(20001), "", " ", "\t\r\n");

	static final List<String> TEXTS = concat(STORABLE, UNSTORABLE);

	/** Wrong numbers and things that are not numbers at all. */
	static final List<String> NUMBERS = List.of("0", "5", "7.5", "10", "10.00", "10.01", "11", "100", "100.01", "-1",
			"-0", "0.001", "1e1", "1E+1", "1e309", "-1e309", "NaN", "Infinity", "-Infinity", "0x10", "5,5", "٥", "１０",
			"9".repeat(40), "2147483648", "9223372036854775808", "", " ", " 7 ", "seven", "5 5", "5\u0000",
			"<script>alert(1)</script>", "${1337*1337}");

	/** Wrong values for a field with a fixed set of choices. */
	static final List<String> CHOICES = List.of("", " ", "JUDGEMENT", "judgement ", "judgement,override", "ms,s",
			"null", "true", "ADMIN ", "ROOT", "admin", "<script>alert(1)</script>", "\u0000",
			"'; drop table metric; --", "x".repeat(300), "${1337*1337}");

	/** Wrong keys: public keys must be lower-case identifiers or slugs. */
	static final List<String> KEYS = List.of("", " ", "A", "Fz_upper", "fz key", "fz-dash", "fz_underscore", "_x", "-x",
			"fz" + "x".repeat(62), "fz" + "x".repeat(118), "fz\u202E", "../x", "fz%2e", "<script>alert(1)</script>",
			"{x}", "fz\u0000", "fz\r\nX-Injected: 1", "${1337*1337}");

	/** Dates that are not dates, or not in the form YYYY-MM-DD. */
	static final List<String> DATES = List.of("2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", "0000-00-00",
			"+2026-01-01", "2026-01-01T00:00", " 2026-01-01", "yesterday", "", "<script>alert(1)</script>",
			"2026-01-01\u0000");

	static final List<String> FLAGS = List.of("true", "false", "on", "yes", "1", "0", "maybe", "", "TRUE", "null",
			"<script>alert(1)</script>");

	/** Parameter names a form does not have, some of them shaped like property paths. */
	static final List<String> NAMES = List.of("colour", "id", "topic", "<script>alert(1)</script>", "__proto__",
			"class.module.classLoader.URLs[0]", "version[0]", "key[0]", "label.x", "x[", "x[]", "x]", "${1337*1337}");

	enum Kind {

		/** Free text. */
		TEXT,
		/** A number written as text. */
		NUMBER,
		/** One of a fixed set of values. */
		CHOICE,
		/** A public key. */
		KEY,
		/** A checkbox. */
		FLAG,
		/** A date. */
		DATE

	}

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final long seed;

	private final Random random;

	private final List<String> failures = new ArrayList<>();

	private int requests;

	private int serial;

	/** Whether {@link #makeHostile} left the form to be sent next valid. */
	private boolean untouched;

	/** The fingerprint after the last request, when nothing has changed since. */
	private Map<String, String> known;

	AdminFuzzer(MockMvc mvc, JdbcTemplate jdbc, long seed) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.seed = seed;
		this.random = new Random(seed);
	}

	/** What a request sends: name and value pairs, names may repeat. */
	static final class Params {

		private final List<String[]> pairs = new ArrayList<>();

		Params set(String name, Object value) {
			remove(name);
			return (value != null) ? add(name, value) : this;
		}

		Params add(String name, Object value) {
			this.pairs.add(new String[] { name, String.valueOf(value) });
			return this;
		}

		Params remove(String name) {
			this.pairs.removeIf((pair) -> pair[0].equals(name));
			return this;
		}

		List<String> values(String name) {
			return this.pairs.stream().filter((pair) -> pair[0].equals(name)).map((pair) -> pair[1]).toList();
		}

		/** What Spring binds to a text field: the values joined by commas, or null. */
		String bound(String name) {
			List<String> values = values(name);
			return values.isEmpty() ? null : String.join(",", values);
		}

		List<String> names() {
			return this.pairs.stream().map((pair) -> pair[0]).distinct().toList();
		}

		AbstractMockHttpServletRequestBuilder<?> applyTo(AbstractMockHttpServletRequestBuilder<?> request) {
			this.pairs.forEach((pair) -> request.param(pair[0], pair[1]));
			return request;
		}

		@Override
		public String toString() {
			return this.pairs.stream()
				.map((pair) -> describe(pair[0]) + "=" + describe(pair[1]))
				.collect(Collectors.joining(", ", "{", "}"));
		}

	}

	/** The answer to one request, and whether the change it asked for was made. */
	record Outcome(MockHttpServletResponse response, Map<String, Object> flash, boolean accepted) {

		String location() {
			return this.response.getRedirectedUrl();
		}

	}

	Random random() {
		return this.random;
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** A number for a key or a name of this fuzzer's own, different each time. */
	int serial() {
		return ++this.serial;
	}

	boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

	/** A text a field should store: plain, or with a hostile payload inside it. */
	String storable() {
		return switch (this.random.nextInt(4)) {
			case 0 -> "Fuzz text " + this.random.nextInt(1000);
			case 1 -> pick(STORABLE);
			default -> "Fz " + pick(STORABLE) + " " + this.random.nextInt(1000);
		};
	}

	/**
	 * Makes a valid form hostile, or leaves it valid (one time in six: then it must be
	 * accepted when it is sent, unless {@link #spoiled} says otherwise): one to three
	 * fields get a value of the wrong kind, are left out or sent twice, a field the form
	 * does not have is added, or the version is made stale, forged or unreadable.
	 * @param fields the form's fields by kind (the version is not among them)
	 * @param odd parameter names that this form's binding must refuse without failing
	 * @return whether the version still is the stored one
	 */
	boolean makeHostile(Params params, Map<String, Kind> fields, String version, List<String> odd) {
		if (this.random.nextInt(6) == 0) {
			this.untouched = true;
			return true;
		}
		boolean versionKept = true;
		String stored = (version != null) ? params.bound(version) : null;
		List<String> names = new ArrayList<>(fields.keySet());
		for (int i = 1 + this.random.nextInt(3); i > 0; i--) {
			String field = pick(names);
			switch (this.random.nextInt(10)) {
				case 0, 1, 2, 3 -> params.set(field, hostile(fields.get(field)));
				case 4 -> params.remove(field);
				case 5 -> params.add(field, pick(TEXTS));
				case 6 -> params.add(pick(NAMES), pick(TEXTS));
				case 7 -> params.add(odd.isEmpty() ? field + "[0]" : pick(odd), pick(TEXTS));
				default -> {
					if (stored != null && versionKept) {
						params.set(version, chance(10) ? null : badVersion(Long.parseLong(stored)));
						versionKept = false;
					}
					else {
						params.set(field, hostile(fields.get(field)));
					}
				}
			}
		}
		return versionKept;
	}

	/** The form to be sent next was made invalid on purpose, after all. */
	void spoiled() {
		this.untouched = false;
	}

	String hostile(Kind kind) {
		return switch (kind) {
			case TEXT -> pick(TEXTS);
			case NUMBER -> pick(NUMBERS);
			case CHOICE -> pick(CHOICES);
			case KEY -> pick(KEYS);
			case FLAG -> pick(FLAGS);
			case DATE -> pick(DATES);
		};
	}

	/** A version that is not the stored one, or not a version at all. */
	String badVersion(long stored) {
		List<String> bad = List.of(String.valueOf((stored > 0) ? stored - 1 : stored + 1), String.valueOf(stored + 1),
				String.valueOf(stored + 1000), "-1", "", "abc", "1e309", "9223372036854775808", "NaN",
				stored + "\u0000", "<script>alert(1)</script>");
		return pick(bad);
	}

	/**
	 * Sends a request as a signed-in editor (or administrator) with a CSRF token and
	 * checks what every answer must satisfy. A request that is not accepted (anything but
	 * a redirect without a refusal) must not change anything stored; one that is accepted
	 * must have carried the stored version.
	 * @param versionKept whether the request carries the stored version (false: it must
	 * not be accepted)
	 */
	Outcome send(String what, AbstractMockHttpServletRequestBuilder<?> request, Params params, String role,
			boolean versionKept) {
		return send(what, request, params, role, versionKept, false);
	}

	/**
	 * Sends a request that must not change anything stored, whatever it answers (a
	 * deletion of something that is missing or still referred to).
	 */
	Outcome sendExpectingNoChange(String what, AbstractMockHttpServletRequestBuilder<?> request, Params params,
			String role) {
		return send(what, request, params, role, true, true);
	}

	private Outcome send(String what, AbstractMockHttpServletRequestBuilder<?> request, Params params, String role,
			boolean versionKept, boolean mustNotChange) {
		this.requests++;
		boolean valid = this.untouched;
		this.untouched = false;
		Map<String, String> before = (this.known != null) ? this.known : fingerprint();
		this.known = null;
		MvcResult result;
		try {
			result = this.mvc.perform(params.applyTo(request).with(csrf()).with(user(actor(role)).roles(role)))
				.andReturn();
		}
		catch (Exception ex) {
			fail(what, params, "threw " + rootCause(ex));
			compare(what, params, before, "failed");
			return new Outcome(new MockHttpServletResponse(), Map.of(), false);
		}
		MockHttpServletResponse response = result.getResponse();
		check(what, params, response);
		Map<String, Object> flash = (result.getFlashMap() != null) ? new LinkedHashMap<>(result.getFlashMap())
				: Map.of();
		boolean accepted = response.getStatus() / 100 == 3 && !flash.containsKey("refusal");
		if (valid && !accepted) {
			fail(what, params, "refused a valid form: " + response.getStatus() + " " + flash.keySet());
		}
		if (!accepted || mustNotChange) {
			compare(what, params, before, "answered " + response.getStatus() + " " + flash.keySet());
		}
		else if (!versionKept) {
			fail(what, params, "accepted with a version that is not the stored one");
		}
		return new Outcome(response, flash, accepted);
	}

	/** GETs a page that must answer 200, checks it and returns its HTML. */
	String page(String uri, String role) {
		Params none = new Params();
		this.requests++;
		try {
			MockHttpServletResponse response = this.mvc
				.perform(get(java.net.URI.create(uri)).with(user(actor(role)).roles(role)))
				.andReturn()
				.getResponse();
			check("GET " + uri, none, response);
			if (response.getStatus() != 200) {
				fail("GET " + uri, none, "answered " + response.getStatus() + " instead of the page");
			}
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			fail("GET " + uri, none, "threw " + rootCause(ex));
			return "";
		}
	}

	/** GETs anything: it may be missing, but it must not fail or echo markup. */
	MockHttpServletResponse read(String what, AbstractMockHttpServletRequestBuilder<?> request, String role) {
		this.requests++;
		this.known = null;
		try {
			MockHttpServletResponse response = this.mvc.perform(request.with(user(actor(role)).roles(role)))
				.andReturn()
				.getResponse();
			check(what, new Params(), response);
			return response;
		}
		catch (Exception ex) {
			fail(what, new Params(), "threw " + rootCause(ex));
			return new MockHttpServletResponse();
		}
	}

	/**
	 * The stored value of a text field is what was sent, up to the surrounding whitespace
	 * that some fields strip (blank may be stored as null).
	 */
	void expectStored(String what, Params params, String field, String sent, Object stored) {
		String expected = (sent != null) ? sent : "";
		String actual = (stored != null) ? stored.toString() : "";
		if (!actual.equals(expected) && !actual.equals(expected.strip())) {
			fail(what, params, field + " stored as " + describe(actual) + " instead of " + describe(expected));
		}
	}

	/**
	 * A page shows a stored text, escaped (characters such as right-to-left marks may be
	 * written as references).
	 */
	void expectShown(String what, String html, String stored) {
		if (stored != null && !stored.isBlank() && !html.contains(escape(stored))
				&& !HtmlUtils.htmlUnescape(html).contains(stored)) {
			fail(what, new Params(), "the page does not show the stored " + describe(stored) + " (escaped)");
		}
	}

	void fail(String what, Params params, String problem) {
		this.failures
			.add("[seed " + this.seed + ", request " + this.requests + "] " + what + " " + params + ": " + problem);
	}

	void assertNoFailures() {
		assertThat(this.failures).as("%d requests, seed %d", this.requests, this.seed).isEmpty();
	}

	private void check(String what, Params params, MockHttpServletResponse response) {
		if (response.getStatus() >= 500) {
			fail(what, params, "answered " + response.getStatus());
		}
		for (String name : response.getHeaderNames()) {
			for (String value : response.getHeaders(name)) {
				if (value.contains("\r") || value.contains("\n") || value.contains("\u0000")) {
					fail(what, params, "header " + name + " carries a line break: " + describe(value));
				}
			}
			if (name.equalsIgnoreCase("X-Injected")
					|| name.equalsIgnoreCase("Set-Cookie") && response.getHeaders(name).contains("x=y")) {
				fail(what, params, "header injected: " + name);
			}
		}
		if (response.getContentType() != null && !response.getContentType().contains("html")) {
			// JSON, CSV and Markdown are data, not markup: they may quote a payload
			return;
		}
		String body;
		try {
			body = response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		for (String markup : MARKUP) {
			if (body.contains(markup)) {
				fail(what, params, "the answer shows " + describe(markup) + " unescaped");
			}
		}
		if (body.contains(EVALUATED)) {
			fail(what, params, "the answer shows an expression it was sent, evaluated");
		}
		if (body.contains("href=\"javascript:")) {
			fail(what, params, "the answer links to javascript:");
		}
	}

	private void compare(String what, Params params, Map<String, String> before, String answer) {
		Map<String, String> after = fingerprint();
		this.known = after;
		List<String> changed = before.keySet()
			.stream()
			.filter((table) -> !before.get(table).equals(after.get(table)))
			.toList();
		if (!changed.isEmpty()) {
			fail(what, params, answer + " but changed " + changed);
		}
	}

	/**
	 * A hash of every row of every table an admin form writes (matrix versions and audit
	 * entries by number), to compare before and after a request: a row that changes,
	 * appears or disappears changes it.
	 */
	Map<String, String> fingerprint() {
		Map<String, String> tables = new LinkedHashMap<>();
		for (String table : List.of("topic", "candidate", "criterion", "metric", "criterion_metric", "source",
				"dataset", "dataset_stack", "measurement", "claim", "claim_candidate", "score", "score_evidence",
				"question", "answer_option", "option_weight", "option_must_have", "app_user")) {
			// a sum of row hashes: independent of row order, so nothing needs sorting
			tables.put(table,
					"(select count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) from " + table + " t)");
		}
		tables.put("matrix_version", "(select count(*) || ':' || coalesce(max(id), 0) from matrix_version)");
		tables.put("audit_event", "(select count(*) || ':' || coalesce(max(id), 0) from audit_event)");
		tables.put("recommendation", "(select count(*)::text from recommendation)");
		List<String> hashes = this.jdbc.queryForList("select value from unnest(array["
				+ String.join(", ", tables.values()) + "]) with ordinality as h(value, n) order by n", String.class);
		Map<String, String> fingerprint = new LinkedHashMap<>();
		List<String> names = new ArrayList<>(tables.keySet());
		for (int i = 0; i < names.size(); i++) {
			fingerprint.put(names.get(i), hashes.get(i));
		}
		return fingerprint;
	}

	/** What Spring binds to {@code true}. */
	static boolean isTrue(String flag) {
		return flag != null
				&& List.of("true", "on", "yes", "1").contains(flag.strip().toLowerCase(java.util.Locale.ROOT));
	}

	/** As Thymeleaf escapes text and attribute values. */
	static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	/** Control characters spelled out, long values shortened, for failure messages. */
	static String describe(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().limit(60).forEach((c) -> {
			if (c < 0x20 || c == 0x7f || (c >= 0x200e && c <= 0x202e)) {
				out.append(String.format("\\u%04x", c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return "\"" + out + ((text.codePointCount(0, text.length()) > 60) ? "…(" + text.length() + " chars)" : "")
				+ "\"";
	}

	static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		return cause.getClass().getSimpleName() + ": " + message.substring(0, Math.min(message.length(), 160));
	}

	private static String actor(String role) {
		return "fuzz-" + role.toLowerCase(java.util.Locale.ROOT);
	}

	@SafeVarargs
	static List<String> concat(Collection<String>... lists) {
		List<String> all = new ArrayList<>();
		for (Collection<String> list : lists) {
			all.addAll(list);
		}
		return List.copyOf(all);
	}

}
