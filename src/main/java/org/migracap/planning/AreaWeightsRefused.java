package org.migracap.planning;

/**
 * Planning refused a workshop vote's area weights ({@code workshopoutcome.AreaWeightsVoted}): the scenario is adopted
 * or gone, the actor may not, or a weight is out of range. The scenario is unchanged; the workshop shows the reason on
 * the ballot, whose weights can be sent again.
 * @param reason a message key, e.g. {@code "planning.error.adopted"}
 */
public record AreaWeightsRefused(long ballotId, long scenarioId, String reason) {
}
