package org.migracap.assessment;

import java.util.Optional;

import org.migracap.platform.CurrentUser;

/**
 * Who may see a published assessment: {@code PRIVATE} the State's own focal points and IOM staff (coordinators,
 * administrators), {@code MEMBERS} any signed-in user, {@code PUBLIC} everybody.
 */
public enum Confidentiality {

	PRIVATE, MEMBERS, PUBLIC;

	/**
	 * Whether a viewer may see data of the country {@code iso3} kept at this level.
	 * @param viewer empty for the public
	 */
	public boolean visibleTo(String iso3, Optional<CurrentUser> viewer) {
		return switch (this) {
			case PUBLIC -> true;
			case MEMBERS -> viewer.isPresent();
			case PRIVATE -> viewer.map(user -> user.canSeeConfidentialOf(iso3)).orElse(false);
		};
	}

	public String messageKey() {
		return "assessment.confidentiality." + name();
	}

}
