package org.migracap.mobility.domain;

import java.util.Map;
import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * No scores: the chain analysis shows empty results until the assessment module publishes scores (replaced by a
 * source backed by {@code AssessmentApi} once that module is merged).
 */
@Component
class NoAreaScores implements AreaScoreSource {

	@Override
	public Map<String, double[]> scores(Optional<CurrentUser> viewer) {
		return Map.of();
	}

}
