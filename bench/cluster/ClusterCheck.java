import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP half of bench/cluster.sh, against two instances A and B of the app on one
 * PostgreSQL (profile cluster): a sign-in on A is valid on B, a share link made on A
 * opens on B, and in each of ROUNDS rounds a version published on A (after an edit of one
 * cell) shows on B within BOUND_MS (the /matrix page, the matrixVersion of a new
 * recommendation, the notice on the old share link), while B is being read all along;
 * B never answers an older version after that; signing out on B signs out on A. Prints
 * each figure; each failed check also as a line starting with "FAIL-CHECK:"; exits 1
 * when any check failed.
 *
 * <pre>
 * java bench/cluster/ClusterCheck.java http://127.0.0.1:A http://127.0.0.1:B
 * </pre>
 *
 * Environment: ADMIN_PASSWORD (user admin), BOUND_MS (2000), ROUNDS (3), CELL
 * (fastapi/simplicity), POLL_MS (50: pause between two reads of one kind), STALE_CHECKS
 * (10 rounds of the three reads, 200 ms apart, after the last round), WARMUP (20 rounds
 * of the three reads on B first), RUN_ID.
 */
public class ClusterCheck {

	static final String TOPIC = "python-web-frameworks";

	static final String ANSWERS = "{\"answers\":{\"service_kind\":\"json_api\",\"io_profile\":\"database\","
			+ "\"concurrency\":\"moderate\",\"deployment\":\"containers\",\"admin_needs\":\"nice\",\"team\":\"small_senior\"}}";


	static final Pattern MATRIX_VERSION_TAG = Pattern.compile("<span class=\"tag\">Version (\\d+)</span>");

	static final Pattern API_VERSION = Pattern.compile("\"matrixVersion\"\\s*:\\s*(\\d+)");



	final String a;

	final String b;

	final String password = env("ADMIN_PASSWORD", "");

	final long boundMs = Long.parseLong(env("BOUND_MS", "2000"));

	final long pollMs = Long.parseLong(env("POLL_MS", "50"));

	final int staleChecks = Integer.parseInt(env("STALE_CHECKS", "10"));

	final int warmup = Integer.parseInt(env("WARMUP", "20"));

	final int rounds = Integer.parseInt(env("ROUNDS", "3"));

	final String cell = env("CELL", "fastapi/simplicity");

	final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	final List<String> failures = new ArrayList<>();

	ClusterCheck(String a, String b) {
		this.a = a;
		this.b = b;
	}

	public static void main(String[] args) throws Exception {
		ClusterCheck check = new ClusterCheck(args[0], args[1]);
		check.run();
		System.exit(check.failures.isEmpty() ? 0 : 1);
	}

