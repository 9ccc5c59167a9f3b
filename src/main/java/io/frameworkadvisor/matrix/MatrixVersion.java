package io.frameworkadvisor.matrix;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A published, immutable version of a topic's decision matrix. {@code snapshot} is the
 * JSON of everything a recommendation depends on, so old share links keep their result
 * forever.
 */
@Entity
@Immutable
public class MatrixVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "topic_id", nullable = false)
	private Topic topic;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private int methodVersion;

	@Column(nullable = false)
	private String note;

	@Column(nullable = false)
	private Instant publishedAt;

	@Column(nullable = false)
	private String publishedBy;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private String snapshot;

	protected MatrixVersion() {
	}

	public MatrixVersion(Topic topic, int number, int methodVersion, String note, Instant publishedAt,
			String publishedBy, String snapshot) {
		this.topic = topic;
		this.number = number;
		this.methodVersion = methodVersion;
		this.note = note;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.snapshot = snapshot;
	}

	public Long getId() {
		return this.id;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public int getNumber() {
		return this.number;
	}

	public int getMethodVersion() {
		return this.methodVersion;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public String getSnapshot() {
		return this.snapshot;
	}

}
