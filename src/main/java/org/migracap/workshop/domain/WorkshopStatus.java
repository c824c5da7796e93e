package org.migracap.workshop.domain;

/**
 * A draft is seen by its managers only; a published workshop by every signed-in user; a concluded one is closed.
 */
public enum WorkshopStatus {

	DRAFT, PUBLISHED, CONCLUDED;

	public String messageKey() {
		return "workshop.status." + name();
	}

}
