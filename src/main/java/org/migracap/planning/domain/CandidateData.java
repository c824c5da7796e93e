package org.migracap.planning.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;

/**
 * The editable content of a candidate, with where it came from.
 */
public record CandidateData(String code, String title, List<String> countries, FocusArea area,
		@Nullable String indicatorCode, @Nullable String catalogueCode, @Nullable Long requestId,
		@Nullable String urgency, CandidateOrigin origin, double oneOffCost, double recurrentCost, int startYear,
		int durationYears, double uplift, List<String> dependsOn, @Nullable String exclusionGroup,
		CandidateDecision decision) {

	public CandidateData {
		countries = List.copyOf(countries);
		dependsOn = List.copyOf(dependsOn);
	}

}
