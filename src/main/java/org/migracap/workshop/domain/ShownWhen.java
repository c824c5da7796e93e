package org.migracap.workshop.domain;

/**
 * When a registration question is asked: always, or only of participants who attend in person or online.
 */
public enum ShownWhen {

	ALWAYS, IN_PERSON, ONLINE;

	public String messageKey() {
		return "workshop.shownWhen." + name();
	}

}
