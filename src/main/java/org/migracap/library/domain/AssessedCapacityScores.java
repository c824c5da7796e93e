package org.migracap.library.domain;

import java.util.List;
import java.util.Optional;

import org.migracap.assessment.AssessmentApi;
import org.migracap.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Capacity scores from the assessment module's published cycles, as the viewer may see them.
 */
@Component
class AssessedCapacityScores implements CapacityScores {

	private final AssessmentApi assessments;

	AssessedCapacityScores(AssessmentApi assessments) {
		this.assessments = assessments;
	}

	@Override
	public boolean available() {
		return true;
	}

	@Override
	public List<AreaScoreView> latestAreaScores(Optional<CurrentUser> viewer) {
		return assessments.latestAreaScores(viewer)
			.stream()
			.map(s -> new AreaScoreView(s.iso3(), s.area(), s.score(), s.completeness(), s.targetScore(), s.gap(),
					s.year()))
			.toList();
	}

	@Override
	public List<IndicatorScoreView> latestIndicatorScores(String iso3, Optional<CurrentUser> viewer) {
		return assessments.latestIndicatorScores(iso3, viewer)
			.stream()
			.map(s -> new IndicatorScoreView(s.iso3(), s.indicatorCode(), s.area(), s.dimension().number(), s.level(),
					s.targetLevel(), s.year()))
			.toList();
	}

}
