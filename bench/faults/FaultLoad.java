import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/faults.sh: visitors that POST recommendations with varied answers and
 * read pages, one editor who signs in and saves an edit of one matrix cell again and
 * again, and a health probe, for a fixed time. Every request goes to requests.tsv (start
 * and end in epoch ms, so the script can place them against the moments it stopped and
 * started PostgreSQL); every confirmed write goes, at once, to confirmed-recommendations.txt
 * (the id of each 201) or confirmed-edits.txt (the marker of each saved edit, i.e. each
 * redirect back to the cell after a save).
 *
 * <pre>
 * java bench/faults/FaultLoad.java BASE_URL DURATION_S OUT_DIR
 * </pre>
 *
 * Environment: ADMIN_PASSWORD (user admin), RUN_ID (part of every marker), CLIENTS (16),
 * THINK_MS (20, pause between a visitor's requests), EDIT_PAUSE_MS (200), CELL
 * (fastapi/simplicity: candidate/criterion of the edited cell), REQUEST_TIMEOUT_S (30: a
 * request that takes longer is recorded as a timeout, i.e. a hang).
 */
public class FaultLoad {

	static final String TOPIC = "python-web-frameworks";

	/** The seeded questions and their options (product brief, "stable keys"). */
	static final Map<String, List<String>> QUESTIONS = Map.ofEntries(
			Map.entry("service_kind", List.of("ai_backend", "json_api", "fullstack_app", "glue_service", "model_endpoint")),
			Map.entry("io_profile", List.of("external_waits", "database", "cpu")),
			Map.entry("concurrency", List.of("low", "moderate", "high")),
			Map.entry("deployment", List.of("serverless", "containers", "vm")),
			Map.entry("admin_needs", List.of("must", "nice", "none")),
			Map.entry("auth_model", List.of("browser_sessions_roles", "api_tokens", "shared_secret")),
			Map.entry("realtime", List.of("streaming", "none")),
			Map.entry("api_contract", List.of("openapi_required", "informal")),
			Map.entry("domain_complexity", List.of("complex_relational", "simple")),
			Map.entry("team", List.of("small_senior", "large_mixed", "learning")),
			Map.entry("existing_stack", List.of("django", "flask", "fastapi", "none")),
			Map.entry("memory_budget", List.of("tight", "normal")));

	static final List<String> PAGES = List.of("/", "/wizard", "/matrix", "/evidence", "/r/{id}",
			"/api/v1/recommendations/{id}");




	static final Pattern HEALTH = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

	static final String PAGE_503_HEADING = "We cannot reach our database right now";

	final String base;

	final long endAt;

	final Path out;

	final String adminPassword = env("ADMIN_PASSWORD", "");

	final String runId = env("RUN_ID", "run");

	final int thinkMs = Integer.parseInt(env("THINK_MS", "20"));

	final int editPauseMs = Integer.parseInt(env("EDIT_PAUSE_MS", "200"));

	final String cell = env("CELL", "fastapi/simplicity");

	final Duration timeout = Duration.ofSeconds(Long.parseLong(env("REQUEST_TIMEOUT_S", "30")));

	final BufferedWriter requests;

	final BufferedWriter confirmedRecommendations;

	final BufferedWriter confirmedEdits;

	final BufferedWriter attemptedEdits;

	/** Ids confirmed so far, for the visitors' /r/{id} and API reads. */
	final List<String> ids = new ArrayList<>();

	final AtomicLong total = new AtomicLong();

	final AtomicLong created = new AtomicLong();

	final AtomicLong saved = new AtomicLong();

	final AtomicLong unavailable = new AtomicLong();

	final AtomicLong other = new AtomicLong();

	FaultLoad(String base, long durationSeconds, Path out) throws IOException {
		this.base = base;
		this.out = out;
		Files.createDirectories(out);
		this.requests = Files.newBufferedWriter(out.resolve("requests.tsv"));
		this.confirmedRecommendations = Files.newBufferedWriter(out.resolve("confirmed-recommendations.txt"));
		this.confirmedEdits = Files.newBufferedWriter(out.resolve("confirmed-edits.txt"));
		this.attemptedEdits = Files.newBufferedWriter(out.resolve("attempted-edits.tsv"));
		this.endAt = System.currentTimeMillis() + durationSeconds * 1000;
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: java FaultLoad.java BASE_URL DURATION_S OUT_DIR");
			System.exit(2);
		}
		FaultLoad load = new FaultLoad(args[0], Long.parseLong(args[1]), Path.of(args[2]));
		load.run(Integer.parseInt(env("CLIENTS", "16")));
	}

	void run(int clients) throws Exception {
		Files.writeString(this.out.resolve("started"), System.currentTimeMillis() + "\n");
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			String name = "visitor" + (i + 1);
			threads.add(thread(name, () -> visitor(name)));
		}
		threads.add(thread("editor", this::editor));
		threads.add(thread("health", this::health));
		long startedAt = System.currentTimeMillis();
		while (threads.stream().anyMatch(Thread::isAlive)) {
			Thread.sleep(Math.min(5000, Math.max(1, this.endAt + 500 - System.currentTimeMillis())));
			if (System.currentTimeMillis() < this.endAt + 500) {
				System.out.printf("  %3d s: %d requests, %d recommendations created, %d edits saved, %d answered 503, %d other errors%n",
						(System.currentTimeMillis() - startedAt) / 1000, this.total.get(), this.created.get(),
						this.saved.get(), this.unavailable.get(), this.other.get());
			}
			synchronized (this.requests) {
				this.requests.flush();
			}
		}
		for (Thread thread : threads) {
			thread.join();
		}
		this.requests.close();
		this.confirmedRecommendations.close();
		this.confirmedEdits.close();
		this.attemptedEdits.close();
	}

	Thread thread(String name, Runnable body) {
		Thread thread = new Thread(() -> {
			try {
				body.run();
			}
			catch (RuntimeException ex) {
				System.err.println(name + " stopped: " + ex);
				ex.printStackTrace();
			}
		}, name);
		thread.start();
		return thread;
	}

	boolean running() {
		return System.currentTimeMillis() < this.endAt;
	}

	// ---- visitors --------------------------------------------------------------------------

	void visitor(String name) {
		HttpClient client = client();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (running()) {
			Result post = send(client, name, "POST /api/v1/topics/{topic}/recommendations",
					json(URI.create(this.base + "/api/v1/topics/" + TOPIC + "/recommendations"), answers(random)));
			if (post.status == 201) {
				String location = post.response.headers().firstValue("Location").orElse("");
				String id = location.substring(location.lastIndexOf('/') + 1);
				confirm(this.confirmedRecommendations, id);
				this.created.incrementAndGet();
				synchronized (this.ids) {
					this.ids.add(id);
				}
			}
			pause(this.thinkMs);
			for (int i = 0; i < 2 && running(); i++) {
				String page = PAGES.get(random.nextInt(PAGES.size()));
				String id = randomId(random);
				if (page.contains("{id}") && id == null) {
					page = "/";
				}
				String path = page.replace("{id}", (id != null) ? id : "");
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
					.header("Accept", path.startsWith("/api/") ? "application/json" : "text/html");
				send(client, name, "GET " + page, request);
				pause(this.thinkMs);
			}
		}
	}

	String randomId(ThreadLocalRandom random) {
		synchronized (this.ids) {
			return this.ids.isEmpty() ? null : this.ids.get(random.nextInt(this.ids.size()));
		}
	}

	/** Each question answered with a random option, or (one time in four) skipped. */
	static String answers(ThreadLocalRandom random) {
		StringBuilder json = new StringBuilder("{\"answers\":{");
		String separator = "";
		for (Map.Entry<String, List<String>> question : QUESTIONS.entrySet()) {
			if (random.nextInt(4) == 0) {
				continue;
			}
			List<String> options = question.getValue();
			json.append(separator)
				.append('"')
				.append(question.getKey())
				.append("\":\"")
				.append(options.get(random.nextInt(options.size())))
				.append('"');
			separator = ",";
		}
		return json.append("}}").toString();
	}

	// ---- the editor ------------------------------------------------------------------------

	void editor() {
		HttpClient client = client();
		String cellPath = "/admin/topics/" + TOPIC + "/matrix/" + this.cell;
		String session = null;
		long attempt = 0;
		while (running()) {
			if (session == null) {
				session = signIn(client);
				if (session == null) {
					pause(500);
					continue;
				}
			}
			Result form = send(client, "editor", "GET " + "/admin/…/matrix/{cell}",
					HttpRequest.newBuilder(URI.create(this.base + cellPath))
						.header("Accept", "text/html")
						.header("Cookie", "JSESSIONID=" + session));
			if (form.status == 302 && form.location().contains("/login")) {
				session = null;
				continue;
			}
			if (form.status != 200) {
				pause(this.editPauseMs);
				continue;
			}
			Map<String, List<String>> fields = CellForm.fields(form.body());
			String marker = "[bench-faults " + this.runId + "-" + (++attempt) + "]";
			String rationale = CellForm.first(fields, "rationale").replaceAll("\\s*\\[bench-faults [^\\]]*\\]$", "");
			fields.put("rationale", List.of(rationale + " " + marker));
			Result save = send(client, "editor", "POST " + "/admin/…/matrix/{cell}",
					HttpRequest.newBuilder(URI.create(this.base + cellPath))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.header("Cookie", "JSESSIONID=" + session)
						.POST(HttpRequest.BodyPublishers.ofString(CellForm.urlEncoded(fields))));
			boolean confirmed = save.status == 302 && save.location().endsWith(cellPath);
			if (confirmed) {
				confirm(this.confirmedEdits, marker);
				this.saved.incrementAndGet();
			}
			else if (save.status == 302 && save.location().contains("/login")) {
				session = null;
			}
			synchronized (this.attemptedEdits) {
				write(this.attemptedEdits, marker + "\t" + save.status + "\t" + (confirmed ? "confirmed" : "not-confirmed")
						+ "\t" + CellForm.first(fields, "version") + "\n");
			}
			pause(this.editPauseMs);
		}
	}

	/** Signs in as admin through the form; the session id, or null when it failed. */
	String signIn(HttpClient client) {
		Result page = send(client, "editor", "GET /login",
				HttpRequest.newBuilder(URI.create(this.base + "/login")).header("Accept", "text/html"));
		if (page.status != 200) {
			return null;
		}
		Matcher token = CellForm.CSRF.matcher(page.body());
		Optional<String> cookie = session(page.response);
		if (!token.find() || cookie.isEmpty()) {
			return null;
		}
		String body = "username=admin&password=" + URLEncoder.encode(this.adminPassword, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		Result signedIn = send(client, "editor", "POST /login",
				HttpRequest.newBuilder(URI.create(this.base + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Cookie", "JSESSIONID=" + cookie.get())
					.POST(HttpRequest.BodyPublishers.ofString(body)));
		if (signedIn.status != 302 || !signedIn.location().endsWith("/admin")) {
			System.err.println("editor: sign-in answered " + signedIn.status + " " + signedIn.location());
			return null;
		}
		return session(signedIn.response).orElse(cookie.get());
	}

	static Optional<String> session(HttpResponse<String> response) {
		for (String setCookie : response.headers().allValues("Set-Cookie")) {
			if (setCookie.startsWith("JSESSIONID=")) {
				return Optional.of(setCookie.substring("JSESSIONID=".length(), setCookie.indexOf(';')));
			}
		}
		return Optional.empty();
	}

	// ---- health ----------------------------------------------------------------------------

	void health() {
		HttpClient client = client();
		while (running()) {
			send(client, "health", "GET /actuator/health",
					HttpRequest.newBuilder(URI.create(this.base + "/actuator/health")).header("Accept", "application/json"));
			pause(250);
		}
	}

	// ---- requests and the record of them ---------------------------------------------------

	HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	static HttpRequest.Builder json(URI uri, String body) {
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	record Result(int status, HttpResponse<String> response) {

		String body() {
			return (this.response != null) ? this.response.body() : "";
		}

		String location() {
			return (this.response != null) ? this.response.headers().firstValue("Location").orElse("") : "";
		}

	}

	/**
	 * Sends and records one request: start, end, latency, client, label, status (0: no
	 * answer), and what kind of answer it was (for a 503: the app's 503 page, a problem
	 * detail with Retry-After, or something else; for health: its status).
	 */
	Result send(HttpClient client, String who, String label, HttpRequest.Builder request) {
		long start = System.currentTimeMillis();
		long startNanos = System.nanoTime();
		HttpResponse<String> response = null;
		String shape;
		int status;
		try {
			response = client.send(request.timeout(this.timeout).build(), HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			shape = shape(label, response);
		}
		catch (HttpTimeoutException ex) {
			status = 0;
			shape = "timeout";
		}
		catch (IOException ex) {
			status = 0;
			shape = "io-error:" + ex.getClass().getSimpleName();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		long latency = (System.nanoTime() - startNanos) / 1_000_000;
		long end = System.currentTimeMillis();
		this.total.incrementAndGet();
		if (status == 503) {
			this.unavailable.incrementAndGet();
		}
		else if (status == 0 || status >= 400) {
			this.other.incrementAndGet();
		}
		synchronized (this.requests) {
			write(this.requests, start + "\t" + end + "\t" + latency + "\t" + who + "\t" + label + "\t" + status + "\t"
					+ shape + "\n");
		}
		return new Result(status, response);
	}

	static String shape(String label, HttpResponse<String> response) {
		String type = response.headers().firstValue("Content-Type").orElse("none").replace(" ", "");
		if (label.endsWith("/actuator/health")) {
			Matcher status = HEALTH.matcher(response.body());
			return status.find() ? status.group(1) : "no-status:" + type;
		}
		if (response.statusCode() != 503) {
			return "-";
		}
		boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
		if (type.startsWith("application/problem+json")) {
			return retryAfter ? "problem" : "problem-without-retry-after";
		}
		if (type.startsWith("text/html")) {
			return response.body().contains(PAGE_503_HEADING) ? "page" : "other-html";
		}
		return "other:" + type;
	}

	void confirm(BufferedWriter file, String line) {
		synchronized (file) {
			write(file, line + "\n");
			try {
				file.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	static void write(BufferedWriter file, String text) {
		try {
			file.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isEmpty()) ? fallback : value;
	}

}
