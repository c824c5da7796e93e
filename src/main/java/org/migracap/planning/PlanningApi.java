package org.migracap.planning;

import java.util.List;
import java.util.Map;

import org.migracap.planning.domain.ScenarioService;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of planning: the scenarios, and setting a scenario's area weights from elsewhere (a
 * workshop vote), audited with its source.
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

	/**
	 * Replaces the area weights of a scenario that is not adopted yet. Areas missing from {@code weights} keep weight
	 * 1; weights must be finite and between 0 and 100.
	 * @param source where the weights come from, e.g. {@code "workshop:12 vote 3"}; recorded with the scenario and
	 * shown beside the weights
	 * @param actor who applies them: IOM staff, or the facilitator of the workshop that voted
	 * @throws org.migracap.platform.NotFoundException when there is no such scenario
	 * @throws org.migracap.platform.RuleViolationException when the scenario is adopted or a weight is out of range
	 */
	public void applyAreaWeights(long scenarioId, Map<FocusArea, Double> weights, String source, CurrentUser actor) {
		scenarios.applyAreaWeights(scenarioId, weights, source, actor);
	}

}
