package org.migracap.workshop.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.workshop.domain.BallotService.MyVote;
import org.migracap.workshop.domain.BallotService.OptionView;
import org.migracap.workshop.domain.BallotService.VoteCommand;
import org.migracap.workshop.domain.BallotService.VoteOutcome;
import org.migracap.workshop.domain.StoredVotes.StoredVote;
import org.migracap.workshop.domain.counting.Ahp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a participant does with an open ballot: votes (a confirmed registration is the right to vote), changes an open
 * ballot's vote, and reads it back; and what a facilitator does for participants without an account: records their
 * paper ballots.
 */
@Service
public class VoteCasting {

	private final WorkshopAccess access;

	private final BallotAdministration administration;

	private final RegistrationService registrations;

	private final Registrations registrationRecords;

	private final StoredVotes votes;

	VoteCasting(WorkshopAccess access, BallotAdministration administration, RegistrationService registrations,
			Registrations registrationRecords, StoredVotes votes) {
		this.access = access;
		this.administration = administration;
		this.registrations = registrations;
		this.registrationRecords = registrationRecords;
		this.votes = votes;
	}

	@Transactional(readOnly = true)
	public MyVote myVote(long workshopId, long ballotId, CurrentUser user) {
		Workshop workshop = access.visible(workshopId, Optional.of(user));
		Ballot ballot = administration.find(workshop, ballotId);
		Optional<Registration> registration = registrations.confirmedRegistration(workshopId, user);
		if (registration.isEmpty()) {
			return new MyVote(false, false, Map.of(), Set.of(), Map.of(), null);
		}
		boolean voted = votes.voted(ballotId, registration.get().id());
		if (!voted || ballot.secret) {
			return new MyVote(voted, !voted && ballot.status == BallotStatus.OPEN, Map.of(), Set.of(), Map.of(), null);
		}
		StoredVote vote = votes.of(ballotId, registration.get().id()).orElseThrow();
		Vote given = vote.vote();
		return switch (ballot.kind) {
			case RANKED -> new MyVote(true, ballot.status == BallotStatus.OPEN, given.ranks(), Set.of(), Map.of(),
					null);
			case APPROVAL -> new MyVote(true, ballot.status == BallotStatus.OPEN, Map.of(), given.approvals(),
					Map.of(), null);
			case PAIRWISE -> new MyVote(true, ballot.status == BallotStatus.OPEN, Map.of(), Set.of(),
					given.judgments(), vote.consistencyRatio());
		};
	}

	/** Records the user's vote; a confirmed registration is the right to vote. */
	@Transactional
	public VoteOutcome vote(long workshopId, long ballotId, VoteCommand command, CurrentUser user, Locale locale) {
		Workshop workshop = access.visible(workshopId, Optional.of(user));
		Ballot ballot = openBallot(workshop, ballotId);
		Registration registration = registrations.confirmedRegistration(workshopId, user)
			.orElseThrow(() -> RuleViolationException.conflict("workshop.vote.error.notRegistered"));
		return cast(workshop, ballot, registration, command, locale);
	}

	/**
	 * A facilitator records the paper ballot of a confirmed participant who has no account (registered on their
	 * behalf); participants with an account vote themselves.
	 */
	@Transactional
	public VoteOutcome recordPaperBallot(long workshopId, long ballotId, long registrationId, VoteCommand command,
			CurrentUser manager, Locale locale) {
		Workshop workshop = access.managed(workshopId, manager);
		Ballot ballot = openBallot(workshop, ballotId);
		Registration registration = registrationRecords.findById(registrationId)
			.filter(r -> r.workshopId == workshopId && r.status == RegistrationStatus.CONFIRMED)
			.orElseThrow(() -> NotFoundException.of("registration", registrationId));
		if (registration.userId != null) {
			throw RuleViolationException.conflict("workshop.vote.error.hasAccount");
		}
		return cast(workshop, ballot, registration, command, locale);
	}

	/** Confirmed participants without an account who have not voted on the ballot yet (for paper ballots). */
	@Transactional(readOnly = true)
	public List<RegistrationService.RegistrationView> paperVoters(long workshopId, long ballotId, CurrentUser manager,
			Locale locale) {
		access.managed(workshopId, manager);
		return registrations.confirmed(workshopId)
			.stream()
			.filter(r -> r.userId == null && !votes.voted(ballotId, r.id()))
			.map(r -> registrations.view(r, locale))
			.toList();
	}

	private Ballot openBallot(Workshop workshop, long ballotId) {
		Ballot ballot = administration.find(workshop, ballotId);
		if (ballot.status != BallotStatus.OPEN) {
			throw RuleViolationException.conflict("workshop.vote.error.notOpen");
		}
		return ballot;
	}

	/** Checks the vote against the ballot ({@link Vote#of}) and stores it (replacing an open ballot's vote). */
	VoteOutcome cast(Workshop workshop, Ballot ballot, Registration registration, VoteCommand command, Locale locale) {
		List<OptionView> optionList = administration.optionViews(workshop, ballot.id(), locale);
		Vote vote = Vote.of(ballot.kind, optionList.stream().map(OptionView::id).toList(), ballot.maxApprovals,
				command);
		Double cr = null;
		if (ballot.kind == BallotKind.PAIRWISE) {
			int n = optionList.size();
			double[][] matrix = Ahp.fromUpperTriangle(n, vote.upperTriangle());
			Ahp.Priorities priorities = Ahp.priorities(matrix);
			cr = priorities.consistencyRatio();
			if (!priorities.consistent() && !command.acceptInconsistent()) {
				Ahp.Revision revision = Ahp.mostInconsistent(matrix, priorities.weights());
				return new VoteOutcome.Inconsistent(cr, optionList.get(revision.i()), optionList.get(revision.j()),
						revision.given(), revision.suggested());
			}
		}
		if (ballot.secret && votes.voted(ballot.id(), registration.id())) {
			throw RuleViolationException.conflict("workshop.vote.error.alreadyVoted");
		}
		boolean replaced = votes.store(ballot.id(), ballot.secret, registration.id(),
				registrations.perspectiveOf(registration), vote, cr);
		return new VoteOutcome.Recorded(replaced, cr);
	}

}
