package org.migracap.workshop.domain;

/**
 * A registration holds a place, waits for one, or was cancelled.
 */
public enum RegistrationStatus {

	CONFIRMED, WAITLISTED, CANCELLED;

	public String messageKey() {
		return "workshop.registrationStatus." + name();
	}

}
