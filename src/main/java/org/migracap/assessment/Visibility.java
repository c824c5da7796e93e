package org.migracap.assessment;

import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;

/**
 * Which published cycles a viewer may see, as a key for caches: viewers with the same key see the same thing.
 */
public final class Visibility {

	private Visibility() {
	}

	/** For lists of all countries: {@code PUBLIC}, {@code MEMBERS}, {@code STAFF} or {@code FOCAL:<iso3>}. */
	public static String of(Optional<CurrentUser> viewer) {
		if (viewer.isEmpty()) {
			return "PUBLIC";
		}
		CurrentUser user = viewer.get();
		if (user.isStaff()) {
			return "STAFF";
		}
		if (user.has(Role.FOCAL_POINT) && user.countryCode() != null) {
			return "FOCAL:" + user.countryCode();
		}
		return "MEMBERS";
	}

	/** For one country: {@code PUBLIC}, {@code MEMBERS} or {@code CONFIDENTIAL} (the country's own and IOM staff). */
	public static String of(Optional<CurrentUser> viewer, String iso3) {
		if (viewer.isEmpty()) {
			return "PUBLIC";
		}
		return viewer.get().canSeeConfidentialOf(iso3) ? "CONFIDENTIAL" : "MEMBERS";
	}

}
