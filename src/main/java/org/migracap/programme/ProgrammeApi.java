package org.migracap.programme;

import java.util.List;
import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.migracap.programme.domain.ProgrammeService;
import org.migracap.programme.domain.ProgrammeViews;
import org.springframework.stereotype.Service;

/**
 * Programmes as other modules need them (country profiles): the programmes of a country the viewer may see.
 */
@Service
public class ProgrammeApi {

	private final ProgrammeService programmes;

	ProgrammeApi(ProgrammeService programmes) {
		this.programmes = programmes;
	}

	/** Published programmes of the country, and its drafts for IOM staff and the country's focal points. */
	public List<ProgrammeSummary> programmesOf(String iso3, Optional<CurrentUser> viewer) {
		String code = iso3.toUpperCase(java.util.Locale.ROOT);
		return programmes.visibleRows(viewer)
			.stream()
			.filter(r -> r.countries().contains(code))
			.map(ProgrammeApi::summary)
			.toList();
	}

	static ProgrammeSummary summary(ProgrammeViews.Row r) {
		return new ProgrammeSummary(r.id(), r.code(), r.title(), r.countries(), r.areas(), r.status(), r.plannedStart(),
				r.plannedEnd(), r.published());
	}

}
