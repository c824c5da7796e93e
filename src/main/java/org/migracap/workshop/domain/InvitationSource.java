package org.migracap.workshop.domain;

/**
 * Where an invitation came from: a focal point of a scoped country, or a contact entered by hand.
 */
public enum InvitationSource {

	FOCAL_POINT, CONTACT;

	public String messageKey() {
		return "workshop.invitationSource." + name();
	}

}
