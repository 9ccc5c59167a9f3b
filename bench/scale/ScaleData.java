import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates clearly synthetic data for the scaling benchmark (bench/scale.sh), in the
 * import formats of db/seed/README.md, deterministically (fixed seed). Plain Java 17, no
 * dependencies:
 *
 * <pre>
 * java bench/scale/ScaleData.java copies OUT COPIES [SEED_DIR]
 *     COPIES synthetic copies of every seeded source of SEED_DIR (default
 *     db/seed/python-web-frameworks): same number of datasets, measurements and claims per
 *     source, same candidates, metrics, scenarios, workloads, criteria, kinds and stances;
 *     generated values (the seeded figure times a random factor per copy and candidate),
 *     quotes, titles and texts. One file per synthetic source in OUT/sources/, each
 *     importable at /admin/topics/{topic}/import (JSON).
 * java bench/scale/ScaleData.java topic OUT [CANDIDATES CRITERIA]
 *     a new topic (default 50 candidates x 40 criteria, 8 metrics, 30 questions, 6 sources
 *     with 2 datasets each covering every candidate, ~70 claims per source): OUT/topic-export.json
 *     (for /admin/import: topic, matrix and the sources the matrix cites) and OUT/sources/*.json
 *     (the other sources, for the topic's JSON import).
 * </pre>
 *
 * Both also write OUT/bodies.txt (request bodies for POST .../recommendations, one JSON
 * per line, varied answers) and OUT/manifest.txt (key=value: topic, a dataset slug,
 * counts). Every file is checked to be under the import limit of 5 MB.
 *
 * Options (before the positional arguments): --seed N (default 20261122), --bodies N (default 256).
 */
public class ScaleData {

	static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

	static final String GENERATOR = "bench/scale/ScaleData.java";

	static long seed = 20261122L;

	static int bodyCount = 256;

