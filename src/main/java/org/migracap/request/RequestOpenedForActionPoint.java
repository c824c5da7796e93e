package org.migracap.request;

/**
 * A request was submitted from a workshop's action point ({@code workshopoutcome.ActionPointAgreed}); the workshop
 * records its id on the action point.
 */
public record RequestOpenedForActionPoint(long actionPointId, long requestId) {
}
