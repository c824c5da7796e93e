package org.migracap.planning.domain;

/**
 * A coordinator's fixed choice on a candidate: left to the optimiser, or forced in or out.
 */
public enum CandidateDecision {

	FREE, MUST_INCLUDE, MUST_EXCLUDE;

	public String messageKey() {
		return "planning.decision." + name();
	}

}
