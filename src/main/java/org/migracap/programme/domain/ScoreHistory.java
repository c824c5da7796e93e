package org.migracap.programme.domain;

import java.util.List;
import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Published assessed area scores of a country over time, as the viewer may see them, for the impact analysis. Empty
 * while the assessment module provides none.
 */
@Component
public class ScoreHistory {

	public boolean available() {
		return false;
	}

	public List<DifferenceInDifferences.Observation> history(String iso3, Optional<CurrentUser> viewer) {
		return List.of();
	}

}
