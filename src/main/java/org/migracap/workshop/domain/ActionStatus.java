package org.migracap.workshop.domain;

/**
 * Whether an action point is still to do.
 */
public enum ActionStatus {

	OPEN, DONE;

	public String messageKey() {
		return "workshop.actionStatus." + name();
	}

}
