package org.migracap.planning;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;

/**
 * One intervention of an adopted plan: the countries it serves (several for a joint intervention), the area and, where
 * known, the core indicator it lifts, its one-off cost (spent in the start year) and its recurrent cost (every later
 * year), in US dollars.
 */
public record AdoptedIntervention(long candidateId, String title, Set<String> countries, FocusArea area,
		@Nullable String indicatorCode, double oneOffCost, double recurrentCost, int startYear, int durationYears) {

	public AdoptedIntervention {
		countries = Set.copyOf(countries);
	}

}
