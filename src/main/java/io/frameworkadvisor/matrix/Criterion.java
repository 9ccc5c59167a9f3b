package io.frameworkadvisor.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A need a candidate is scored on (cold start, built-in admin, ...). */
@Entity
public class Criterion {

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

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private int position;

	@Version
	private long version;

	protected Criterion() {
	}

	public Criterion(Topic topic, String key, String name, String description, int position) {
		this.topic = topic;
		this.key = key;
		this.name = name;
		this.description = description;
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

	public String getDescription() {
		return this.description;
	}

	public int getPosition() {
		return this.position;
	}

}
