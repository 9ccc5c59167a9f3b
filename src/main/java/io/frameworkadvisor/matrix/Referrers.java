package io.frameworkadvisor.matrix;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds what refers to a candidate, criterion, metric, question or option before it is
 * deleted: evidence, scores that rest on evidence, weights and must-haves, derivation
 * links, and the immutable snapshots of published matrix versions (where keys are public
 * contracts).
 */
@Component
public class Referrers {

	private final JdbcTemplate jdbc;

	Referrers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Referrer> ofCandidate(long topicId, long candidateId, String key) {
		List<Referrer> found = new ArrayList<>();
		add(found, "measurements", """
				select d.slug from measurement m join dataset d on d.id = m.dataset_id where m.candidate_id = ?
				order by d.slug""", candidateId);
		add(found, "claims", """
				select s.key from claim_candidate cc join claim cl on cl.id = cc.claim_id
				join source s on s.id = cl.source_id where cc.candidate_id = ? order by s.key""", candidateId);
		add(found, "stacks", """
				select d.slug from dataset_stack ds join dataset d on d.id = ds.dataset_id where ds.candidate_id = ?
				order by d.slug""", candidateId);
		add(found, "scores", """
				select cr.key from score s join criterion cr on cr.id = s.criterion_id where s.candidate_id = ?
				and exists (select 1 from score_evidence se where se.score_id = s.id) order by cr.key""", candidateId);
		versions(found, topicId, "$.candidates[*] ? (@.key == $k)", key, null);
		return found;
	}

	public List<Referrer> ofCriterion(long topicId, long criterionId, String key) {
		List<Referrer> found = new ArrayList<>();
		add(found, "claims", """
				select s.key from claim cl join source s on s.id = cl.source_id where cl.criterion_id = ?
				order by s.key""", criterionId);
		add(found, "scores", """
				select c.key from score s join candidate c on c.id = s.candidate_id where s.criterion_id = ?
				and exists (select 1 from score_evidence se where se.score_id = s.id) order by c.key""", criterionId);
		add(found, "weights", """
				select q.key || '/' || o.key from option_weight w join answer_option o on o.id = w.option_id
				join question q on q.id = o.question_id where w.criterion_id = ? order by q.position, o.position""",
				criterionId);
		add(found, "mustHaves", """
				select q.key || '/' || o.key from option_must_have mh join answer_option o on o.id = mh.option_id
				join question q on q.id = o.question_id where mh.criterion_id = ? order by q.position, o.position""",
				criterionId);
		versions(found, topicId, "$.criteria[*] ? (@.key == $k)", key, null);
		return found;
	}

	public List<Referrer> ofMetric(long topicId, long metricId, String key) {
		List<Referrer> found = new ArrayList<>();
		add(found, "measurements", """
				select d.slug from measurement m join dataset d on d.id = m.dataset_id where m.metric_id = ?
				order by d.slug""", metricId);
		add(found, "links", """
				select cr.key from criterion_metric cm join criterion cr on cr.id = cm.criterion_id
				where cm.metric_id = ? order by cr.key""", metricId);
		versions(found, topicId, "$.evidence.*.measured ? (@.metricKey == $k)", key, null);
		return found;
	}

	public List<Referrer> ofQuestion(long topicId, String key) {
		List<Referrer> found = new ArrayList<>();
		versions(found, topicId, "$.questions[*] ? (@.key == $k)", key, null);
		return found;
	}

	public List<Referrer> ofOption(long topicId, String questionKey, String key) {
		List<Referrer> found = new ArrayList<>();
		versions(found, topicId, "$.questions[*] ? (@.key == $q).options[*] ? (@.key == $k)", key, questionKey);
		return found;
	}

	private void add(List<Referrer> found, String kind, String sql, Object... args) {
		List<String> names = this.jdbc.queryForList(sql, String.class, args);
		if (!names.isEmpty()) {
			found.add(new Referrer(kind, names.size(), names.stream().distinct().toList()));
		}
	}

	private void versions(List<Referrer> found, long topicId, String path, String key, String questionKey) {
		List<String> numbers = this.jdbc.queryForList("""
				select number::text from matrix_version where topic_id = ?
				and jsonb_path_exists(snapshot, cast(? as jsonpath), jsonb_build_object('k', ?::text, 'q', ?::text))
				order by number""", String.class, topicId, path, key, questionKey);
		if (!numbers.isEmpty()) {
			found.add(new Referrer("versions", numbers.size(), numbers));
		}
	}

}
