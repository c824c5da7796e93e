package org.migracap.workshopoutcome;

import java.util.Map;

import org.migracap.reference.FocusArea;

/**
 * A workshop's closed vote on areas is to set a planning scenario's area weights. The weights are on planning's
 * scale (the voted areas average 1; areas not given keep 1). The planning module applies them and answers with its own
 * event ({@code planning.AreaWeightsApplied}, or {@code planning.AreaWeightsRefused}).
 * @param source where the weights come from, e.g. {@code "workshop:12 vote 3"}; recorded with the scenario
 */
public record AreaWeightsVoted(long workshopId, long ballotId, long scenarioId, Map<FocusArea, Double> weights,
		String source, Actor actor) {

	public AreaWeightsVoted {
		weights = Map.copyOf(weights);
	}

}
