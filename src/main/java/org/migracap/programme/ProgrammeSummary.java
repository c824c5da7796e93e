package org.migracap.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.migracap.reference.FocusArea;

/**
 * A programme as other modules see it: its IATI activity status (1 pipeline to 6 suspended) and dates.
 */
public record ProgrammeSummary(long id, String code, String title, List<String> countries, Set<FocusArea> areas,
		int status, LocalDate plannedStart, LocalDate plannedEnd, boolean published) {
}
