package io.frameworkadvisor.evidence;

import java.util.LinkedHashMap;
import java.util.Map;

import io.frameworkadvisor.matrix.Candidate;
import io.frameworkadvisor.matrix.Criterion;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.Version;

/** Qualitative evidence: a quoted statement of a source about one or more candidates. */
@Entity
public class Claim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id", nullable = false, updatable = false)
	private Source source;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "criterion_id")
	private Criterion criterion;

	@Convert(converter = ClaimKind.Converter.class)
	@Column(nullable = false)
	private ClaimKind kind;

	private String section;

	@Column(nullable = false)
	private String quote;

	@Column(nullable = false)
	private int position;

	@ElementCollection
	@CollectionTable(name = "claim_candidate", joinColumns = @JoinColumn(name = "claim_id"))
	@MapKeyJoinColumn(name = "candidate_id")
	@Column(name = "stance", nullable = false)
	@Convert(converter = Stance.Converter.class, attributeName = "value")
	private Map<Candidate, Stance> stances = new LinkedHashMap<>();

	@Version
	private long version;

	protected Claim() {
	}

	public Claim(Source source, Criterion criterion, ClaimKind kind, String section, String quote, int position) {
		this.source = source;
		this.criterion = criterion;
		this.kind = kind;
		this.section = section;
		this.quote = quote;
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	public Source getSource() {
		return this.source;
	}

	public Criterion getCriterion() {
		return this.criterion;
	}

	public ClaimKind getKind() {
		return this.kind;
	}

	public String getSection() {
		return this.section;
	}

	public String getQuote() {
		return this.quote;
	}

	public Map<Candidate, Stance> getStances() {
		return this.stances;
	}

}
