package org.migracap.request;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A request with its description and desired timing, for a module that builds on it (a programme drafted from an
 * accepted request).
 */
public record RequestDetails(RequestSummary summary, String description, @Nullable LocalDate desiredStart,
		@Nullable LocalDate desiredEnd, @Nullable Long programmeId) {
}
