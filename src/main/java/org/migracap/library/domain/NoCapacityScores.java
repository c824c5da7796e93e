package org.migracap.library.domain;

import java.util.List;
import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Used while no assessment scores can be had: comparisons then show documents and ratifications only.
 */
@Component
class NoCapacityScores implements CapacityScores {

	@Override
	public boolean available() {
		return false;
	}

	@Override
	public List<AreaScoreView> latestAreaScores(Optional<CurrentUser> viewer) {
		return List.of();
	}

	@Override
	public List<IndicatorScoreView> latestIndicatorScores(String iso3, Optional<CurrentUser> viewer) {
		return List.of();
	}

}
