package io.frameworkadvisor.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.frameworkadvisor.recommendation.ResultView.ReasonView;
import io.frameworkadvisor.recommendation.ResultView.Sentence;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Disagreement;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.DisagreementKind;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceItem;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceType;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Measured;
import io.frameworkadvisor.recommendation.engine.Recommendation;
import io.frameworkadvisor.recommendation.engine.Recommendation.Ranked;
import io.frameworkadvisor.recommendation.engine.Recommendation.Reason;

/**
 * The evidence of a result, ready to read: measurements grouped into one line per
 * dataset, metric and workload ("Cold start: FastAPI 182 ms, Flask 256 ms, Django 341
 * ms"), claims as quotes with their source, and each disagreement between sources as a
 * sentence. Everything comes from the stored result and its pinned matrix version.
 */
final class ResultEvidence {

	private static final String UNSPECIFIED_STATISTIC = "unspecified";

	private final Recommendation result;

	private final DecisionMatrix matrix;

	/** Candidate keys in ranking order: figures and scores are listed in this order. */
	private final List<String> order;

	ResultEvidence(Recommendation result, DecisionMatrix matrix) {
		this.result = result;
		this.matrix = matrix;
		this.order = result.ranking().stream().map(Ranked::candidate).toList();
	}

	ReasonView reason(Reason reason) {
		Ranked runnerUp = ResultView.runnerUp(this.result.ranking(), this.result.winnerRow());
		Sentence summary = new Sentence("result.reason.summary", percentOfWeight(reason),
				ResultView.margin(reason.contribution()), this.result.winnerRow().name(),
				(runnerUp != null) ? runnerUp.name() : "");
		return view(reason, summary);
	}

	ReasonView tradeOff(Reason reason) {
		String winner = this.result.winner();
		Map.Entry<String, Double> best = reason.scores()
			.entrySet()
			.stream()
			.filter(entry -> !entry.getKey().equals(winner))
			.max(Map.Entry.comparingByValue())
			.orElseThrow();
		Sentence summary = new Sentence("result.tradeOff.summary", percentOfWeight(reason),
				this.result.winnerRow().name(), ResultView.points(reason.scores().getOrDefault(winner, 0.0)),
				candidateName(best.getKey()), ResultView.points(best.getValue()),
				ResultView.margin(Math.abs(reason.contribution())));
		return view(reason, summary);
	}

	private ReasonView view(Reason reason, Sentence summary) {
		List<EvidenceItem> items = reason.evidence().stream().map(this::item).filter(Objects::nonNull).toList();
		return new ReasonView(reason.criterion(), reason.criterionName(), percentOfWeight(reason), summary,
				reason.rationale(), reason.judgement(), reason.derived(), scores(reason), measurementLines(items),
				claims(items), reason.disagreements().stream().map(this::disagreement).toList(),
				reason.disagreements()
					.stream()
					.anyMatch(disagreement -> disagreement.kind() == DisagreementKind.FIGURES_SPREAD));
	}

	private static long percentOfWeight(Reason reason) {
		return Math.round(reason.weightShare() * 100);
	}

	private List<ScoreView> scores(Reason reason) {
		return this.order.stream()
			.filter(reason.scores()::containsKey)
			.map(candidate -> new ScoreView(candidateName(candidate), ResultView.points(reason.scores().get(candidate)),
					ResultView.percent(reason.scores().get(candidate)), candidate.equals(this.result.winner()),
					this.matrix.cell(candidate, reason.criterion()).map(DecisionMatrix.Cell::judgement).orElse(false)))
			.toList();
	}

	/** One line per (dataset, metric, workload), its figures in ranking order. */
	List<MeasurementLine> measurementLines(List<EvidenceItem> items) {
		Map<String, List<Measured>> groups = new LinkedHashMap<>();
		items.stream()
			.filter(item -> item.type() == EvidenceType.MEASUREMENT && item.measured() != null)
			.forEach(item -> {
				Measured measured = item.measured();
				groups
					.computeIfAbsent(measured.datasetSlug() + "|" + measured.metricKey() + "|" + measured.workload(),
							key -> new ArrayList<>())
					.add(measured);
			});
		Map<String, String> sourceTitles = new LinkedHashMap<>();
		items.stream()
			.filter(item -> item.measured() != null)
			.forEach(item -> sourceTitles.putIfAbsent(item.measured().datasetSlug(), item.sourceTitle()));
		return groups.values().stream().map(group -> {
			Measured first = group.get(0);
			List<Figure> figures = group.stream()
				.sorted(Comparator.comparingInt(measured -> rank(measured.candidate())))
				.map(measured -> new Figure(candidateName(measured.candidate()), measured.display(),
						measured.candidate().equals(this.result.winner())))
				.toList();
			return new MeasurementLine(first.metricName(),
					UNSPECIFIED_STATISTIC.equals(first.statistic()) ? null : first.statistic(), first.workload(),
					figures, first.hardware(), first.datasetSlug(), first.datasetTitle(),
					sourceTitles.get(first.datasetSlug()));
		}).toList();
	}

