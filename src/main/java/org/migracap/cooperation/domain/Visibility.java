package org.migracap.cooperation.domain;

import java.util.Optional;

import org.migracap.platform.CurrentUser;

/**
 * Who may see a State's stance: PRIVATE = the State's own focal points and IOM staff; MEMBERS = any signed-in user;
 * PUBLIC = everybody.
 */
public enum Visibility {

	PRIVATE, MEMBERS, PUBLIC;

	public boolean visibleTo(String iso3, Optional<CurrentUser> viewer) {
		return switch (this) {
			case PUBLIC -> true;
			case MEMBERS -> viewer.isPresent();
			case PRIVATE -> viewer.map(u -> u.canSeeConfidentialOf(iso3)).orElse(false);
		};
	}

	public String messageKey() {
		return "cooperation.visibility." + name();
	}

}
