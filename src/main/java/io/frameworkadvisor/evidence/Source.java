package io.frameworkadvisor.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.frameworkadvisor.matrix.Topic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/** An article (or report) that evidence was taken from. */
@Entity
public class Source {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "topic_id", nullable = false, updatable = false)
	private Topic topic;

	@Column(nullable = false, updatable = false)
	private String key;

	@Column(nullable = false)
	private String title;

	private String titleNote;

	private String publisher;

	private String author;

	private String url;

	private LocalDate publishedOn;

	private String seedFile;

	@Column(nullable = false)
	private String notes;

	@OneToMany(mappedBy = "source")
	@OrderBy("id")
	private List<Dataset> datasets = new ArrayList<>();

	@Version
	private long version;

	protected Source() {
	}

	public Source(Topic topic, String key, SourceDetails details) {
		this.topic = topic;
		this.key = key;
		this.seedFile = details.seedFile();
		update(details);
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

	public String getTitle() {
		return this.title;
	}

	public String getTitleNote() {
		return this.titleNote;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getUrl() {
		return this.url;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getSeedFile() {
		return this.seedFile;
	}

	public String getNotes() {
		return this.notes;
	}

	public List<Dataset> getDatasets() {
		return this.datasets;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Changes the descriptive fields; the key never changes and the seed file is kept.
	 */
	public void update(SourceDetails details) {
		this.title = details.title();
		this.titleNote = details.titleNote();
		this.publisher = details.publisher();
		this.author = details.author();
		this.url = details.url();
		this.publishedOn = details.publishedOn();
		this.notes = details.notes();
	}

	/** The descriptive fields of a source, as given by a form or an imported file. */
	public record SourceDetails(String title, String titleNote, String publisher, String author, String url,
			LocalDate publishedOn, String seedFile, String notes) {
	}

}
