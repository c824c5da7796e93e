package org.migracap.workshop.domain;

/**
 * How one participant attends.
 */
public enum Attendance {

	IN_PERSON, ONLINE;

	public String messageKey() {
		return "workshop.attendance." + name();
	}

}
