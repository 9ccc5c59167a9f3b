package io.frameworkadvisor.evidence;

import java.math.BigDecimal;

import io.frameworkadvisor.matrix.Metric;
import io.frameworkadvisor.matrix.Unit;

import io.frameworkadvisor.matrix.Candidate;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * One figure of a dataset: a candidate's value (or range) on a metric, with the quoted
 * source text.
 */
@Entity
public class Measurement {

	/** What {@link #fits} allows, as a problem of an imported value. */
	static final String FITS = "must have at most 15 digits before the decimal point and 6 after";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "dataset_id", nullable = false, updatable = false)
	private Dataset dataset;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "candidate_id", nullable = false)
	private Candidate candidate;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "metric_id", nullable = false)
	private Metric metric;

	@Column(nullable = false)
	private String scenario;

	@Column(nullable = false)
	private String workload;

	@Column(nullable = false)
	private String stack;

	@Column(nullable = false)
	private BigDecimal value;

	private BigDecimal valueMax;

	@Column(nullable = false)
	private boolean approximate;

	@Convert(converter = Unit.Converter.class)
	@Column(nullable = false)
	private Unit unit;

	@Column(nullable = false)
	private String quote;

	private String note;

	@Column(nullable = false)
	private int position;

	@Version
	private long version;

	protected Measurement() {
	}

	public Measurement(Dataset dataset, Candidate candidate, Metric metric, Figure figure, int position) {
		this.dataset = dataset;
		this.position = position;
		update(candidate, metric, figure);
	}

	public Long getId() {
		return this.id;
	}

	public Dataset getDataset() {
		return this.dataset;
	}

	public Candidate getCandidate() {
		return this.candidate;
	}

	public Metric getMetric() {
		return this.metric;
	}

	public String getScenario() {
		return this.scenario;
	}

	public String getWorkload() {
		return this.workload;
	}

	public String getStack() {
		return this.stack;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public BigDecimal getValueMax() {
		return this.valueMax;
	}

	public boolean isApproximate() {
		return this.approximate;
	}

	public boolean isRange() {
		return this.valueMax != null;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public String getQuote() {
		return this.quote;
	}

	public String getNote() {
		return this.note;
	}

	public int getPosition() {
		return this.position;
	}

	public long getVersion() {
		return this.version;
	}

	/** Changes what was measured and the printed figure (an editor's correction). */
	public void update(Candidate candidate, Metric metric, Figure figure) {
		this.candidate = candidate;
		this.metric = metric;
		this.scenario = figure.scenario();
		this.workload = figure.workload();
		this.stack = figure.stack();
		this.value = figure.value();
		this.valueMax = figure.valueMax();
		this.approximate = figure.approximate();
		this.unit = figure.unit();
		this.quote = figure.quote();
		this.note = figure.note();
	}

	/** The value in the metric's unit; for a range, its midpoint. */
	public double valueInMetricUnit() {
		return this.unit.convert(this.value, this.valueMax, this.metric.getUnit());
	}

	/**
	 * Whether a number fits a measurement: at most 15 digits before the decimal point and
	 * 6 after. That is more than any latency, rate or size needs, and is stored as it is:
	 * the PostgreSQL driver silently stores a number of more than about 131,000 digits as
	 * 0, and fails on one with more than 16,383 decimals.
	 */
	public static boolean fits(BigDecimal number) {
		BigDecimal plain = number.stripTrailingZeros();
		return plain.precision() - plain.scale() <= 15 && plain.scale() <= 6;
	}

	/** The printed figure of a measurement, independent of where it is stored. */
	public record Figure(String scenario, String workload, String stack, BigDecimal value, BigDecimal valueMax,
			boolean approximate, Unit unit, String quote, String note) {
	}

}
