package org.migracap.workshop;

import java.util.Locale;

import org.migracap.platform.CurrentUser;
import org.migracap.workshop.domain.BallotService;

/** Casts the votes of participants registered on their behalf, as a facilitator recording paper ballots. */
final class WorkshopBallots {

	private WorkshopBallots() {
	}

	static BallotService.VoteOutcome cast(BallotService ballots, CurrentUser facilitator, long workshopId, long ballotId,
			long registrationId, BallotService.VoteCommand vote) {
		return ballots.recordPaperBallot(workshopId, ballotId, registrationId, vote, facilitator, Locale.ENGLISH);
	}

}
