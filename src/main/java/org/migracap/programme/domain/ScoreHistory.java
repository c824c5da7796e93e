package org.migracap.programme.domain;

import java.util.List;
import java.util.Optional;

import org.migracap.assessment.AssessmentApi;
import org.migracap.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Published assessed area scores of a country over time (every published core cycle), as the viewer may see them,
 * for the impact analysis.
 */
@Component
public class ScoreHistory {

	private final AssessmentApi assessment;

	ScoreHistory(AssessmentApi assessment) {
		this.assessment = assessment;
	}

	public boolean available() {
		return true;
	}

	public List<DifferenceInDifferences.Observation> history(String iso3, Optional<CurrentUser> viewer) {
		return assessment.areaScoreHistory(iso3, viewer)
			.stream()
			.map(s -> new DifferenceInDifferences.Observation(s.iso3(), s.area(), s.year(), s.score()))
			.toList();
	}

}
