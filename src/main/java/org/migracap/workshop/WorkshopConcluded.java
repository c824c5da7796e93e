package org.migracap.workshop;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.migracap.reference.FocusArea;

/**
 * A workshop was concluded by its facilitator: its minutes and action points are final and its report can be read.
 * {@code areaPriorities} is the ranking of focus areas from the workshop's last closed ballot on areas, best first
 * (empty when it held none); {@code areaWeights} the weights that ballot gives each area (sum 1, empty when none).
 */
public record WorkshopConcluded(long workshopId, String title, Set<String> countries, Set<FocusArea> themes,
		LocalDate startDate, LocalDate endDate, List<FocusArea> areaPriorities, java.util.Map<FocusArea, Double> areaWeights,
		int actionPoints, boolean demo) {

	public WorkshopConcluded {
		countries = Set.copyOf(countries);
		themes = Set.copyOf(themes);
		areaPriorities = List.copyOf(areaPriorities);
		areaWeights = java.util.Map.copyOf(areaWeights);
	}

}