	public static void main(String[] args) throws IOException {
		List<String> positional = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--seed" -> seed = Long.parseLong(args[++i]);
				case "--bodies" -> bodyCount = Integer.parseInt(args[++i]);
				default -> positional.add(args[i]);
			}
		}
		if (positional.size() >= 3 && positional.get(0).equals("copies")) {
			Path out = Path.of(positional.get(1));
			int copies = Integer.parseInt(positional.get(2));
			Path seedDir = Path.of(positional.size() > 3 ? positional.get(3) : "db/seed/python-web-frameworks");
			new Copies(out, copies, seedDir).write();
		}
		else if (positional.size() >= 2 && positional.get(0).equals("topic")) {
			Path out = Path.of(positional.get(1));
			int candidates = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 50;
			int criteria = positional.size() > 3 ? Integer.parseInt(positional.get(3)) : 40;
			new SyntheticTopic(out, candidates, criteria).write();
		}
		else {
			System.err.println("""
					usage: java bench/scale/ScaleData.java [--seed N] [--bodies N] copies OUT COPIES [SEED_DIR]
					       java bench/scale/ScaleData.java [--seed N] [--bodies N] topic OUT [CANDIDATES CRITERIA]""");
			System.exit(2);
		}
	}

	// ---------------------------------------------------------------- seeded-topic copies

	static final class Copies {

		final Path out;

		final int copies;

		final Path seedDir;

		Copies(Path out, int copies, Path seedDir) {
			this.out = out;
			this.copies = copies;
			this.seedDir = seedDir;
		}

		@SuppressWarnings("unchecked")
		void write() throws IOException {
			List<Path> seedFiles;
			try (Stream<Path> files = Files.list(this.seedDir.resolve("sources"))) {
				seedFiles = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
			}
			List<Map<String, Object>> originals = new ArrayList<>();
			for (Path file : seedFiles) {
				originals.add((Map<String, Object>) Json.parse(Files.readString(file)));
			}
			Map<String, Object> matrix = (Map<String, Object>) Json.parse(Files.readString(this.seedDir.resolve("matrix.json")));
			String topic = (String) matrix.get("topic");
			Path sourcesDir = this.out.resolve("sources");
			Files.createDirectories(sourcesDir);
			int sourceNumber = 0;
			int datasetNumber = 0;
			int datasets = 0;
			int measurements = 0;
			int claims = 0;
			int fileCount = 0;
			long bytes = 0;
			for (int copy = 1; copy <= this.copies; copy++) {
				for (int s = 0; s < originals.size(); s++) {
					Map<String, Object> original = originals.get(s);
					Random rnd = new Random(seed * 1_000_003L + copy * 31L + s);
					sourceNumber++;
					Map<String, Object> source = (Map<String, Object>) original.get("source");
					String originalKey = (String) source.get("key");
					Map<String, Object> file = new LinkedHashMap<>();
					file.put("topic", original.get("topic"));
					file.put("source", Text.source("synthetic-scale-source-" + sourceNumber,
							"Synthetic scale source " + sourceNumber,
							"Synthetic: generated by " + GENERATOR + " for the scaling benchmark; not an article.",
							"Synthetic data for the scaling benchmark (bench/scale.sh), shaped like the seeded source '"
									+ originalKey + "' (copy " + copy + "): the same number of datasets, measurements "
									+ "and claims, generated values, quotes and texts. Not evidence of anything."));
					List<Object> dsOut = new ArrayList<>();
					for (Object o : (List<Object>) original.get("datasets")) {
						Map<String, Object> ds = (Map<String, Object>) o;
						datasetNumber++;
						dsOut.add(dataset(ds, datasetNumber, copy, rnd));
						datasets++;
						measurements += ((List<Object>) ds.get("measurements")).size();
					}
					file.put("datasets", dsOut);
					List<Object> claimsOut = new ArrayList<>();
					int claimIndex = 0;
					for (Object o : (List<Object>) original.get("claims")) {
						Map<String, Object> claim = (Map<String, Object>) o;
						claimIndex++;
						Map<String, Object> c = new LinkedHashMap<>();
						c.put("criterion", claim.get("criterion"));
						c.put("kind", claim.get("kind"));
						c.put("section", "Synthetic section " + (1 + rnd.nextInt(6)));
						String prefix = "Synthetic claim " + sourceNumber + "." + claimIndex + ": ";
						c.put("quote", prefix + Text.filler(rnd, ((String) claim.get("quote")).length() - prefix.length()));
						c.put("candidates", claim.get("candidates"));
						claimsOut.add(c);
					}
					claims += claimsOut.size();
					file.put("claims", claimsOut);
					String name = String.format("%05d-synthetic-scale-source-%d.json", sourceNumber, sourceNumber);
					bytes += Out.write(sourcesDir.resolve(name), Json.write(file));
					fileCount++;
				}
			}
			Bodies.write(this.out, questions((List<Object>) matrix.get("questions")), new Random(seed ^ 0x5EED));
			String slug = (String) ((Map<String, Object>) ((List<Object>) originals.stream()
				.filter(o -> !((List<Object>) o.get("datasets")).isEmpty())
				.findFirst()
				.orElseThrow()
				.get("datasets")).get(0)).get("slug");
			Map<String, Object> manifest = new LinkedHashMap<>();
			manifest.put("topic", topic);
			manifest.put("slug", slug);
			// the metric measured in the most datasets (then: with the most measurements), for its page
			Map<String, java.util.Set<Object>> metricDatasets = new TreeMap<>();
			Map<String, Integer> metricCount = new TreeMap<>();
			for (Map<String, Object> o : originals) {
				for (Object d : (List<Object>) o.get("datasets")) {
					for (Object m : (List<Object>) ((Map<String, Object>) d).get("measurements")) {
						String metric = (String) ((Map<String, Object>) m).get("metric");
						metricDatasets.computeIfAbsent(metric, k -> new java.util.HashSet<>()).add(((Map<String, Object>) d).get("slug"));
						metricCount.merge(metric, 1, Integer::sum);
					}
				}
			}
			manifest.put("metric", metricDatasets.keySet().stream()
				.max(java.util.Comparator.comparingInt((String k) -> metricDatasets.get(k).size()).thenComparingInt(metricCount::get))
				.orElseThrow());
			manifest.put("import_files", fileCount);
			manifest.put("sources", sourceNumber);
			manifest.put("datasets", datasets);
			manifest.put("measurements", measurements);
			manifest.put("claims", claims);
			manifest.put("bytes", bytes);
			// what the seeded topic has before anything is added
			manifest.put("base_sources", originals.size());
			manifest.put("base_datasets", originals.stream().mapToInt(o -> ((List<Object>) o.get("datasets")).size()).sum());
			manifest.put("base_measurements", originals.stream()
				.flatMap(o -> ((List<Object>) o.get("datasets")).stream())
				.mapToInt(d -> ((List<Object>) ((Map<String, Object>) d).get("measurements")).size())
				.sum());
			manifest.put("base_claims", originals.stream().mapToInt(o -> ((List<Object>) o.get("claims")).size()).sum());
			Out.manifest(this.out, manifest);
		}

		@SuppressWarnings("unchecked")
		static Map<String, Object> dataset(Map<String, Object> ds, int number, int copy, Random rnd) {
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("slug", "synthetic-scale-dataset-" + number);
			d.put("title", "Synthetic scale dataset " + number);
			for (String field : List.of("hardware", "os", "runtime", "loadTool", "loadProfile")) {
				d.put(field, (ds.get(field) != null) ? "Synthetic " + field + " " + (1 + rnd.nextInt(9)) : null);
			}
			d.put("connections", ds.get("connections"));
			d.put("duration", (ds.get("duration") != null) ? "synthetic duration" : null);
			d.put("database", (ds.get("database") != null) ? "synthetic database" : null);
			String methodology = "Synthetic dataset generated by " + GENERATOR + " (seed " + seed + ", copy " + copy
					+ ") for the scaling benchmark: the figures of the seeded dataset '" + ds.get("slug")
					+ "' multiplied by a random factor per candidate. No benchmark was run. ";
			d.put("methodology", methodology + Text.filler(rnd, length(ds.get("methodology")) - methodology.length()));
			d.put("caveats", (ds.get("caveats") != null) ? "Synthetic: " + Text.filler(rnd, length(ds.get("caveats")) - 11)
					: null);
			Map<String, Object> stacks = new LinkedHashMap<>();
			((Map<String, Object>) ds.get("stacks")).keySet()
				.forEach(candidate -> stacks.put(candidate, "Synthetic stack " + candidate));
			d.put("stacks", stacks);
			Map<String, Double> factor = new TreeMap<>();
			Map<String, String> variants = new LinkedHashMap<>();
			List<Object> ms = new ArrayList<>();
			int i = 0;
			for (Object o : (List<Object>) ds.get("measurements")) {
				Map<String, Object> m = (Map<String, Object>) o;
				i++;
				String candidate = (String) m.get("candidate");
				double f = factor.computeIfAbsent(candidate, k -> Math.exp(rnd.nextGaussian() * 0.25))
						* Math.exp(rnd.nextGaussian() * 0.05);
				Map<String, Object> n = new LinkedHashMap<>();
				n.put("candidate", candidate);
				n.put("metric", m.get("metric"));
				n.put("scenario", m.get("scenario"));
				n.put("workload", m.get("workload"));
				String stack = (String) m.get("stack");
				n.put("stack", (stack == null) ? null
						: variants.computeIfAbsent(stack, k -> "Synthetic stack variant " + (variants.size() + 1)));
				BigDecimal value = (BigDecimal) m.get("value");
				BigDecimal scaled = scale(value, f);
				n.put("value", scaled);
				BigDecimal max = (BigDecimal) m.get("valueMax");
				if (max != null) {
					BigDecimal scaledMax = scale(max, f);
					if (scaledMax.compareTo(scaled) <= 0) {
						scaledMax = scaled.add(BigDecimal.ONE.movePointLeft(Math.max(scaled.scale(), 0)));
					}
					n.put("valueMax", scaledMax);
				}
				else {
					n.put("valueMax", null);
				}
				n.put("approximate", m.get("approximate"));
				n.put("unit", m.get("unit"));
				n.put("quote", "Synthetic figure " + number + "." + i + ": " + candidate + " " + m.get("metric") + " "
						+ m.get("scenario") + " " + scaled.toPlainString() + " " + m.get("unit"));
				n.put("note", (m.get("note") != null) ? "Synthetic note (the seeded figure has a note here)." : null);
				ms.add(n);
			}
			d.put("measurements", ms);
			return d;
		}

		/** The value times f, with the printed precision of the original (at least 1 decimal under 10). */
		static BigDecimal scale(BigDecimal value, double f) {
			int decimals = Math.max(value.scale(), value.compareTo(BigDecimal.TEN) < 0 ? 1 : 0);
			BigDecimal scaled = BigDecimal.valueOf(value.doubleValue() * f).setScale(decimals, RoundingMode.HALF_UP);
			if (scaled.signum() == 0 && value.signum() > 0) {
				scaled = BigDecimal.ONE.movePointLeft(decimals);
			}
			return scaled;
		}

		static int length(Object text) {
			return (text instanceof String s) ? s.length() : 0;
		}

		@SuppressWarnings("unchecked")
		static List<Bodies.Question> questions(List<Object> questions) {
			List<Bodies.Question> result = new ArrayList<>();
			for (Object o : questions) {
				Map<String, Object> q = (Map<String, Object>) o;
				List<String> options = new ArrayList<>();
				for (Object opt : (List<Object>) q.get("options")) {
					options.add((String) ((Map<String, Object>) opt).get("key"));
				}
				result.add(new Bodies.Question((String) q.get("key"), options));
			}
			return result;
		}

	}

	// ---------------------------------------------------------------- a synthetic topic

	static final class SyntheticTopic {

		static final String KEY = "synthetic-scale-topic";

		/** key, name, unit, better, statistic, typical value */
		static final String[][] METRICS = { { "synthetic_latency_p95", "Synthetic latency (p95)", "ms", "lower", "p95", "10" },
				{ "synthetic_latency_p99", "Synthetic latency (p99)", "ms", "lower", "p99", "25" },
				{ "synthetic_throughput", "Synthetic throughput (mean)", "req/s", "higher", "mean", "5000" },
				{ "synthetic_memory", "Synthetic memory per process", "MB", "lower", "unspecified", "120" },
				{ "synthetic_cold_start", "Synthetic cold start", "ms", "lower", "unspecified", "800" },
				{ "synthetic_latency_p50", "Synthetic latency (p50)", "ms", "lower", "p50", "4" },
				{ "synthetic_throughput_max", "Synthetic throughput (max)", "req/s", "higher", "max", "9000" },
				{ "synthetic_memory_peak", "Synthetic memory (peak)", "MB", "lower", "max", "300" } };

		static final int QUESTIONS = 30;

		static final int SOURCES = 6;

		static final int DATASETS_PER_SOURCE = 2;

		static final int CLAIMS_PER_SOURCE = 70;

		/** Sources that go into the topic export (their claims are what the matrix cites). */
		static final int EXPORT_SOURCES = 2;

		static final int ARCHETYPES = 6;

		final Path out;

		final int candidates;

		final int criteria;

		final Random rnd = new Random(seed);

		double[][] quality;

		SyntheticTopic(Path out, int candidates, int criteria) {
			this.out = out;
			this.candidates = candidates;
			this.criteria = criteria;
			if (criteria < METRICS.length) {
				throw new IllegalArgumentException("at least " + METRICS.length + " criteria");
			}
		}

		String candidate(int c) {
			return String.format("synthetic_candidate_%02d", c + 1);
		}

		String candidateName(int c) {
			return String.format("Synthetic candidate %02d", c + 1);
		}

		String criterion(int k) {
			return String.format("synthetic_criterion_%02d", k + 1);
		}

		String criterionName(int k) {
			return String.format("Synthetic criterion %02d", k + 1);
		}

		void write() throws IOException {
			// Latent qualities: archetypes with signature strengths, candidates around them,
			// so that different answers make different winners.
			double[][] archetypes = new double[ARCHETYPES][this.criteria];
			for (double[] archetype : archetypes) {
				for (int k = 0; k < this.criteria; k++) {
					archetype[k] = 2 + 6 * this.rnd.nextDouble();
				}
				for (int n = 0; n < 6; n++) {
					archetype[this.rnd.nextInt(this.criteria)] = 8.5 + this.rnd.nextDouble();
				}
			}
			this.quality = new double[this.candidates][this.criteria];
			for (int c = 0; c < this.candidates; c++) {
				for (int k = 0; k < this.criteria; k++) {
					this.quality[c][k] = clamp(archetypes[c % ARCHETYPES][k] + this.rnd.nextGaussian() * 1.2, 0.5, 10);
				}
			}
			Map<String, Object> topic = topicFile();
			List<Map<String, Object>> sources = new ArrayList<>();
			List<List<Claim>> claimsBySource = new ArrayList<>();
			int datasetNumber = 0;
			int measurements = 0;
			int claimNumber = 0;
			String firstSlug = null;
			for (int s = 1; s <= SOURCES; s++) {
				Map<String, Object> file = new LinkedHashMap<>();
				file.put("topic", KEY);
				file.put("source", Text.source("synthetic-scale-topic-source-" + s,
						"Synthetic scale source " + s + " (" + this.candidates + " × " + this.criteria + " topic)",
						"Synthetic: generated by " + GENERATOR + "; not an article.",
						"Synthetic data for the scaling benchmark (bench/scale.sh). Not evidence of anything."));
				List<Object> datasets = new ArrayList<>();
				for (int d = 0; d < DATASETS_PER_SOURCE; d++) {
					datasetNumber++;
					String slug = "synthetic-scale-topic-dataset-" + datasetNumber;
					if (firstSlug == null) {
						firstSlug = slug;
					}
					List<Object> ms = measurements(datasetNumber);
					measurements += ms.size();
					Map<String, Object> ds = new LinkedHashMap<>();
					ds.put("slug", slug);
					ds.put("title", "Synthetic scale dataset " + datasetNumber + " (all " + this.candidates + " candidates)");
					ds.put("hardware", "Synthetic hardware " + (1 + this.rnd.nextInt(4)));
					ds.put("os", null);
					ds.put("runtime", "Synthetic runtime");
					ds.put("loadTool", "Synthetic load tool");
					ds.put("loadProfile", "synthetic load profile " + datasetNumber);
					ds.put("connections", 50 * (1 + this.rnd.nextInt(4)));
					ds.put("duration", "synthetic duration");
					ds.put("database", null);
					ds.put("methodology", "Synthetic dataset generated by " + GENERATOR + " (seed " + seed
							+ ") for the scaling benchmark: every candidate on every synthetic metric, values drawn "
							+ "from each candidate's generated profile. No benchmark was run. "
							+ Text.filler(this.rnd, 600));
					ds.put("caveats", "Synthetic: " + Text.filler(this.rnd, 400));
					Map<String, Object> stacks = new LinkedHashMap<>();
					for (int c = 0; c < this.candidates; c++) {
						stacks.put(candidate(c), "Synthetic stack " + String.format("%02d", c + 1) + " v" + (1 + s % 3) + "." + d);
					}
					ds.put("stacks", stacks);
					ds.put("measurements", ms);
					datasets.add(ds);
				}
				file.put("datasets", datasets);
				List<Claim> claims = new ArrayList<>();
				for (int n = 0; n < CLAIMS_PER_SOURCE; n++) {
					claimNumber++;
					claims.add(claim(claimNumber, "synthetic-scale-topic-source-" + s));
				}
				claimsBySource.add(claims);
				file.put("claims", claims.stream().map(Claim::json).toList());
				sources.add(file);
			}
			Map<String, Object> matrix = matrix(claimsBySource.subList(0, EXPORT_SOURCES));
			Map<String, Object> export = new LinkedHashMap<>();
			export.put("format", "framework-advisor-topic");
			export.put("formatVersion", 1);
			export.put("topic", topic);
			export.put("sources", sources.subList(0, EXPORT_SOURCES));
			export.put("matrix", matrix);
			Files.createDirectories(this.out.resolve("sources"));
			long bytes = Out.write(this.out.resolve("topic-export.json"), Json.write(export));
			int files = 1;
			for (int s = EXPORT_SOURCES; s < sources.size(); s++) {
				bytes += Out.write(this.out.resolve("sources").resolve(String.format("%05d-synthetic-scale-topic-source-%d.json", s + 1, s + 1)),
						Json.write(sources.get(s)));
				files++;
			}
			List<Bodies.Question> questions = new ArrayList<>();
			for (int q = 0; q < QUESTIONS; q++) {
				questions.add(new Bodies.Question(question(q), List.of("critical", "important", "minor", "none")));
			}
			Bodies.write(this.out, questions, new Random(seed ^ 0x5EED));
			Map<String, Object> manifest = new LinkedHashMap<>();
			manifest.put("topic", KEY);
			manifest.put("slug", firstSlug);
			manifest.put("metric", METRICS[0][0]);
			manifest.put("import_files", files);
			manifest.put("sources", SOURCES);
			manifest.put("datasets", datasetNumber);
			manifest.put("measurements", measurements);
			manifest.put("claims", claimNumber);
			manifest.put("candidates", this.candidates);
			manifest.put("criteria", this.criteria);
			manifest.put("bytes", bytes);
			Out.manifest(this.out, manifest);
		}

		Map<String, Object> topicFile() {
			Map<String, Object> topic = new LinkedHashMap<>();
			topic.put("key", KEY);
			topic.put("name", "Synthetic scale topic (" + this.candidates + " candidates × " + this.criteria + " criteria)");
			topic.put("description", "Synthetic topic generated by " + GENERATOR + " for the scaling benchmark "
					+ "(bench/scale.sh). Candidates, criteria, figures and claims are generated; not real data.");
			List<Object> cs = new ArrayList<>();
			for (int c = 0; c < this.candidates; c++) {
				cs.add(entry(candidate(c), candidateName(c), "Synthetic candidate of archetype " + (c % ARCHETYPES + 1) + "."));
			}
			topic.put("candidates", cs);
			List<Object> ks = new ArrayList<>();
			for (int k = 0; k < this.criteria; k++) {
				ks.add(entry(criterion(k), criterionName(k), (k < METRICS.length)
						? "Synthetic criterion derived from the measurements of " + METRICS[k][1] + "."
						: "Synthetic criterion scored by judgement."));
			}
			topic.put("criteria", ks);
			List<Object> ms = new ArrayList<>();
			for (String[] m : METRICS) {
				Map<String, Object> metric = new LinkedHashMap<>();
				metric.put("key", m[0]);
				metric.put("name", m[1]);
				metric.put("unit", m[2]);
				metric.put("better", m[3]);
				metric.put("statistic", m[4]);
				ms.add(metric);
			}
			topic.put("metrics", ms);
			return topic;
		}

		static Map<String, Object> entry(String key, String name, String description) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("key", key);
			entry.put("name", name);
			entry.put("description", description);
			return entry;
		}

		List<Object> measurements(int dataset) {
			double datasetFactor = Math.exp(this.rnd.nextGaussian() * 0.3);
			List<Object> ms = new ArrayList<>();
			int i = 0;
			for (int c = 0; c < this.candidates; c++) {
				for (int m = 0; m < METRICS.length; m++) {
					i++;
					String[] metric = METRICS[m];
					double q = this.quality[c][m];
					double exponent = ("lower".equals(metric[3]) ? (5 - q) : (q - 5)) * 0.15;
					double value = Double.parseDouble(metric[5]) * Math.exp(exponent) * datasetFactor
							* Math.exp(this.rnd.nextGaussian() * 0.05);
					BigDecimal v = BigDecimal.valueOf(value).setScale("req/s".equals(metric[2]) ? 0 : 1, RoundingMode.HALF_UP);
					Map<String, Object> n = new LinkedHashMap<>();
					n.put("candidate", candidate(c));
					n.put("metric", metric[0]);
					n.put("scenario", "json");
					n.put("workload", "Synthetic JSON endpoint");
					n.put("stack", null);
					n.put("value", v);
					n.put("valueMax", null);
					n.put("approximate", false);
					n.put("unit", metric[2]);
					n.put("quote", "Synthetic figure " + dataset + "." + i + ": " + candidateName(c) + " " + metric[1] + " "
							+ v.toPlainString() + " " + metric[2]);
					n.put("note", null);
					ms.add(n);
				}
			}
			return ms;
		}

		record Claim(String source, int candidate, int criterion, String quote, Map<String, Object> json) {
		}

		Claim claim(int number, String source) {
			int c = this.rnd.nextInt(this.candidates);
			int k = this.rnd.nextInt(this.criteria);
			Map<String, Object> json = new LinkedHashMap<>();
			Map<String, Object> stances = new LinkedHashMap<>();
			boolean recommendation = this.rnd.nextInt(20) == 0;
			String quote;
			if (recommendation) {
				int other = (c + 1 + this.rnd.nextInt(this.candidates - 1)) % this.candidates;
				stances.put(candidate(c), "favours");
				stances.put(candidate(other), "favours");
				quote = "Synthetic claim " + number + ": use " + candidateName(c) + " together with " + candidateName(other)
						+ " when the generated needs split. " + Text.filler(this.rnd, 40 + this.rnd.nextInt(120));
				json.put("criterion", null);
				json.put("kind", "recommendation");
			}
			else {
				double q = this.quality[c][k];
				String stance = (q >= 6.5) ? "favours" : (q <= 3.5) ? "against" : "neutral";
				stances.put(candidate(c), stance);
				if (this.rnd.nextInt(10) < 3) {
					int other = (c + 1 + this.rnd.nextInt(this.candidates - 1)) % this.candidates;
					double qo = this.quality[other][k];
					stances.put(candidate(other), (qo >= 6.5) ? "favours" : (qo <= 3.5) ? "against" : "neutral");
				}
				quote = "Synthetic claim " + number + ": " + candidateName(c) + " "
						+ switch (stance) {
							case "favours" -> "does well";
							case "against" -> "does poorly";
							default -> "is average";
						} + " on " + criterionName(k).toLowerCase() + " in the generated data. "
						+ Text.filler(this.rnd, 40 + this.rnd.nextInt(160));
				json.put("criterion", criterion(k));
				json.put("kind", "assessment");
			}
			json.put("section", "Synthetic section " + (1 + this.rnd.nextInt(8)));
			json.put("quote", quote);
			json.put("candidates", stances);
			return new Claim(source, c, recommendation ? -1 : k, quote, json);
		}

		Map<String, Object> matrix(List<List<Claim>> citable) {
			Map<String, Object> matrix = new LinkedHashMap<>();
			matrix.put("topic", KEY);
			Map<String, Object> derived = new LinkedHashMap<>();
			for (int k = 0; k < METRICS.length; k++) {
				List<Object> metrics = new ArrayList<>();
				metrics.add(metricSource(METRICS[k][0], "json"));
				if (k == 0) {
					metrics.add(metricSource(METRICS[5][0], null));
				}
				derived.put(criterion(k), metrics);
			}
			matrix.put("derivedCriteria", derived);
			Map<String, List<Claim>> byCell = new LinkedHashMap<>();
			citable.forEach(claims -> claims.stream()
				.filter(claim -> claim.criterion() >= 0)
				.forEach(claim -> byCell.computeIfAbsent(claim.candidate() + "|" + claim.criterion(), x -> new ArrayList<>())
					.add(claim)));
			List<Object> scores = new ArrayList<>();
			for (int c = 0; c < this.candidates; c++) {
				for (int k = 0; k < this.criteria; k++) {
					Map<String, Object> cell = new LinkedHashMap<>();
					cell.put("candidate", candidate(c));
					cell.put("criterion", criterion(k));
					List<Object> evidence = new ArrayList<>();
					for (Claim claim : byCell.getOrDefault(c + "|" + k, List.of())) {
						Map<String, Object> ref = new LinkedHashMap<>();
						ref.put("source", claim.source());
						ref.put("quote", claim.quote());
						evidence.add(ref);
					}
					if (k < METRICS.length) {
						cell.put("derived", true);
						if (this.rnd.nextInt(50) == 0) {
							cell.put("score", half(this.quality[c][k]));
							cell.put("overrideReason", "Synthetic override of a derived score, to exercise overrides.");
						}
						cell.put("rationale", "Synthetic: derived from the generated measurements of " + METRICS[k][1] + ".");
					}
					else {
						cell.put("score", half(this.quality[c][k]));
						cell.put("rationale", "Synthetic judgement of " + candidateName(c) + " on "
								+ criterionName(k).toLowerCase() + " (archetype " + (c % ARCHETYPES + 1) + "). "
								+ Text.filler(this.rnd, 40 + this.rnd.nextInt(80)));
					}
					cell.put("evidence", evidence);
					scores.add(cell);
				}
			}
			matrix.put("scores", scores);
			List<Object> questions = new ArrayList<>();
			for (int q = 0; q < QUESTIONS; q++) {
				int k1 = q % this.criteria;
				int k2 = (q * 7 + 30) % this.criteria;
				int k3 = (q * 11 + 35) % this.criteria;
				if (k2 == k1) {
					k2 = (k2 + 1) % this.criteria;
				}
				if (k3 == k1 || k3 == k2) {
					k3 = (Math.max(k1, k2) + 1) % this.criteria;
				}
				Map<String, Object> question = new LinkedHashMap<>();
				question.put("key", question(q));
				question.put("label", String.format("Synthetic question %02d: how much does %s matter?", q + 1,
						criterionName(k1).toLowerCase()));
				question.put("help", "Synthetic help text. " + Text.filler(this.rnd, 80));
				List<Object> options = new ArrayList<>();
				List<Object> mustHaves = new ArrayList<>();
				if (q % 4 == 0) {
					Map<String, Object> mustHave = new LinkedHashMap<>();
					mustHave.put("criterion", criterion(k1));
					mustHave.put("minScore", BigDecimal.valueOf(4));
					mustHave.put("reason", "synthetic must-have on " + criterionName(k1).toLowerCase());
					mustHaves.add(mustHave);
				}
				options.add(option("critical", "Critical", weights(k1, 5, k2, 3, k3, 2), mustHaves));
				options.add(option("important", "Important", weights(k1, 3, k2, 2, -1, 0), List.of()));
				options.add(option("minor", "Minor", weights(k1, 1, -1, 0, -1, 0), List.of()));
				options.add(option("none", "Not at all", weights(-1, 0, -1, 0, -1, 0), List.of()));
				question.put("options", options);
				questions.add(question);
			}
			matrix.put("questions", questions);
			return matrix;
		}

		static String question(int q) {
			return String.format("synthetic_question_%02d", q + 1);
		}

		Map<String, Object> weights(int k1, int w1, int k2, int w2, int k3, int w3) {
			Map<String, Object> weights = new LinkedHashMap<>();
			if (k1 >= 0) {
				weights.put(criterion(k1), BigDecimal.valueOf(w1));
			}
			if (k2 >= 0) {
				weights.put(criterion(k2), BigDecimal.valueOf(w2));
			}
			if (k3 >= 0) {
				weights.put(criterion(k3), BigDecimal.valueOf(w3));
			}
			return weights;
		}

		static Map<String, Object> option(String key, String label, Map<String, Object> weights, List<Object> mustHaves) {
			Map<String, Object> option = new LinkedHashMap<>();
			option.put("key", key);
			option.put("label", label);
			option.put("help", null);
			option.put("weights", weights);
			option.put("mustHaves", mustHaves);
			option.put("basis", "Synthetic weights for the scaling benchmark; no source.");
			return option;
		}

		static Map<String, Object> metricSource(String metric, String scenario) {
			Map<String, Object> source = new LinkedHashMap<>();
			source.put("metric", metric);
			source.put("scenario", scenario);
			return source;
		}

		static BigDecimal half(double value) {
			return BigDecimal.valueOf(Math.round(clamp(value, 0, 10) * 2) / 2.0).setScale(1, RoundingMode.UNNECESSARY);
		}

		static double clamp(double value, double min, double max) {
			return Math.max(min, Math.min(max, value));
		}

	}

	// ---------------------------------------------------------------- request bodies

	static final class Bodies {

		record Question(String key, List<String> options) {
		}

		/**
		 * bodies.txt: the first line answers every question (the first option of each
		 * question but varied), the others answer each question with probability 3/4.
		 */
		static void write(Path out, List<Question> questions, Random rnd) throws IOException {
			StringBuilder lines = new StringBuilder();
			for (int n = 0; n < bodyCount; n++) {
				Map<String, Object> answers = new LinkedHashMap<>();
				for (Question q : questions) {
					if (n == 0 || rnd.nextInt(4) != 0) {
						answers.put(q.key(), q.options().get(rnd.nextInt(q.options().size())));
					}
				}
				lines.append(Json.write(Map.of("answers", answers))).append('\n');
			}
			Out.write(out.resolve("bodies.txt"), lines.toString());
		}

	}

	// ---------------------------------------------------------------- text, files, JSON

	static final class Text {

		static final String[] WORDS = { "synthetic", "generated", "figure", "scale", "benchmark", "load", "request",
				"worker", "latency", "memory", "throughput", "dataset", "sample", "run", "placeholder", "value", "text",
				"filler", "padding", "words", "measured", "nothing", "here", "for", "the", "of", "and", "a", "is",
				"not", "real" };

		/** The "source" object of an import file, with no publisher, author, URL or date. */
		static Map<String, Object> source(String key, String title, String titleNote, String notes) {
			Map<String, Object> source = new LinkedHashMap<>();
			source.put("key", key);
			source.put("title", title);
			source.put("titleNote", titleNote);
			source.put("publisher", null);
			source.put("author", null);
			source.put("url", null);
			source.put("publishedOn", null);
			source.put("seedFile", null);
			source.put("notes", notes);
			return source;
		}

		/** Generated words of about this many characters (at least one word). */
		static String filler(Random rnd, int length) {
			StringBuilder text = new StringBuilder();
			while (text.length() < Math.max(length, 1)) {
				if (text.length() > 0) {
					text.append(' ');
				}
				text.append(WORDS[rnd.nextInt(WORDS.length)]);
			}
			return text.append('.').toString();
		}

	}

	static final class Out {

		static long write(Path file, String text) throws IOException {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			if (bytes.length > MAX_FILE_BYTES) {
				throw new IllegalStateException(file + " is " + bytes.length + " bytes, above the import limit of "
						+ MAX_FILE_BYTES + "; split it");
			}
			Files.write(file, bytes);
			return bytes.length;
		}

		static void manifest(Path out, Map<String, Object> values) throws IOException {
			StringBuilder text = new StringBuilder();
			new TreeMap<>(values).forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
			Files.writeString(out.resolve("manifest.txt"), text.toString());
			System.out.print(text);
		}

	}

	/** Just enough JSON: objects keep their order, numbers are BigDecimal. */
	static final class Json {

		static Object parse(String text) {
			Json parser = new Json(text);
			parser.space();
			Object value = parser.value();
			parser.space();
			if (parser.at < text.length()) {
				throw parser.error("trailing characters");
			}
			return value;
		}

		private final String s;

		private int at;

		private Json(String s) {
			this.s = s;
		}

		private Object value() {
			char c = this.s.charAt(this.at);
			switch (c) {
				case '{': {
					this.at++;
					Map<String, Object> map = new LinkedHashMap<>();
					space();
					if (peek('}')) {
						return map;
					}
					do {
						space();
						expect('"');
						String key = string();
						space();
						expect(':');
						space();
						map.put(key, value());
						space();
					}
					while (peek(','));
					expect('}');
					return map;
				}
				case '[': {
					this.at++;
					List<Object> list = new ArrayList<>();
					space();
					if (peek(']')) {
						return list;
					}
					do {
						space();
						list.add(value());
						space();
					}
					while (peek(','));
					expect(']');
					return list;
				}
				case '"':
					this.at++;
					return string();
				case 't':
					return literal("true", Boolean.TRUE);
				case 'f':
					return literal("false", Boolean.FALSE);
				case 'n':
					return literal("null", null);
				default: {
					int start = this.at;
					while (this.at < this.s.length() && "+-0123456789.eE".indexOf(this.s.charAt(this.at)) >= 0) {
						this.at++;
					}
					if (start == this.at) {
						throw error("unexpected '" + c + "'");
					}
					return new BigDecimal(this.s.substring(start, this.at));
				}
			}
		}

		private String string() {
			StringBuilder out = new StringBuilder();
			while (true) {
				char c = this.s.charAt(this.at++);
				if (c == '"') {
					return out.toString();
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				char e = this.s.charAt(this.at++);
				switch (e) {
					case 'n' -> out.append('\n');
					case 't' -> out.append('\t');
					case 'r' -> out.append('\r');
					case 'b' -> out.append('\b');
					case 'f' -> out.append('\f');
					case 'u' -> {
						out.append((char) Integer.parseInt(this.s.substring(this.at, this.at + 4), 16));
						this.at += 4;
					}
					default -> out.append(e);
				}
			}
		}

		private Object literal(String word, Object value) {
			if (!this.s.startsWith(word, this.at)) {
				throw error("expected " + word);
			}
			this.at += word.length();
			return value;
		}

		private boolean peek(char c) {
			if (this.at < this.s.length() && this.s.charAt(this.at) == c) {
				this.at++;
				return true;
			}
			return false;
		}

		private void expect(char c) {
			if (!peek(c)) {
				throw error("expected '" + c + "'");
			}
		}

		private void space() {
			while (this.at < this.s.length() && Character.isWhitespace(this.s.charAt(this.at))) {
				this.at++;
			}
		}

		private IllegalArgumentException error(String message) {
			return new IllegalArgumentException("JSON: " + message + " at offset " + this.at);
		}

		static String write(Object value) {
			StringBuilder out = new StringBuilder();
			write(value, out);
			return out.toString();
		}

		@SuppressWarnings("unchecked")
		private static void write(Object value, StringBuilder out) {
			if (value == null) {
				out.append("null");
			}
			else if (value instanceof String text) {
				quote(text, out);
			}
			else if (value instanceof BigDecimal number) {
				out.append(number.toPlainString());
			}
			else if (value instanceof Number || value instanceof Boolean) {
				out.append(value);
			}
			else if (value instanceof Map<?, ?> map) {
				out.append('{');
				boolean first = true;
				for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
					if (!first) {
						out.append(',');
					}
					first = false;
					quote(entry.getKey(), out);
					out.append(':');
					write(entry.getValue(), out);
				}
				out.append('}');
			}
			else if (value instanceof List<?> list) {
				out.append('[');
				for (int i = 0; i < list.size(); i++) {
					if (i > 0) {
						out.append(',');
					}
					write(list.get(i), out);
				}
				out.append(']');
			}
			else {
				throw new IllegalArgumentException("cannot write " + value.getClass());
			}
		}

		private static void quote(String text, StringBuilder out) {
			out.append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '"' -> out.append("\\\"");
					case '\\' -> out.append("\\\\");
					case '\n' -> out.append("\\n");
					case '\r' -> out.append("\\r");
					case '\t' -> out.append("\\t");
					default -> {
						if (c < 0x20) {
							out.append(String.format("\\u%04x", (int) c));
						}
						else {
							out.append(c);
						}
					}
				}
			}
			out.append('"');
		}

	}

}
