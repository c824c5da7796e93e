package org.migracap.workshop;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.migracap.reference.FocusArea;

/** A workshop as other modules see it: title (in English or the first working language), dates, status, scope. */
public record WorkshopSummary(long id, String title, LocalDate startDate, LocalDate endDate, String status,
		List<String> languages, Set<String> countries, Set<FocusArea> themes, boolean demo) {
}
