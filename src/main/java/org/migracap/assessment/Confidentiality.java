package org.migracap.assessment;

import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.MemberStates;

/**
 * Who may see a published assessment: {@code PRIVATE} the State's own focal points and IOM staff (coordinators,
 * administrators), {@code MEMBERS} also IOM staff roles and focal points of IOM Member States
 * ({@link CurrentUser#canSeeMembersOnly}), {@code PUBLIC} everybody.
 */
public enum Confidentiality {

	PRIVATE, MEMBERS, PUBLIC;

	/**
	 * Whether a viewer may see data of the country {@code iso3} kept at this level.
	 * @param viewer empty for the public
	 * @param memberStates the countries recorded as IOM Member States
	 */
	public boolean visibleTo(String iso3, Optional<CurrentUser> viewer, MemberStates memberStates) {
		return switch (this) {
			case PUBLIC -> true;
			case MEMBERS -> viewer.map(user -> user.canSeeMembersOnlyOf(iso3, memberStates)).orElse(false);
			case PRIVATE -> viewer.map(user -> user.canSeeConfidentialOf(iso3)).orElse(false);
		};
	}

	public String messageKey() {
		return "assessment.confidentiality." + name();
	}

}
