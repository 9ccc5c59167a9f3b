package io.frameworkadvisor.matrix;

import java.util.List;
import java.util.Objects;

import io.frameworkadvisor.recommendation.engine.DecisionMatrix;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Disagreement;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.DisagreementKind;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceItem;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.EvidenceType;
import io.frameworkadvisor.recommendation.engine.DecisionMatrix.Measured;

/**
 * A disagreement between sources, with what its sentence needs. The template words each
 * kind; {@code parts} holds the sentence's arguments in that message's order:
 * <ul>
 * <li>RANKINGS_DIFFER: best candidate, dataset and figure of the first dataset, then of
 * the second</li>
 * <li>FIGURES_SPREAD: candidate, lowest figure and its dataset, highest figure and its
 * dataset ({@code factor} = highest ÷ lowest)</li>
 * <li>CLAIMS_CONTRADICT_MEASUREMENTS: the claim's source, the candidate it favours, the
 * measured best candidate, its figure and dataset</li>
 * <li>STANCES_CONFLICT: the candidate, the source that favours it, the source that counts
 * against it</li>
 * </ul>
 * {@code parts} is empty when the snapshot lacks the evidence to say it in detail; the
 * page then gives the kind's general sentence.
 */
public record DisagreementView(DisagreementKind kind, List<String> parts, Double factor, List<EvidenceItem> evidence) {

	static DisagreementView of(Disagreement disagreement, DecisionMatrix matrix) {
		List<EvidenceItem> evidence = disagreement.evidence()
			.stream()
			.map(matrix.evidence()::get)
			.filter(Objects::nonNull)
			.toList();
		List<Measured> figures = evidence.stream()
			.filter(item -> item.type() == EvidenceType.MEASUREMENT && item.measured() != null)
			.map(EvidenceItem::measured)
			.toList();
		List<EvidenceItem> claims = evidence.stream().filter(item -> item.type() == EvidenceType.CLAIM).toList();
		String candidate = (disagreement.candidate() != null) ? name(matrix, disagreement.candidate()) : null;
		List<String> parts = switch (disagreement.kind()) {
			case RANKINGS_DIFFER -> (figures.size() < 2) ? List.of()
					: List.of(name(matrix, figures.get(0).candidate()), figures.get(0).datasetTitle(),
							figures.get(0).display(), name(matrix, figures.get(1).candidate()),
							figures.get(1).datasetTitle(), figures.get(1).display());
			case FIGURES_SPREAD -> (figures.size() < 2 || candidate == null || disagreement.detail() == null)
					? List.of() : List.of(candidate, figures.get(0).display(), figures.get(0).datasetTitle(),
							figures.get(1).display(), figures.get(1).datasetTitle());
			case CLAIMS_CONTRADICT_MEASUREMENTS ->
				(claims.isEmpty() || figures.isEmpty() || candidate == null) ? List.of()
						: List.of(claims.get(0).sourceTitle(), candidate, name(matrix, figures.get(0).candidate()),
								figures.get(0).display(), figures.get(0).datasetTitle());
			case STANCES_CONFLICT -> (claims.size() < 2 || candidate == null) ? List.of()
					: List.of(candidate, claims.get(0).sourceTitle(), claims.get(1).sourceTitle());
		};
		return new DisagreementView(disagreement.kind(), parts, disagreement.detail(), evidence);
	}

	private static String name(DecisionMatrix matrix, String candidateKey) {
		return matrix.candidate(candidateKey).map(DecisionMatrix.CandidateInfo::name).orElse(candidateKey);
	}

	public boolean detailed() {
		return !this.parts.isEmpty();
	}

}
