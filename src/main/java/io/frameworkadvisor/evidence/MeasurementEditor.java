package io.frameworkadvisor.evidence;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.frameworkadvisor.admin.AuditLog;
import io.frameworkadvisor.admin.StaleEditException;
import io.frameworkadvisor.matrix.Candidate;
import io.frameworkadvisor.matrix.CandidateRepository;
import io.frameworkadvisor.matrix.Metric;
import io.frameworkadvisor.matrix.MetricRepository;
import io.frameworkadvisor.matrix.Unit;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes and deletes the measurements of a dataset with the same rules as an
 * import (known candidate and metric, a unit of the metric's kind, a range that rises, no
 * second row with the same candidate, metric, scenario, workload and stack), each change
 * audited in its transaction, with optimistic locking, and never deleting a measurement
 * that a cell cites or a published version includes.
 */
@Service
public class MeasurementEditor {

	private final DatasetRepository datasets;

	private final MeasurementRepository measurements;

	private final CandidateRepository candidates;

	private final MetricRepository metrics;

	private final EvidenceReferences references;

	private final AuditLog auditLog;

	private final JsonMapper jsonMapper;

	MeasurementEditor(DatasetRepository datasets, MeasurementRepository measurements, CandidateRepository candidates,
			MetricRepository metrics, EvidenceReferences references, AuditLog auditLog, JsonMapper jsonMapper) {
		this.datasets = datasets;
		this.measurements = measurements;
		this.candidates = candidates;
		this.metrics = metrics;
		this.references = references;
		this.auditLog = auditLog;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * @return the new measurement's id
	 */
	@Transactional
	public long add(String slug, Input input, String actor) {
		Dataset dataset = dataset(slug);
		List<Measurement> stored = this.measurements.findByDatasetsWithCandidateAndMetric(List.of(dataset));
		Checked checked = check(dataset, input, stored, null);
		int position = stored.stream().mapToInt(Measurement::getPosition).max().orElse(-1) + 1;
		Measurement measurement = this.measurements
			.saveAndFlush(new Measurement(dataset, checked.candidate(), checked.metric(), checked.figure(), position));
		this.auditLog.record(actor, "measurement", slug + "/" + measurement.getId(), "create", null,
				json(fields(measurement)));
		return measurement.getId();
	}

	@Transactional
	public void update(String slug, long id, long version, Input input, String actor) {
		Dataset dataset = dataset(slug);
		List<Measurement> stored = this.measurements.findByDatasetsWithCandidateAndMetric(List.of(dataset));
		Measurement measurement = stored.stream()
			.filter(m -> m.getId() == id)
			.findFirst()
			.orElseThrow(() -> new MeasurementNotFoundException(slug + "/" + id));
		Map<String, String> before = fields(measurement);
		if (measurement.getVersion() != version) {
			throw new StaleEditException(before, measurement.getVersion());
		}
		Checked checked = check(dataset, input, stored, measurement);
		measurement.update(checked.candidate(), checked.metric(), checked.figure());
		this.measurements.flush();
		Map<String, String> after = fields(measurement);
		if (!Objects.equals(before, after)) {
			this.auditLog.record(actor, "measurement", slug + "/" + id, "update", json(before), json(after));
		}
	}

	@Transactional
	public void delete(String slug, long id, String actor) {
		Measurement measurement = find(slug, id);
		this.references.refuseIfUsed(slug + "/" + id, List.of(id), List.of());
		Map<String, String> before = fields(measurement);
		this.measurements.delete(measurement);
		this.measurements.flush();
		this.auditLog.record(actor, "measurement", slug + "/" + id, "delete", json(before), null);
	}

	/** A measurement of a dataset, for its edit form. */
	@Transactional(readOnly = true)
	public Map<String, String> read(String slug, long id) {
		Measurement measurement = find(slug, id);
		Map<String, String> fields = fields(measurement);
		fields.put("version", String.valueOf(measurement.getVersion()));
		return fields;
	}

	/** The conflict to show when optimistic locking caught a concurrent write. */
	@Transactional(readOnly = true)
	public StaleEditException stale(String slug, long id) {
		Measurement measurement = find(slug, id);
		return new StaleEditException(fields(measurement), measurement.getVersion());
	}

	private Measurement find(String slug, long id) {
		Dataset dataset = dataset(slug);
		return this.measurements.findById(id)
			.filter(m -> m.getDataset().getId().equals(dataset.getId()))
			.orElseThrow(() -> new MeasurementNotFoundException(slug + "/" + id));
	}

	private Checked check(Dataset dataset, Input input, List<Measurement> stored, Measurement self) {
		Candidate candidate = this.candidates.findByTopicOrderByPositionAscKeyAsc(dataset.getSource().getTopic())
			.stream()
			.filter(c -> c.getKey().equals(input.candidate()))
			.findFirst()
			.orElseThrow(() -> new EvidenceEditException("candidate", "evidence.measurement.candidate.unknown",
					input.candidate()));
		Metric metric = this.metrics.findByTopicAndKey(dataset.getSource().getTopic(), input.metric())
			.orElseThrow(
					() -> new EvidenceEditException("metric", "evidence.measurement.metric.unknown", input.metric()));
		Unit unit = Unit.fromSymbol(input.unit())
			.orElseThrow(() -> new EvidenceEditException("unit", "evidence.measurement.unit.unknown", input.unit()));
		if (!unit.convertsTo(metric.getUnit())) {
			throw new EvidenceEditException("unit", "evidence.measurement.unit.mismatch", unit.symbol(),
					metric.getKey(), metric.getUnit().symbol());
		}
		if (input.valueMax() != null && input.valueMax().compareTo(input.value()) <= 0) {
			throw new EvidenceEditException("valueMax", "evidence.measurement.valueMax.notAbove");
		}
		String stack = (input.stack() != null && !input.stack().isBlank()) ? input.stack().strip()
				: dataset.getStacks().get(candidate);
		if (stack == null) {
			throw new EvidenceEditException("stack", "evidence.measurement.stack.missing", candidate.getKey());
		}
		String identity = SourceFileValidator.identity(candidate.getKey(), metric.getKey(), input.scenario(),
				input.workload(), stack);
		boolean duplicate = stored.stream()
			.filter(m -> m != self)
			.anyMatch(m -> SourceFileValidator
				.identity(m.getCandidate().getKey(), m.getMetric().getKey(), m.getScenario(), m.getWorkload(),
						m.getStack())
				.equals(identity));
		if (duplicate) {
			throw new EvidenceEditException("workload", "evidence.measurement.duplicate");
		}
		return new Checked(candidate, metric, new Measurement.Figure(input.scenario(), input.workload(), stack,
				input.value(), input.valueMax(), input.approximate(), unit, input.quote(), blankToNull(input.note())));
	}

	private Dataset dataset(String slug) {
		return this.datasets.findBySlugWithSource(slug).orElseThrow(() -> new DatasetNotFoundException(slug));
	}

	/** The editable fields as text. */
	public static Map<String, String> fields(Measurement m) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("candidate", m.getCandidate().getKey());
		fields.put("metric", m.getMetric().getKey());
		fields.put("scenario", m.getScenario());
		fields.put("workload", m.getWorkload());
		fields.put("stack", m.getStack());
		fields.put("value", m.getValue().toPlainString());
		fields.put("valueMax", (m.getValueMax() != null) ? m.getValueMax().toPlainString() : "");
		fields.put("approximate", String.valueOf(m.isApproximate()));
		fields.put("unit", m.getUnit().symbol());
		fields.put("quote", m.getQuote());
		fields.put("note", SourceEditor.text(m.getNote()));
		return fields;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private String json(Map<String, String> fields) {
		return this.jsonMapper.writeValueAsString(fields);
	}

	/**
	 * A measurement as an editor enters it; a blank stack means the dataset's stack for
	 * the candidate.
	 */
	public record Input(String candidate, String metric, String scenario, String workload, String stack,
			BigDecimal value, BigDecimal valueMax, boolean approximate, String unit, String quote, String note) {
	}

	private record Checked(Candidate candidate, Metric metric, Measurement.Figure figure) {
	}

}
