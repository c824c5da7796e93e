package org.migracap.workshop;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.migracap.platform.CurrentUser;
import org.migracap.workshop.domain.WorkshopQueries;
import org.springframework.stereotype.Service;

/**
 * Workshops as other modules may query them (the country profile lists the workshops a country took part in). Only
 * published and concluded workshops are returned, and only to signed-in viewers.
 */
@Service
public class WorkshopApi {

	private final WorkshopQueries queries;

	WorkshopApi(WorkshopQueries queries) {
		this.queries = queries;
	}

	/** Published and concluded workshops whose scope includes the country, newest first. */
	public List<WorkshopSummary> workshopsWith(String iso3, Optional<CurrentUser> viewer) {
		if (viewer.isEmpty()) {
			return List.of();
		}
		return queries.published()
			.stream()
			.filter(w -> w.countries().contains(iso3.toUpperCase(Locale.ROOT)))
			.map(WorkshopApi::summary)
			.toList();
	}

	public Optional<WorkshopSummary> workshop(long id, Optional<CurrentUser> viewer) {
		if (viewer.isEmpty()) {
			return Optional.empty();
		}
		return queries.published().stream().filter(w -> w.id() == id).findFirst().map(WorkshopApi::summary);
	}

	private static WorkshopSummary summary(WorkshopQueries.Published w) {
		return new WorkshopSummary(w.id(), w.title(), w.startDate(), w.endDate(), w.status(), w.languages(),
				Set.copyOf(w.countries()), w.themes(), w.demo());
	}

}
