package io.frameworkadvisor.matrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frameworkadvisor.matrix.TopicEditor.TopicRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits a topic's questions and answer options with their weights on criteria and their
 * must-haves. Question and option keys are public contracts (the API and share links use
 * them): set on creation, never changed, and not deleted once a published version holds
 * them.
 */
@Service
public class QuestionEditor {

	private final JdbcTemplate jdbc;

	private final EditSupport edits;

	private final TopicEditor topics;

	private final Referrers referrers;

	QuestionEditor(JdbcTemplate jdbc, EditSupport edits, TopicEditor topics, Referrers referrers) {
		this.jdbc = jdbc;
		this.edits = edits;
		this.topics = topics;
		this.referrers = referrers;
	}

	public record QuestionRow(long id, String key, String label, String help, int position, long version,
			List<OptionRow> options) {

		Map<String, Object> fields() {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("label", this.label);
			fields.put("help", this.help);
			fields.put("position", this.position);
			return fields;
		}

	}

	/**
	 * @param weights weight per criterion key, criteria without weight left out
	 */
	public record OptionRow(long id, String key, String label, String help, String weightBasis, int position,
			long version, Map<String, BigDecimal> weights, List<MustHaveRow> mustHaves) {

		Map<String, Object> fields() {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("label", this.label);
			fields.put("help", this.help);
			fields.put("weightBasis", this.weightBasis);
			fields.put("position", this.position);
			Map<String, String> weights = new LinkedHashMap<>();
			this.weights.forEach((criterion, weight) -> weights.put(criterion, weight.toPlainString()));
			fields.put("weights", weights);
			fields.put("mustHaves", this.mustHaves.stream().map(MustHaveRow::toString).toList());
			return fields;
		}

		/** The stored values by form field, for the conflict page. */
		Map<String, Object> formFields() {
			Map<String, Object> fields = new LinkedHashMap<>(fields());
			fields.remove("weights");
			this.weights
				.forEach((criterion, weight) -> fields.put("weights[" + criterion + "]", weight.toPlainString()));
			fields.put("mustHaves", String.join("; ", this.mustHaves.stream().map(MustHaveRow::toString).toList()));
			return fields;
		}

	}

	public record MustHaveRow(String criterion, BigDecimal minScore, String reason) {

		@Override
		public String toString() {
			return this.criterion + " ≥ " + this.minScore.stripTrailingZeros().toPlainString()
					+ (this.reason.isEmpty() ? "" : ": " + this.reason);
		}

	}

