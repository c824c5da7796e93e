package org.migracap.planning.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;

/**
 * A candidate as pages and the optimiser read it.
 */
public record CandidateView(long id, long version, long scenarioId, String code, String title, List<String> countries,
		FocusArea area, @Nullable String indicatorCode, @Nullable String catalogueCode, @Nullable Long requestId,
		@Nullable String urgency, CandidateOrigin origin, double oneOffCost, double recurrentCost, int startYear,
		int durationYears, double uplift, List<String> dependsOn, @Nullable String exclusionGroup,
		CandidateDecision decision) {

	/** Cost over the horizon: the one-off cost plus the recurrent cost of every later year up to {@code endYear}. */
	public double costWithin(int endYear) {
		return oneOffCost + recurrentCost * Math.max(0, endYear - startYear);
	}

	public boolean joint() {
		return countries.size() > 1;
	}

	public CandidateData withDependsOn(List<String> codes) {
		return new CandidateData(code, title, countries, area, indicatorCode, catalogueCode, requestId, urgency, origin,
				oneOffCost, recurrentCost, startYear, durationYears, uplift, codes, exclusionGroup, decision);
	}

	public CandidateData withDecision(CandidateDecision newDecision) {
		return new CandidateData(code, title, countries, area, indicatorCode, catalogueCode, requestId, urgency, origin,
				oneOffCost, recurrentCost, startYear, durationYears, uplift, dependsOn, exclusionGroup, newDecision);
	}

	public CandidateData withGroup(String group) {
		return new CandidateData(code, title, countries, area, indicatorCode, catalogueCode, requestId, urgency, origin,
				oneOffCost, recurrentCost, startYear, durationYears, uplift, dependsOn, group, decision);
	}

	public CandidateData data() {
		return new CandidateData(code, title, countries, area, indicatorCode, catalogueCode, requestId, urgency, origin,
				oneOffCost, recurrentCost, startYear, durationYears, uplift, dependsOn, exclusionGroup, decision);
	}

}