	void run() throws Exception {
		// Sign in on A, use the cookie on B.
		String session = signIn(this.a);
		if (session == null) {
			return;
		}
		HttpResponse<String> adminOnB = get(this.b + "/admin", session);
		boolean sharedSession = adminOnB.statusCode() == 200 && adminOnB.body().contains("Signed in as admin");
		report(sharedSession, "signed in on A; GET /admin on B with that cookie: " + describe(adminOnB)
				+ (sharedSession ? " (Signed in as admin)" : ""));

		// A share link made on A, read on B (page and API), before anything is published.
		HttpResponse<String> created = post(this.a + "/api/v1/topics/" + TOPIC + "/recommendations", ANSWERS);
		String location = created.headers().firstValue("Location").orElse("");
		String id = location.substring(location.lastIndexOf('/') + 1);
		int version = apiVersion(created.body());
		report(created.statusCode() == 201 && !id.isEmpty(),
				"share link made on A: " + created.statusCode() + " " + location + ", matrix version " + version);
		HttpResponse<String> pageOnB = get(this.b + "/r/" + id, null);
		HttpResponse<String> apiOnB = get(this.b + "/api/v1/recommendations/" + id, null);
		report(pageOnB.statusCode() == 200 && apiOnB.statusCode() == 200 && apiOnB.body().contains("\"" + id + "\""),
				"the same link on B: /r/{id} " + pageOnB.statusCode() + ", /api/v1/recommendations/{id} "
						+ apiOnB.statusCode());

		// Warm B up (JIT; and the old version's pages in its page cache, which must not be
		// served once a new version is out).
		for (int n = 0; n < this.warmup; n++) {
			for (int kind = 0; kind < 3; kind++) {
				read(kind, id);
			}
		}
		int before = read(0, id);
		report(before == version, "B's /matrix shows version " + before + " (after " + this.warmup
				+ " warm-up rounds of the three reads on B)");

		// Each round: B is read continuously (so its once-a-second lookups run at any phase);
		// A edits one cell, so that the next version differs, and publishes it; each read on
		// B must show the new version within the bound, and never the old one after it.
		long worst = -1;
		int newest = version;
		for (int round = 1; round <= this.rounds; round++) {
			List<Poller> pollers = new ArrayList<>();
			for (int kind = 0; kind < 3; kind++) {
				pollers.add(new Poller(kind, id));
			}
			pollers.forEach(Poller::start);
			Thread.sleep(1500);
			Publish publish = editAndPublish(session, round);
			if (publish == null) {
				pollers.forEach((poller) -> poller.publishedAt = -2);
				for (Poller poller : pollers) {
					poller.join();
				}
				return;
			}
			for (Poller poller : pollers) {
				poller.expected = publish.version;
				poller.publishedAt = publish.at;
				newest = publish.version;
			}
			for (Poller poller : pollers) {
				poller.join();
			}
			int onA = matrixVersion(get(this.a + "/matrix", null).body());
			StringBuilder figures = new StringBuilder();
			boolean ok = onA == publish.version;
			for (Poller poller : pollers) {
				ok &= poller.firstSent >= 0 && ms(poller.firstSent) <= this.boundMs && poller.staleAfterBound == 0
						&& poller.staleAfterSeen == 0 && poller.error == null;
				figures.append(String.format("%n          %-31s %5s ms (answered at %5s ms), %3d polls after the publish, stale after the bound %d, stale again after fresh %d, last answer version %d%s",
						KINDS[poller.kind], (poller.firstSent >= 0) ? ms(poller.firstSent) : "never",
						(poller.firstReceived >= 0) ? ms(poller.firstReceived) : "never", poller.polls,
						poller.staleAfterBound, poller.staleAfterSeen, poller.lastSeen,
						(poller.error != null) ? ", error: " + poller.error : ""));
				worst = Math.max(worst, (poller.firstSent >= 0) ? ms(poller.firstSent) : Long.MAX_VALUE);
			}
			report(ok, "round " + round + ": version " + publish.version + " published on A (" + publish.detail
					+ "); A's /matrix then shows " + onA + "; B first answered it to a request sent after:" + figures);
		}
		System.out.println("DELAY_MS=" + ((worst == Long.MAX_VALUE) ? "never" : worst));

		// Well after the last publish: B answers the newest version every time.
		int stale = 0;
		List<List<Integer>> answers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (int n = 0; n < this.staleChecks; n++) {
			for (int kind = 0; kind < 3; kind++) {
				int seen = read(kind, id);
				answers.get(kind).add(seen);
				stale += (seen == newest) ? 0 : 1;
			}
			Thread.sleep(200);
		}
		report(stale == 0, "afterwards: " + this.staleChecks + " rounds of the three reads on B, "
				+ (this.staleChecks * 3) + " answers, not version " + newest + ": " + stale + " (versions shown: "
				+ KINDS[0] + " " + answers.get(0).stream().distinct().toList() + ", " + KINDS[1] + " "
				+ answers.get(1).stream().distinct().toList() + ", " + KINDS[2] + " "
				+ answers.get(2).stream().distinct().toList() + ")");

		// Signing out on B ends the session on A too.
		HttpResponse<String> adminPage = get(this.b + "/admin", session);
		Matcher logoutToken = CellForm.CSRF.matcher(adminPage.body());
		if (!logoutToken.find()) {
			report(false, "no sign-out form on B's /admin: " + describe(adminPage));
			return;
		}
		HttpResponse<String> signedOut = postForm(this.b + "/logout", "_csrf=" + CellForm.enc(logoutToken.group(1)), session);
		HttpResponse<String> adminOnA = get(this.a + "/admin", session);
		boolean outOnA = adminOnA.statusCode() == 302
				&& adminOnA.headers().firstValue("Location").orElse("").contains("/login");
		report(signedOut.statusCode() == 302 && outOnA, "signed out on B: " + describe(signedOut)
				+ "; GET /admin on A with the same cookie: " + describe(adminOnA));
	}

