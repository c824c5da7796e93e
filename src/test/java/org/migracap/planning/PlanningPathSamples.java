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
			case "runId" -> Optional.of(String.valueOf(jdbc.sql("select coalesce(max(id), 999999) from planning.solve_run")
				.query(Long.class)
				.single()));
			case "actionId" -> Optional.of(String.valueOf(jdbc.sql("select min(id) from planning.catalogue_action")
				.query(Long.class)
				.single()));
			default -> Optional.empty();
		};
	}

	static long demoScenario(JdbcClient jdbc) {
		return jdbc.sql("select min(id) from planning.scenario where demo = true").query(Long.class).single();
	}

}
