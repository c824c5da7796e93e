package org.migracap.assessment.domain;

/**
 * A draft framework can be edited; a published one is immutable and used for new cycles; a retired one is kept for
 * the cycles that used it but offered for no new cycle.
 */
public enum FrameworkStatus {

	DRAFT, PUBLISHED, RETIRED;

	public String messageKey() {
		return "assessment.frameworkStatus." + name();
	}

}
