package io.frameworkadvisor.evidence.seed;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what the seed import stored for one article, straight from the tables (a
 * test-only bean, picked up by the component scan of the test classpath).
 */
@Component
class SeedFigures {

	private final JdbcTemplate jdbc;

	SeedFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<SeedFigure> forSeedFile(String seedFile) {
		return this.jdbc.query("""
				select c.key as candidate, m.key as metric, m.statistic, me.value::text as value,
				       me.value_max::text as value_max, me.unit
				from measurement me
				join dataset d on d.id = me.dataset_id
				join source s on s.id = d.source_id
				join candidate c on c.id = me.candidate_id
				join metric m on m.id = me.metric_id
				where s.seed_file = ? and s.topic_id = (select id from topic where key = 'python-web-frameworks')""",
				(row, i) -> SeedFigure.of(row.getString("candidate"), row.getString("metric"),
						row.getString("statistic"), row.getString("value"), row.getString("value_max"),
						row.getString("unit")),
				seedFile);
	}

	List<String> claimQuotes(String seedFile) {
		return this.jdbc.queryForList("""
				select cl.quote from claim cl join source s on s.id = cl.source_id
				where s.seed_file = ? and s.topic_id = (select id from topic where key = 'python-web-frameworks')
				order by cl.position""", String.class, seedFile);
	}

}
