package org.migracap.request;

/**
 * The request module refused to submit a request from a workshop's action point ({@code
 * workshopoutcome.ActionPointAgreed}): the actor may not, or the request is not valid. Nothing was written; the
 * workshop shows the reason on the action point, which can be sent again.
 * @param reason a message key, e.g. {@code "request.error.actionPointNotAllowed"}
 */
public record ActionPointRequestRefused(long actionPointId, String reason) {
}
