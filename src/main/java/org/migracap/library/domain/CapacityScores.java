package org.migracap.library.domain;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.FocusArea;

/**
 * The assessed capacity the library compares countries by, as the viewer may see it. Answered by the assessment
 * module's published scores; empty while there are none.
 */
public interface CapacityScores {

	/** Whether any assessed scores can be had at all (the assessment module is present). */
	boolean available();

	/** The latest area score of every country the viewer may see. */
	List<AreaScoreView> latestAreaScores(Optional<CurrentUser> viewer);

	/** The latest indicator levels of one country that the viewer may see. */
	List<IndicatorScoreView> latestIndicatorScores(String iso3, Optional<CurrentUser> viewer);

	record AreaScoreView(String iso3, FocusArea area, double score, double completeness, @Nullable Double target,
			double gap, int year) {
	}

	record IndicatorScoreView(String iso3, String code, FocusArea area, int dimension, int level,
			@Nullable Integer targetLevel, int year) {
	}

}
