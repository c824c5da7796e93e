package org.migracap.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * An actual result of a programme's indicator was saved for one reporting period (reported, corrected or, when
 * {@code cleared}, removed). A programme's results are public once it is {@code published}; before that they are seen
 * only by IOM staff and the focal points of its {@code countries}.
 */
public record ProgrammeResultReported(long programmeId, long indicatorId, long periodId, List<String> countries,
		LocalDate periodStart, LocalDate periodEnd, boolean published, boolean cleared) {

	public ProgrammeResultReported {
		countries = List.copyOf(countries);
	}

}