	record Publish(int version, long at, String detail) {
	}

	/** Edits the cell and publishes the draft on A; null (reported) when that failed. */
	Publish editAndPublish(String session, int round) throws Exception {
		if (!editCell(session)) {
			return null;
		}
		HttpResponse<String> draft = get(this.a + "/admin/topics/" + TOPIC + "/draft", session);
		Matcher basedOn = Pattern.compile("name=\"basedOn\" value=\"(\\d+)\"").matcher(draft.body());
		Matcher token = CellForm.CSRF.matcher(draft.body());
		if (draft.statusCode() != 200 || !basedOn.find() || !token.find()) {
			report(false, "the draft page on A: " + describe(draft));
			return null;
		}
		String form = "note=" + CellForm.enc("bench/cluster.sh " + env("RUN_ID", "") + " round " + round) + "&basedOn="
				+ basedOn.group(1) + "&_csrf=" + CellForm.enc(token.group(1));
		long sent = System.nanoTime();
		HttpResponse<String> published = postForm(this.a + "/admin/topics/" + TOPIC + "/publish", form, session);
		long at = System.nanoTime();
		if (published.statusCode() != 302
				|| !published.headers().firstValue("Location").orElse("").endsWith("/draft")) {
			report(false, "publishing on A: " + describe(published));
			return null;
		}
		return new Publish(Integer.parseInt(basedOn.group(1)) + 1, at,
				"POST /publish answered 302 in " + ms(at - sent) + " ms");
	}

	/** Changes the score and the rationale of one cell on A; whether it was saved. */
	boolean editCell(String session) throws Exception {
		String url = this.a + "/admin/topics/" + TOPIC + "/matrix/" + this.cell;
		HttpResponse<String> page = get(url, session);
		if (page.statusCode() != 200) {
			report(false, "the cell form on A: " + describe(page));
			return false;
		}
		Map<String, List<String>> fields = CellForm.fields(page.body());
		String value = CellForm.first(fields, "value");
		double score = value.isEmpty() ? 5 : Double.parseDouble(value.replace(',', '.'));
		String changed = String.valueOf((int) ((score >= 5) ? score - 3 : score + 3));
		fields.put("value", List.of(changed));
		fields.put("mode", List.of("judgement"));
		fields.put("rationale",
				List.of(CellForm.first(fields, "rationale") + " [bench-cluster " + env("RUN_ID", "") + "]"));
		HttpResponse<String> saved = postForm(url, CellForm.urlEncoded(fields), session);
		boolean ok = saved.statusCode() == 302 && saved.headers().firstValue("Location").orElse("").endsWith(this.cell);
		report(ok, "edited " + this.cell + " on A (score " + value + " -> " + changed + "): " + describe(saved));
		return ok;
	}

	/** Signs in through the form; returns the SESSION cookie, or null. */
	String signIn(String base) throws Exception {
		HttpResponse<String> form = get(base + "/login", null);
		Matcher token = CellForm.CSRF.matcher(form.body());
		String cookie = cookie(form);
		if (!token.find() || cookie == null) {
			report(false, "the sign-in form: " + describe(form) + ", session cookie " + cookie);
			return null;
		}
		HttpResponse<String> signedIn = postForm(base + "/login",
				"username=admin&password=" + CellForm.enc(this.password) + "&_csrf=" + CellForm.enc(token.group(1)), cookie);
		boolean ok = signedIn.statusCode() == 302
				&& signedIn.headers().firstValue("Location").orElse("").endsWith("/admin");
		if (!ok) {
			report(false, "signing in on " + base + ": " + describe(signedIn));
			return null;
		}
		String renewed = cookie(signedIn);
		return (renewed != null) ? renewed : cookie;
	}

