package io.frameworkadvisor.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.frameworkadvisor.admin.AuditLog;
import io.frameworkadvisor.admin.StaleEditException;
import io.frameworkadvisor.evidence.Dataset.Methodology;
import io.frameworkadvisor.matrix.Candidate;
import io.frameworkadvisor.matrix.CandidateRepository;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes datasets (methodology and the stack per candidate), each
 * change with its audit entry in the same transaction, with optimistic locking, and
 * refusing to delete a dataset whose measurements are cited or published.
 */
@Service
public class DatasetEditor {

	private final SourceRepository sources;

	private final DatasetRepository datasets;

	private final CandidateRepository candidates;

	private final EvidenceReferences references;

	private final AuditLog auditLog;

	private final JsonMapper jsonMapper;

	DatasetEditor(SourceRepository sources, DatasetRepository datasets, CandidateRepository candidates,
			EvidenceReferences references, AuditLog auditLog, JsonMapper jsonMapper) {
		this.sources = sources;
		this.datasets = datasets;
		this.candidates = candidates;
		this.references = references;
		this.auditLog = auditLog;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * @param stacks the stack per candidate key; blank entries are left out
	 */
	@Transactional
	public void create(String sourceKey, String slug, Methodology methodology, Map<String, String> stacks,
			String actor) {
		Source source = this.sources.findByKeyWithTopic(sourceKey)
			.orElseThrow(() -> new SourceNotFoundException(sourceKey));
		if (this.datasets.existsBySlug(slug)) {
			throw new EvidenceEditException("slug", "evidence.dataset.slug.taken", slug);
		}
		Dataset dataset = new Dataset(source, slug, methodology);
		setStacks(dataset, stacks);
		this.datasets.saveAndFlush(dataset);
		this.auditLog.record(actor, "dataset", slug, "create", null, json(fields(dataset)));
	}

	@Transactional
	public void update(String slug, long version, Methodology methodology, Map<String, String> stacks, String actor) {
		Dataset dataset = find(slug);
		Map<String, String> before = fields(dataset);
		if (dataset.getVersion() != version) {
			throw new StaleEditException(before, dataset.getVersion());
		}
		dataset.update(methodology);
		setStacks(dataset, stacks);
		this.datasets.flush();
		Map<String, String> after = fields(dataset);
		if (!Objects.equals(before, after)) {
			this.auditLog.record(actor, "dataset", slug, "update", json(before), json(after));
		}
	}

	@Transactional
	public void delete(String slug, String actor) {
		Dataset dataset = find(slug);
		List<Long> measurementIds = dataset.getMeasurements().stream().map(Measurement::getId).toList();
		this.references.refuseIfUsed(slug, measurementIds, List.of());
		Map<String, String> before = fields(dataset);
		this.datasets.delete(dataset);
		this.datasets.flush();
		this.auditLog.record(actor, "dataset", slug, "delete", json(before), null);
	}

	/** The stored stack per candidate key, in candidate order. */
	@Transactional(readOnly = true)
	public Map<String, String> stacks(String slug) {
		Map<String, String> stacks = new LinkedHashMap<>();
		find(slug).getStacks()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Candidate::getPosition)))
			.forEach(entry -> stacks.put(entry.getKey().getKey(), entry.getValue()));
		return stacks;
	}

	private void setStacks(Dataset dataset, Map<String, String> stacks) {
		List<Candidate> topicCandidates = this.candidates
			.findByTopicOrderByPositionAscKeyAsc(dataset.getSource().getTopic());
		for (Candidate candidate : topicCandidates) {
			String stack = (stacks != null) ? stacks.get(candidate.getKey()) : null;
			if (stack == null || stack.isBlank()) {
				dataset.getStacks().remove(candidate);
			}
			else if (!stack.strip().equals(dataset.getStacks().get(candidate))) {
				dataset.getStacks().put(candidate, stack.strip());
			}
		}
	}

	/** The conflict to show when optimistic locking caught a concurrent write. */
	@Transactional(readOnly = true)
	public StaleEditException stale(String slug) {
		Dataset dataset = find(slug);
		return new StaleEditException(fields(dataset), dataset.getVersion());
	}

	private Dataset find(String slug) {
		return this.datasets.findBySlugWithSource(slug).orElseThrow(() -> new DatasetNotFoundException(slug));
	}

	/** The editable fields as text (stacks as {@code stacks.<candidate>}). */
	public static Map<String, String> fields(Dataset dataset) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", dataset.getTitle());
		fields.put("hardware", SourceEditor.text(dataset.getHardware()));
		fields.put("os", SourceEditor.text(dataset.getOs()));
		fields.put("runtime", SourceEditor.text(dataset.getRuntime()));
		fields.put("loadTool", SourceEditor.text(dataset.getLoadTool()));
		fields.put("loadProfile", SourceEditor.text(dataset.getLoadProfile()));
		fields.put("connections", SourceEditor.text(dataset.getConnections()));
		fields.put("duration", SourceEditor.text(dataset.getDuration()));
		fields.put("database", SourceEditor.text(dataset.getDatabase()));
		fields.put("methodology", dataset.getMethodology());
		fields.put("caveats", SourceEditor.text(dataset.getCaveats()));
		dataset.getStacks()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Candidate::getPosition)))
			.forEach(entry -> fields.put("stacks[" + entry.getKey().getKey() + "]", entry.getValue()));
		return fields;
	}

	private String json(Map<String, String> fields) {
		return this.jsonMapper.writeValueAsString(fields);
	}

}
