package org.migracap.assessment;

import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.MemberStates;
import org.migracap.platform.Role;

/**
 * Which published cycles a viewer may see, as a key for caches: viewers with the same key see the same thing. The
 * key holds whether the viewer sees what is shared with members, so that recording a country's IOM membership
 * changes what its focal points are served at their next request.
 */
public final class Visibility {

	private Visibility() {
	}

	/**
	 * For lists of all countries: {@code PUBLIC}, {@code MEMBERS}, {@code STAFF}, {@code FOCAL:<iso3>} (a focal point of
	 * an IOM Member State) or {@code FOCAL-PUBLIC:<iso3>} (of any other country).
	 */
	public static String of(Optional<CurrentUser> viewer, MemberStates memberStates) {
		if (viewer.isEmpty()) {
			return "PUBLIC";
		}
		CurrentUser user = viewer.get();
		if (user.isStaff()) {
			return "STAFF";
		}
		boolean members = user.canSeeMembersOnly(memberStates);
		if (user.has(Role.FOCAL_POINT) && user.countryCode() != null) {
			return (members ? "FOCAL:" : "FOCAL-PUBLIC:") + user.countryCode();
		}
		return members ? "MEMBERS" : "PUBLIC";
	}

	/** For one country: {@code PUBLIC}, {@code MEMBERS} or {@code CONFIDENTIAL} (the country's own and IOM staff). */
	public static String of(Optional<CurrentUser> viewer, String iso3, MemberStates memberStates) {
		if (viewer.isEmpty()) {
			return "PUBLIC";
		}
		CurrentUser user = viewer.get();
		if (user.canSeeConfidentialOf(iso3)) {
			return "CONFIDENTIAL";
		}
		return user.canSeeMembersOnly(memberStates) ? "MEMBERS" : "PUBLIC";
	}

}
