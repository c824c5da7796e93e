package org.migracap.profile.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.AreaScore;
import org.migracap.assessment.CountryProfile;
import org.migracap.assessment.SdgResult;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;

/**
 * A country's capacity profile as a page, a country tab and a PDF: the latest assessment the viewer may see by area
 * (radar chart and table), every indicator with its level, evidence and target, the largest gaps, the trend over
 * cycles, and the SDG 10.7.2 result.
 */
public record ProfilePage(CountryView country, CountryProfile profile, List<AreaRow> areas,
		Map<FocusArea, List<CountryProfile.ProfileIndicator>> indicatorsByArea,
		List<CountryProfile.ProfileIndicator> gaps, List<TrendRow> trend, List<Integer> trendYears,
		@Nullable SdgResult sdg, String radarChart, String trendChart) {

	/** One area in the summary table. */
	public record AreaRow(FocusArea area, @Nullable AreaScore score) {

		public boolean scored() {
			return score != null;
		}

	}

	/** One area's scores over the years, for the table beside the trend chart. */
	public record TrendRow(FocusArea area, List<@Nullable Double> scores) {
	}

	public boolean empty() {
		return profile.empty();
	}

	public boolean hasTrend() {
		return trendYears.size() > 1;
	}

}
