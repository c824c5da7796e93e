package org.migracap.workshop.domain;

/**
 * How participants take part: in one place, online, or both.
 */
public enum WorkshopFormat {

	IN_PERSON, ONLINE, HYBRID;

	public String messageKey() {
		return "workshop.format." + name();
	}

}
