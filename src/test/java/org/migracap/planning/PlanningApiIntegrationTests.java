package org.migracap.planning;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migracap.planning.domain.ScenarioService;
import org.migracap.planning.domain.ScenarioSettings;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract other modules code against: the scenarios, and area weights applied from a workshop vote, audited
 * with their source and refused to people who may not plan.
 */
@MigraCapIntegrationTest
class PlanningApiIntegrationTests {

	static final CurrentUser COORDINATOR = new CurrentUser(2, "coordinator", "Chris", Set.of(Role.COORDINATOR), null);

	static final CurrentUser FACILITATOR = new CurrentUser(3, "facilitator", "Fatou", Set.of(Role.FACILITATOR), null);

	static final CurrentUser PARTICIPANT = new CurrentUser(4, "participant", "Pablo", Set.of(Role.PARTICIPANT), null);

	@Autowired
	PlanningApi api;

	@Autowired
	ScenarioService scenarios;

	@Autowired
	JdbcClient jdbc;

	static ScenarioSettings settings(String name) {
		return new ScenarioSettings(name, null, 2027, List.of(100_000.0, 100_000.0), List.of("KEN", "UGA"),
				Set.of(FocusArea.B), 1, 1, 1, 1, Map.of(), ScenarioSettings.TYPED, null, Map.of(), Map.of());
	}

	@Test
	void listsScenariosAndAppliesAreaWeightsWithTheirSource() {
		long id = scenarios.create(settings("API weights test")).id();
		assertThat(api.scenarios()).anySatisfy(s -> {
			assertThat(s.id()).isEqualTo(id);
			assertThat(s.name()).isEqualTo("API weights test");
			assertThat(s.status()).isEqualTo("DRAFT");
		});

		api.applyAreaWeights(id, Map.of(FocusArea.B, 3.5, FocusArea.C, 0.5), "workshop:12 vote 3", FACILITATOR);

		ScenarioSettings after = scenarios.get(id).settings();
		assertThat(after.areaWeight(FocusArea.B)).isEqualTo(3.5);
		assertThat(after.areaWeight(FocusArea.C)).isEqualTo(0.5);
		assertThat(after.areaWeight(FocusArea.A)).isEqualTo(1.0);
		assertThat(after.areaWeightsSource()).isEqualTo("workshop:12 vote 3");
		assertThat(jdbc.sql("select count(*) from planning.scenario_aud where id = :id and area_weights_source = :s")
			.param("id", id)
			.param("s", "workshop:12 vote 3")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesWeightsFromOutsidersAndOutOfRange() {
		long id = scenarios.create(settings("API refusals test")).id();
		assertThatThrownBy(() -> api.applyAreaWeights(id, Map.of(FocusArea.B, 2.0), "workshop:1", PARTICIPANT))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> api.applyAreaWeights(id, Map.of(FocusArea.B, -1.0), "workshop:1", COORDINATOR))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> api.applyAreaWeights(id, Map.of(FocusArea.B, 1.0), " ", COORDINATOR))
			.isInstanceOf(RuleViolationException.class);
		assertThat(scenarios.get(id).settings().areaWeightsSource()).isEqualTo(ScenarioSettings.TYPED);
	}

}
