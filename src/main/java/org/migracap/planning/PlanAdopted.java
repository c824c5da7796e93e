package org.migracap.planning;

import java.util.List;

/**
 * A coordinator adopted a planning scenario: the interventions the optimiser chose for it, to be turned into
 * programmes. Published once per scenario.
 */
public record PlanAdopted(long scenarioId, String name, int startYear, int horizonYears,
		List<AdoptedIntervention> interventions) {

	public PlanAdopted {
		interventions = List.copyOf(interventions);
	}

}
