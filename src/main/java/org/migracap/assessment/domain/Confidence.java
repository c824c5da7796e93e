package org.migracap.assessment.domain;

/**
 * How sure the assessor is of a level, given the evidence at hand.
 */
public enum Confidence {

	LOW, MEDIUM, HIGH;

	public String messageKey() {
		return "assessment.confidence." + name();
	}

}
