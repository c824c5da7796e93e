package org.migracap.workshop.domain;

/**
 * A ballot is prepared, open for votes, then closed with its result.
 */
public enum BallotStatus {

	DRAFT, OPEN, CLOSED;

	public String messageKey() {
		return "workshop.ballotStatus." + name();
	}

}