	/**
	 * The claims among these items: those that take a stance on the winner first (for it,
	 * then against it), then the others, each group in source order.
	 */
	List<ClaimLine> claims(List<EvidenceItem> items) {
		String winner = this.result.winner();
		return items.stream()
			.filter(item -> item.type() == EvidenceType.CLAIM)
			.sorted(Comparator.comparingInt(item -> switch (String.valueOf(item.stances().get(winner))) {
				case "favours" -> 0;
				case "against" -> 1;
				case "neutral" -> 2;
				default -> 3;
			}))
			.map(this::claim)
			.toList();
	}

	ClaimLine claim(String id) {
		EvidenceItem item = item(id);
		return (item != null && item.type() == EvidenceType.CLAIM) ? claim(item) : null;
	}

	private ClaimLine claim(EvidenceItem item) {
		Map<String, String> stances = (item.stances() != null) ? item.stances() : Map.of();
		List<StanceView> views = stances.entrySet()
			.stream()
			.sorted(Comparator.comparingInt(entry -> rank(entry.getKey())))
			.map(entry -> new StanceView(candidateName(entry.getKey()), entry.getValue()))
			.toList();
		return new ClaimLine(item.quote(), item.sourceKey(), item.sourceTitle(), views);
	}

	/** A disagreement between sources as a sentence that names its evidence. */
	Sentence disagreement(Disagreement disagreement) {
		List<EvidenceItem> items = disagreement.evidence().stream().map(this::item).toList();
		if (items.size() < 2 || items.contains(null)) {
			return new Sentence("result.disagreement.other");
		}
		EvidenceItem a = items.get(0);
		EvidenceItem b = items.get(1);
		return switch (disagreement.kind()) {
			case RANKINGS_DIFFER ->
				(a.measured() != null && b.measured() != null) ? new Sentence("result.disagreement.RANKINGS_DIFFER",
						candidateName(a.measured().candidate()), a.measured().datasetTitle(), a.measured().display(),
						candidateName(b.measured().candidate()), b.measured().datasetTitle(), b.measured().display())
						: new Sentence("result.disagreement.other");
			case FIGURES_SPREAD -> (a.measured() != null && b.measured() != null)
					? new Sentence("result.disagreement.FIGURES_SPREAD", candidateName(disagreement.candidate()),
							(disagreement.detail() != null) ? ResultView.factor(disagreement.detail()) : "?",
							a.measured().display(), a.measured().datasetTitle(), b.measured().display(),
							b.measured().datasetTitle())
					: new Sentence("result.disagreement.other");
			case CLAIMS_CONTRADICT_MEASUREMENTS -> (b.measured() != null)
					? new Sentence("result.disagreement.CLAIMS_CONTRADICT_MEASUREMENTS", a.quote(), a.sourceTitle(),
							candidateName(disagreement.candidate()), candidateName(b.measured().candidate()),
							b.measured().display(), b.measured().datasetTitle())
					: new Sentence("result.disagreement.other");
			case STANCES_CONFLICT -> new Sentence("result.disagreement.STANCES_CONFLICT",
					candidateName(disagreement.candidate()), a.quote(), a.sourceTitle(), b.quote(), b.sourceTitle());
		};
	}

	/**
	 * An evidence item of the result's pinned matrix version (which holds every item a
	 * cell or a disagreement refers to).
	 */
	private EvidenceItem item(String id) {
		return this.matrix.evidenceItem(id).orElse(null);
	}

	String candidateName(String key) {
		if (key == null) {
			return "";
		}
		return this.matrix.candidate(key).map(DecisionMatrix.CandidateInfo::name).orElse(key);
	}

	private int rank(String candidate) {
		int index = this.order.indexOf(candidate);
		return (index >= 0) ? index : Integer.MAX_VALUE;
	}

	/**
	 * @param judgement whether this candidate's score on the criterion rests on no
	 * evidence
	 */
	public record ScoreView(String name, String score, double percent, boolean winner, boolean judgement) {
	}

	/**
	 * The figures of one dataset for one metric and workload.
	 *
	 * @param statistic e.g. "p95", or null when the source does not say
	 * @param sourceTitle the title of the article the dataset comes from
	 */
	public record MeasurementLine(String metricName, String statistic, String workload, List<Figure> figures,
			String hardware, String datasetSlug, String datasetTitle, String sourceTitle) {
	}

	/** A figure as its source prints it ("182 ms"). */
	public record Figure(String candidateName, String display, boolean winner) {
	}

	public record ClaimLine(String quote, String sourceKey, String sourceTitle, List<StanceView> stances) {
	}

	/**
	 * @param stance {@code favours}, {@code against} or {@code neutral}
	 */
	public record StanceView(String candidateName, String stance) {
	}

}
