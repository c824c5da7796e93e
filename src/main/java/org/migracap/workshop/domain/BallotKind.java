package org.migracap.workshop.domain;

/**
 * How a ballot asks: rank the options, compare them in pairs (AHP), or approve any number of them.
 */
public enum BallotKind {

	RANKED, PAIRWISE, APPROVAL;

	public String messageKey() {
		return "workshop.ballotKind." + name();
	}

}
