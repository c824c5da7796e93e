package org.migracap.request;

import java.time.LocalDate;
import java.util.Set;

import org.migracap.reference.FocusArea;

/**
 * A request for capacity-building help as other modules see it. {@code countries} holds the requesting countries
 * (ISO alpha-3), the lead country first; {@code status} is the name of the request's status
 * ({@code SUBMITTED}, {@code INFO_REQUESTED}, {@code ACCEPTED}, {@code DECLINED}, {@code WITHDRAWN}).
 */
public record RequestSummary(long id, String title, Set<String> countries, Set<FocusArea> areas, HelpKind kind,
		Urgency urgency, String status, LocalDate submittedOn) {
}
