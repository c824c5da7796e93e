package org.migracap.platform;

import java.util.Optional;

/**
 * Who may see what a State shares (a published assessment, a stance on a cooperation objective): {@code PRIVATE} the
 * State's own focal points and IOM staff (coordinators, administrators), {@code MEMBERS} also IOM staff roles and focal
 * points of IOM Member States ({@link CurrentUser#canSeeMembersOnly}), {@code PUBLIC} everybody. Modules may name the
 * levels in their own words (the cooperation pages say "Everybody" where the assessment pages say "Public").
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
		return "confidentiality." + name();
	}

}