	/** Every question of a topic with its options, weights and must-haves (4 queries). */
	@Transactional(readOnly = true)
	public List<QuestionRow> questions(long topicId) {
		Map<Long, Map<String, BigDecimal>> weights = new HashMap<>();
		this.jdbc.query("""
				select w.option_id, cr.key, w.weight from option_weight w join criterion cr on cr.id = w.criterion_id
				where cr.topic_id = ? order by cr.position, cr.key""", (rs) -> {
			weights.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
				.put(rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros());
		}, topicId);
		Map<Long, List<MustHaveRow>> mustHaves = new HashMap<>();
		this.jdbc.query("""
				select mh.option_id, cr.key, mh.min_score, mh.reason from option_must_have mh
				join criterion cr on cr.id = mh.criterion_id where cr.topic_id = ? order by cr.position, cr.key""",
				(rs) -> {
					mustHaves.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
						.add(new MustHaveRow(rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros(),
								rs.getString(4)));
				}, topicId);
		Map<Long, List<OptionRow>> options = new HashMap<>();
		this.jdbc.query("""
				select o.id, o.question_id, o.key, o.label, o.help, o.weight_basis, o.position, o.version
				from answer_option o join question q on q.id = o.question_id where q.topic_id = ?
				order by o.position, o.key""", (rs) -> {
			long id = rs.getLong(1);
			options.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
				.add(new OptionRow(id, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
						rs.getLong(8), weights.getOrDefault(id, Map.of()), mustHaves.getOrDefault(id, List.of())));
		}, topicId);
		return this.jdbc.query(
				"select id, key, label, help, position, version from question where topic_id = ? order by position, key",
				(rs, i) -> new QuestionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getInt(5), rs.getLong(6), options.getOrDefault(rs.getLong(1), List.of())),
				topicId);
	}

	@Transactional(readOnly = true)
	public QuestionRow question(long topicId, String key) {
		return questions(topicId).stream()
			.filter(question -> question.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new MatrixItemNotFoundException("question", key));
	}

	@Transactional(readOnly = true)
	public OptionRow option(long topicId, String questionKey, String key) {
		return question(topicId, questionKey).options()
			.stream()
			.filter(option -> option.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new MatrixItemNotFoundException("option", questionKey + "/" + key));
	}

	@Transactional
	public void createQuestion(String topicKey, String key, String label, String help, int position, String actor) {
		TopicRow topic = this.topics.topic(topicKey);
		if (!this.jdbc.queryForList("select 1 from question where topic_id = ? and key = ?", topic.id(), key)
			.isEmpty()) {
			throw new KeyTakenException(key);
		}
		this.jdbc.update("insert into question (topic_id, key, label, help, position) values (?, ?, ?, ?, ?)",
				topic.id(), key, label, help, position);
		this.edits.audit(actor, "question", topicKey + "/" + key, "create", null,
				new QuestionRow(0, key, label, help, position, 0, List.of()).fields());
	}

	@Transactional
	public void updateQuestion(String topicKey, String key, String label, String help, int position, long version,
			String actor) {
		TopicRow topic = this.topics.topic(topicKey);
		QuestionRow stored = question(topic.id(), key);
		this.edits.requireVersion(version, stored.version(), stored.fields());
		int rows = this.jdbc.update("""
				update question set label = ?, help = ?, position = ?, version = version + 1
				where id = ? and version = ?""", label, help, position, stored.id(), version);
		this.edits.requireUpdated(rows, () -> {
			QuestionRow now = question(topic.id(), key);
			return this.edits.stale(now.fields(), now.version());
		});
		this.edits.audit(actor, "question", topicKey + "/" + key, "update", stored.fields(),
				new QuestionRow(stored.id(), key, label, help, position, version + 1, List.of()).fields());
	}

	@Transactional
	public void deleteQuestion(String topicKey, String key, String actor) {
		TopicRow topic = this.topics.topic(topicKey);
		QuestionRow stored = question(topic.id(), key);
		List<Referrer> found = this.referrers.ofQuestion(topic.id(), key);
		if (!found.isEmpty()) {
			throw new StillReferencedException(topicKey + "/" + key, found);
		}
		this.jdbc.update("delete from question where id = ?", stored.id());
		this.edits.audit(actor, "question", topicKey + "/" + key, "delete", stored.fields(), null);
	}

	@Transactional
	public void createOption(String topicKey, String questionKey, OptionRow option, String actor) {
		TopicRow topic = this.topics.topic(topicKey);
		QuestionRow question = question(topic.id(), questionKey);
		if (question.options().stream().anyMatch(existing -> existing.key().equals(option.key()))) {
			throw new KeyTakenException(option.key());
		}
		long id = this.jdbc.queryForObject("""
				insert into answer_option (question_id, key, label, help, weight_basis, position)
				values (?, ?, ?, ?, ?, ?) returning id""", Long.class, question.id(), option.key(), option.label(),
				option.help(), option.weightBasis(), option.position());
		writeWeights(topic.id(), id, option);
		this.edits.audit(actor, "answer_option", topicKey + "/" + questionKey + "/" + option.key(), "create", null,
				option.fields());
	}

	/**
	 * @param option the new fields with the version the editor started from
	 */
	@Transactional
	public void updateOption(String topicKey, String questionKey, OptionRow option, String actor) {
		TopicRow topic = this.topics.topic(topicKey);
		OptionRow stored = option(topic.id(), questionKey, option.key());
		this.edits.requireVersion(option.version(), stored.version(), stored.formFields());
		int rows = this.jdbc.update("""
				update answer_option set label = ?, help = ?, weight_basis = ?, position = ?, version = version + 1
				where id = ? and version = ?""", option.label(), option.help(), option.weightBasis(), option.position(),
				stored.id(), option.version());
		this.edits.requireUpdated(rows, () -> {
			OptionRow now = option(topic.id(), questionKey, option.key());
			return this.edits.stale(now.formFields(), now.version());
		});
		this.jdbc.update("delete from option_weight where option_id = ?", stored.id());
		this.jdbc.update("delete from option_must_have where option_id = ?", stored.id());
		writeWeights(topic.id(), stored.id(), option);
		this.edits.audit(actor, "answer_option", topicKey + "/" + questionKey + "/" + option.key(), "update",
				stored.fields(), option.fields());
	}

	@Transactional
	public void deleteOption(String topicKey, String questionKey, String key, String actor) {
		TopicRow topic = this.topics.topic(topicKey);
		OptionRow stored = option(topic.id(), questionKey, key);
		List<Referrer> found = this.referrers.ofOption(topic.id(), questionKey, key);
		if (!found.isEmpty()) {
			throw new StillReferencedException(topicKey + "/" + questionKey + "/" + key, found);
		}
		this.jdbc.update("delete from answer_option where id = ?", stored.id());
		this.edits.audit(actor, "answer_option", topicKey + "/" + questionKey + "/" + key, "delete", stored.fields(),
				null);
	}

	private void writeWeights(long topicId, long optionId, OptionRow option) {
		option.weights()
			.forEach((criterion, weight) -> this.jdbc.update("""
					insert into option_weight (option_id, criterion_id, weight)
					select ?, id, ? from criterion where topic_id = ? and key = ?""", optionId, weight, topicId,
					criterion));
		for (MustHaveRow mustHave : option.mustHaves()) {
			this.jdbc.update("""
					insert into option_must_have (option_id, criterion_id, min_score, reason)
					select ?, id, ?, ? from criterion where topic_id = ? and key = ?""", optionId, mustHave.minScore(),
					mustHave.reason(), topicId, mustHave.criterion());
		}
	}

}
