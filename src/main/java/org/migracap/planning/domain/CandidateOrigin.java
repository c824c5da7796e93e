package org.migracap.planning.domain;

/**
 * Where a candidate comes from: generated from a capacity gap, from an accepted request, or entered by hand.
 */
public enum CandidateOrigin {

	GAP, REQUEST, MANUAL;

	public String messageKey() {
		return "planning.origin." + name();
	}

}
