package org.migracap.workshopoutcome;

import org.migracap.reference.FocusArea;

/**
 * A workshop agreed that an action point becomes an assistance request of its country. The request module submits
 * it and answers with its own event ({@code request.RequestOpenedForActionPoint}, or
 * {@code request.ActionPointRequestRefused}).
 * @param helpKind the name of a {@code request.HelpKind}
 * @param urgency the name of a {@code request.Urgency}
 * @param origin where the request comes from, e.g. {@code "workshop:12 action 5"}
 */
public record ActionPointAgreed(long workshopId, long actionPointId, String iso3, FocusArea area, String helpKind,
		String urgency, String title, String description, String origin, Actor actor) {
}
