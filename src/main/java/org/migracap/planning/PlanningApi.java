package org.migracap.planning;

import java.util.List;

import org.migracap.planning.domain.ScenarioService;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of planning: the scenarios. A workshop vote sets a scenario's area weights through an
 * event ({@code workshopoutcome.AreaWeightsVoted}, ADR workshop-06).
 */
@Service
public class PlanningApi {

	private final ScenarioService scenarios;

	PlanningApi(ScenarioService scenarios) {
		this.scenarios = scenarios;
	}

	/** Every scenario, newest first. */
	public List<ScenarioSummary> scenarios() {
		return scenarios.summaries();
	}

}
