package org.migracap.planning.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.migracap.MigraCapApplication;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database: a second instance that starts leaves the runs the first one is running alone, and
 * cancels only a run whose owner stopped beating.
 */
@MigraCapIntegrationTest
class PlanningRunsTwoInstancesIntegrationTests {

	@Autowired
	RunStore runs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStartingInstanceAbandonsOnlyTheRunsOfAStoppedOne() {
		long scenario = jdbc.sql("select min(id) from planning.scenario where demo = true").query(Long.class).single();
		long live = runs.create(scenario, 1, "MIP-SCIP", "coordinator");
		long orphan = runs.create(scenario, 1, "MIP-SCIP", "coordinator");
		// the orphan belongs to an instance that stopped five minutes ago
		jdbc.sql("update planning.solve_run set owner_instance = 'stopped-instance', heartbeat_at = :at where id = :id")
			.param("at", Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))))
			.param("id", orphan)
			.update();
		try {
			ConfigurableApplicationContext second = SpringApplication.run(MigraCapApplication.class, "--server.port=0",
					"--spring.profiles.active=test");
			try {
				assertThat(second.getBean(RunStore.class).instance()).isNotEqualTo(runs.instance());
			}
			finally {
				second.close();
			}
			assertThat(status(live)).as("the run the first instance owns and beats for").isEqualTo("QUEUED");
			assertThat(status(orphan)).as("the run of the stopped instance").isEqualTo("CANCELLED");
			assertThat(jdbc.sql("select message_key from planning.solve_run where id = :id")
				.param("id", orphan)
				.query(String.class)
				.single()).isEqualTo("planning.run.abandoned");
			assertThat(runs.heartbeat()).as("the first instance still claims its run").isEqualTo(1);
		}
		finally {
			jdbc.sql("delete from planning.solve_run where id in (:ids)").param("ids", List.of(live, orphan)).update();
		}
	}

	private String status(long run) {
		return jdbc.sql("select status from planning.solve_run where id = :id").param("id", run).query(String.class).single();
	}

}
