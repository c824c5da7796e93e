package org.migracap.planning;

import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the planning endpoints: the demo scenario, one of its candidates, a run and a catalogue action.
 * Planning is IOM staff work and belongs to no country, so own and other samples are the same.
 */
public class PlanningPathSamples implements PathSamples {

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		if (!pattern.contains("/planning")) {
			return Optional.empty();
		}
		return switch (variable) {
			case "id" -> Optional.of(String.valueOf(demoScenario(jdbc)));
			case "candidateId" -> Optional.of(String.valueOf(jdbc
				.sql("select min(id) from planning.candidate where scenario_id = :s")
				.param("s", demoScenario(jdbc))
				.query(Long.class)
				.single()));
			case "runId" -> Optional.of(String.valueOf(run(jdbc)));
			case "actionId" -> Optional.of(String.valueOf(jdbc.sql("select min(id) from planning.catalogue_action")
				.query(Long.class)
				.single()));
			default -> Optional.empty();
		};
	}

	/** A run of the demo scenario that exists: the latest, or a finished one recorded for the purpose. */
	static long run(JdbcClient jdbc) {
		long scenario = demoScenario(jdbc);
		long latest = jdbc.sql("select coalesce(max(id), -1) from planning.solve_run where scenario_id = :s")
			.param("s", scenario)
			.query(Long.class)
			.single();
		if (latest >= 0) {
			return latest;
		}
		jdbc.sql("""
				insert into planning.solve_run (scenario_id, scenario_version, status, phase, progress, cancel_requested,
				  solver, started_by, started_at, finished_at, message_key)
				values (:s, 0, 'CANCELLED', 'done', 100, false, 'MIP-SCIP', 'coordinator', current_timestamp,
				  current_timestamp, 'planning.run.abandoned')""")
			.param("s", scenario)
			.update();
		return jdbc.sql("select max(id) from planning.solve_run where scenario_id = :s")
			.param("s", scenario)
			.query(Long.class)
			.single();
	}

	static long demoScenario(JdbcClient jdbc) {
		return jdbc.sql("select min(id) from planning.scenario where demo = true").query(Long.class).single();
	}

}