	static String cookie(HttpResponse<String> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			if (header.startsWith("SESSION=")) {
				return header.substring("SESSION=".length(), header.indexOf(';'));
			}
		}
		return null;
	}


	static final String[] KINDS = { "the /matrix page", "matrixVersion of a new POST",
			"the notice on the old /r/{id}" };

	static final Pattern NEWER_NOTICE = Pattern
		.compile("Version (\\d+) of the decision matrix has been published since");

	/**
	 * The matrix version one read of B shows: 0 the /matrix page, 1 a new recommendation
	 * (its matrixVersion), 2 the old share link (the newer version its notice names, else
	 * the version it was made with, 1); -1 for anything unexpected.
	 */
	int read(int kind, String id) throws Exception {
		switch (kind) {
			case 0 -> {
				HttpResponse<String> matrix = get(this.b + "/matrix", null);
				return (matrix.statusCode() == 200) ? matrixVersion(matrix.body()) : -1;
			}
			case 1 -> {
				HttpResponse<String> api = post(this.b + "/api/v1/topics/" + TOPIC + "/recommendations", ANSWERS);
				return (api.statusCode() == 201) ? apiVersion(api.body()) : -1;
			}
			default -> {
				HttpResponse<String> share = get(this.b + "/r/" + id, null);
				if (share.statusCode() != 200) {
					return -1;
				}
				Matcher notice = NEWER_NOTICE.matcher(share.body());
				return notice.find() ? Integer.parseInt(notice.group(1)) : 1;
			}
		}
	}

	/**
	 * Reads B one way, again and again, from before the publish until the new version has
	 * been seen and the bound has passed: when the first request that got the new version
	 * was sent (and answered), counted from the moment A confirmed the publish, and how
	 * many requests sent after the bound, or after a fresh answer, still got an older one.
	 * Requests sent before the publish was confirmed do not count.
	 */
	final class Poller extends Thread {

		final int kind;

		final String id;

		/** Set once the publish is confirmed (nanoTime); -2: stop. */
		volatile long publishedAt = -1;

		volatile int expected;

		long firstSent = -1;

		long firstReceived = -1;

		int polls;

		int staleAfterBound;

		int staleAfterSeen;

		String error;

		/** The version the last read showed. */
		volatile int lastSeen = -1;

		Poller(int kind, String id) {
			super("poll-" + kind);
			this.kind = kind;
			this.id = id;
		}

		@Override
		public void run() {
			long started = System.nanoTime();
			long bound = Duration.ofMillis(ClusterCheck.this.boundMs).toNanos();
			long patience = Duration.ofMillis(Math.max(10_000, 5 * ClusterCheck.this.boundMs)).toNanos();
			while (this.publishedAt != -2) {
				long published = this.publishedAt;
				long sent = System.nanoTime();
				if (published < 0 && sent - started > Duration.ofMinutes(5).toNanos()) {
					return;
				}
				if (published > 0 && (sent - published > patience
						|| (this.firstSent >= 0 && sent - published > bound + Duration.ofSeconds(1).toNanos()))) {
					return;
				}
				int seen;
				try {
					seen = read(this.kind, this.id);
				}
				catch (Exception ex) {
					seen = -1;
					this.error = ex.toString();
				}
				this.lastSeen = seen;
				long received = System.nanoTime();
				if (published > 0) {
					this.polls++;
					boolean fresh = seen >= this.expected;
					if (fresh && this.firstSent < 0) {
						this.firstSent = sent - published;
						this.firstReceived = received - published;
					}
					else if (!fresh) {
						this.staleAfterSeen += (this.firstSent >= 0) ? 1 : 0;
						this.staleAfterBound += (sent - published > bound) ? 1 : 0;
					}
				}
				try {
					Thread.sleep(ClusterCheck.this.pollMs);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

	}

	// ---- HTTP ------------------------------------------------------------------------------

	HttpResponse<String> get(String url, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", url.contains("/api/") ? "application/json" : "text/html");
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return send(request);
	}

	HttpResponse<String> post(String url, String json) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> postForm(String url, String form, String session) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String describe(HttpResponse<String> response) {
		return response.statusCode() + response.headers().firstValue("Location").map((to) -> " -> " + to).orElse("");
	}

	static int matrixVersion(String html) {
		Matcher matcher = MATRIX_VERSION_TAG.matcher(html);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
	}

	static int apiVersion(String json) {
		Matcher matcher = API_VERSION.matcher(json);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
	}

	// ---- reporting -------------------------------------------------------------------------

	void report(boolean ok, String what) {
		System.out.println((ok ? "  ok    " : "  FAIL  ") + what);
		if (!ok) {
			this.failures.add(what);
			System.out.println("FAIL-CHECK: " + what.lines().findFirst().orElse(""));
		}
	}

	static long ms(long nanos) {
		return nanos / 1_000_000;
	}

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isEmpty()) ? fallback : value;
	}

}
