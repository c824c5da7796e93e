package org.migracap.assessment.domain;

/**
 * The workflow of an assessment cycle: draft, submitted by the State, returned with comments (then corrected and
 * submitted again), validated by IOM, published.
 */
public enum CycleStatus {

	DRAFT, SUBMITTED, RETURNED, VALIDATED, PUBLISHED;

	/** Whether answers may be changed. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	public boolean open() {
		return this != PUBLISHED;
	}

	public String messageKey() {
		return "assessment.status." + name();
	}

}
