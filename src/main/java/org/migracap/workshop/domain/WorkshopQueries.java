package org.migracap.workshop.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only queries behind {@link org.migracap.workshop.WorkshopApi}. */
@Service
public class WorkshopQueries {

	private final Workshops workshops;

	private final ScopeCountries scope;

	WorkshopQueries(Workshops workshops, ScopeCountries scope) {
		this.workshops = workshops;
		this.scope = scope;
	}

	public record Published(long id, String title, LocalDate startDate, LocalDate endDate, String status,
			List<String> languages, List<String> countries, Set<FocusArea> themes, boolean demo) {
	}

	@Transactional(readOnly = true)
	public List<Published> published() {
		return workshops.findAllByOrderByStartDateDescIdDesc()
			.stream()
			.filter(w -> w.status != WorkshopStatus.DRAFT)
			.map(w -> new Published(w.id(), w.title().resolve(Locale.ENGLISH, w.languages), w.startDate, w.endDate,
					w.status.name(), List.copyOf(w.languages),
					scope.findByWorkshopIdOrderByCountryCode(w.id()).stream().map(c -> c.countryCode).toList(),
					w.themes.isEmpty() ? Set.of() : Set.copyOf(w.themes), w.demo))
			.toList();
	}

}
