package io.frameworkadvisor.recommendation;

import java.time.Instant;

import io.frameworkadvisor.matrix.MatrixVersion;
import io.frameworkadvisor.matrix.Topic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A computed recommendation behind a share link: its answers and result, pinned to the
 * matrix version it was computed on. Never updated.
 */
@Entity
@Table(name = "recommendation")
@Immutable
public class StoredRecommendation {

	@Id
	private String id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "topic_id", nullable = false)
	private Topic topic;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "matrix_version_id", nullable = false)
	private MatrixVersion matrixVersion;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private String answers;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private String result;

	@Column(nullable = false)
	private Instant createdAt;

	protected StoredRecommendation() {
	}

	StoredRecommendation(String id, Topic topic, MatrixVersion matrixVersion, String answers, String result,
			Instant createdAt) {
		this.id = id;
		this.topic = topic;
		this.matrixVersion = matrixVersion;
		this.answers = answers;
		this.result = result;
		this.createdAt = createdAt;
	}

	public String getId() {
		return this.id;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public MatrixVersion getMatrixVersion() {
		return this.matrixVersion;
	}

	public String getAnswers() {
		return this.answers;
	}

	public String getResult() {
		return this.result;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
