package io.frameworkadvisor.matrix;

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
 * A measured quantity with its statistic, e.g. "Latency (p95)" in ms, lower is better.
 * Two statistics of the same quantity are two metrics, so that p95 is never compared with
 * p99.
 */
@Entity
public class Metric {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "topic_id", nullable = false, updatable = false)
	private Topic topic;

	@Column(nullable = false, updatable = false)
	private String key;

	@Column(nullable = false)
	private String name;

	@Convert(converter = Unit.Converter.class)
	@Column(nullable = false)
	private Unit unit;

	@Convert(converter = Better.Converter.class)
	@Column(nullable = false)
	private Better better;

	@Column(nullable = false)
	private String statistic;

	@Column(nullable = false)
	private int position;

	@Version
	private long version;

	protected Metric() {
	}

	public Metric(Topic topic, String key, String name, Unit unit, Better better, String statistic, int position) {
		this.topic = topic;
		this.key = key;
		this.name = name;
		this.unit = unit;
		this.better = better;
		this.statistic = statistic;
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public String getKey() {
		return this.key;
	}

	public String getName() {
		return this.name;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public Better getBetter() {
		return this.better;
	}

	public String getStatistic() {
		return this.statistic;
	}

	public int getPosition() {
		return this.position;
	}

}
