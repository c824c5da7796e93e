package org.migracap.profile.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.AreaScore;
import org.migracap.assessment.Confidentiality;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;

/**
 * One country in the comparison: its latest area scores the viewer may see, and their mean.
 */
public record CapacityRow(CountryView country, Map<FocusArea, AreaScore> scores, double mean, int year,
		Confidentiality confidentiality) {

	public @Nullable AreaScore score(FocusArea area) {
		return scores.get(area);
	}

	public @Nullable Double value(FocusArea area) {
		AreaScore score = scores.get(area);
		return score == null ? null : score.score();
	}

	public String colour(FocusArea area) {
		Double value = value(area);
		return value == null ? "#ffffff" : Charts.cellColour(value);
	}

	public String textColour(FocusArea area) {
		Double value = value(area);
		return value != null && Charts.darkCell(value) ? "#ffffff" : "#1a1a1a";
	}

	public String meanColour() {
		return Charts.cellColour(mean);
	}

	public String meanTextColour() {
		return Charts.darkCell(mean) ? "#ffffff" : "#1a1a1a";
	}

}
