package org.migracap.cooperation.domain;

import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.MemberStates;

/**
 * Who may see a State's stance: PRIVATE = the State's own focal points and IOM staff; MEMBERS = also IOM staff roles
 * and focal points of IOM Member States ({@link CurrentUser#canSeeMembersOnly});
 * PUBLIC = everybody.
 * <p>
 * Named in the OpenAPI document: other modules have a type with the same simple name.
 */
@Schema(name = "AgreementVisibility", description = "Who may see an agreement.")
public enum Visibility {

	PRIVATE, MEMBERS, PUBLIC;

	public boolean visibleTo(String iso3, Optional<CurrentUser> viewer, MemberStates memberStates) {
		return switch (this) {
			case PUBLIC -> true;
			case MEMBERS -> viewer.map(u -> u.canSeeMembersOnlyOf(iso3, memberStates)).orElse(false);
			case PRIVATE -> viewer.map(u -> u.canSeeConfidentialOf(iso3)).orElse(false);
		};
	}

	public String messageKey() {
		return "cooperation.visibility." + name();
	}

}
