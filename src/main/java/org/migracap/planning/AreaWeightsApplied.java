package org.migracap.planning;

/**
 * A workshop vote's area weights ({@code workshopoutcome.AreaWeightsVoted}) were set on a scenario; the workshop
 * records the scenario on the ballot.
 */
public record AreaWeightsApplied(long ballotId, long scenarioId) {
}
