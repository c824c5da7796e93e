package org.migracap.workshop.domain;

/**
 * Whether an invitation has been sent and answered.
 */
public enum InvitationStatus {

	PENDING, SENT, REGISTERED, DECLINED;

	public String messageKey() {
		return "workshop.invitationStatus." + name();
	}

}
