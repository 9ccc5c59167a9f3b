package io.frameworkadvisor.matrix;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A subject of comparison ("Python web frameworks") owning candidates, criteria and
 * evidence.
 */
@Entity
public class Topic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String key;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false, updatable = false, insertable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Topic() {
	}

	public Topic(String key, String name, String description) {
		this.key = key;
		this.name = name;
		this.description = description;
	}

	public Long getId() {
		return this.id;
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

}
