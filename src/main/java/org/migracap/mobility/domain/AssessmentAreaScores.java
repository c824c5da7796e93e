package org.migracap.mobility.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.migracap.assessment.AreaScore;
import org.migracap.assessment.AssessmentApi;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Component;

/**
 * Area scores from the latest published core assessment of each country that the viewer may see
 * ({@link AssessmentApi#latestAreaScores(Optional)}).
 */
@Component
class AssessmentAreaScores implements AreaScoreSource {

	private final AssessmentApi assessments;

	AssessmentAreaScores(AssessmentApi assessments) {
		this.assessments = assessments;
	}

	@Override
	public long stamp() {
		return assessments.dataStamp();
	}

	@Override
	public Map<String, double[]> scores(Optional<CurrentUser> viewer) {
		Map<String, double[]> scores = new HashMap<>();
		for (AreaScore score : assessments.latestAreaScores(viewer)) {
			scores.computeIfAbsent(score.iso3(), iso3 -> {
				double[] empty = new double[FocusArea.values().length];
				Arrays.fill(empty, Double.NaN);
				return empty;
			})[score.area().ordinal()] = score.score();
		}
		return scores;
	}

}
