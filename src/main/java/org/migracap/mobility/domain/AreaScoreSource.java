package org.migracap.mobility.domain;

import java.util.Map;
import java.util.Optional;

import org.migracap.platform.CurrentUser;

/**
 * Where the chain analysis takes capacity scores from: the latest published area scores a viewer may see.
 */
public interface AreaScoreSource {

	/**
	 * Area scores (0..100) per ISO alpha-3 code, indexed by {@link org.migracap.reference.FocusArea#ordinal()}, NaN
	 * where a country has no score in an area. Only scores {@code viewer} may see.
	 */
	Map<String, double[]> scores(Optional<CurrentUser> viewer);

	/** A number kept in the database that changes whenever {@link #scores} may answer differently. */
	long stamp();

	/**
	 * A key shared by all viewers who see the same scores (the public, any signed-in user, IOM staff, the focal
	 * points of one country), so that results can be cached per key without one viewer seeing another's scores.
	 */
	static String visibilityClass(Optional<CurrentUser> viewer) {
		if (viewer.isEmpty()) {
			return "public";
		}
		CurrentUser user = viewer.get();
		if (user.isStaff()) {
			return "staff";
		}
		if (user.countryCode() != null && user.has(org.migracap.platform.Role.FOCAL_POINT)) {
			return "focal:" + user.countryCode();
		}
		return "members";
	}

}
