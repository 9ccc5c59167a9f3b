package io.frameworkadvisor.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.matrix.Candidate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/** One benchmark run of a source, with the methodology the source states for it. */
@Entity
public class Dataset {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id", nullable = false, updatable = false)
	private Source source;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Column(nullable = false)
	private String title;

	private String hardware;

	private String os;

	private String runtime;

	private String loadTool;

	private String loadProfile;

	private Integer connections;

	private String duration;

	private String database;

	@Column(nullable = false)
	private String methodology;

	@Column(nullable = false)
	private String caveats;

	/** The server/stack each candidate ran on, as the source states it. */
	@ElementCollection
	@CollectionTable(name = "dataset_stack", joinColumns = @JoinColumn(name = "dataset_id"))
	@MapKeyJoinColumn(name = "candidate_id")
	@Column(name = "stack", nullable = false)
	private Map<Candidate, String> stacks = new LinkedHashMap<>();

	@OneToMany(mappedBy = "dataset")
	@OrderBy("position")
	private List<Measurement> measurements = new ArrayList<>();

	@Version
	private long version;

	protected Dataset() {
	}

	public Dataset(Source source, String slug, Methodology methodology) {
		this.source = source;
		this.slug = slug;
		update(methodology);
	}

	public Long getId() {
		return this.id;
	}

	public Source getSource() {
		return this.source;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getHardware() {
		return this.hardware;
	}

	public String getOs() {
		return this.os;
	}

	public String getRuntime() {
		return this.runtime;
	}

	public String getLoadTool() {
		return this.loadTool;
	}

	public String getLoadProfile() {
		return this.loadProfile;
	}

	public Integer getConnections() {
		return this.connections;
	}

	public String getDuration() {
		return this.duration;
	}

	public String getDatabase() {
		return this.database;
	}

	public String getMethodology() {
		return this.methodology;
	}

	public String getCaveats() {
		return this.caveats;
	}

	public Map<Candidate, String> getStacks() {
		return this.stacks;
	}

	public List<Measurement> getMeasurements() {
		return this.measurements;
	}

	public long getVersion() {
		return this.version;
	}

	/** Changes the methodology; the slug never changes. */
	public void update(Methodology methodology) {
		this.title = methodology.title();
		this.hardware = methodology.hardware();
		this.os = methodology.os();
		this.runtime = methodology.runtime();
		this.loadTool = methodology.loadTool();
		this.loadProfile = methodology.loadProfile();
		this.connections = methodology.connections();
		this.duration = methodology.duration();
		this.database = methodology.database();
		this.methodology = methodology.methodology();
		this.caveats = methodology.caveats();
	}

	/**
	 * How a benchmark run was done: everything that explains why its numbers differ from
	 * others.
	 */
	public record Methodology(String title, String hardware, String os, String runtime, String loadTool,
			String loadProfile, Integer connections, String duration, String database, String methodology,
			String caveats) {
	}

}
