package org.migracap.workshop.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.workshop.domain.BallotService.JudgmentMissingException;
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
		return new MyVote(true, ballot.status == BallotStatus.OPEN, StoredVotes.parseRanks(vote.ranking()),
				StoredVotes.parseIds(vote.approvals()), StoredVotes.parseJudgmentSteps(vote.judgments()),
				vote.consistencyRatio());
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

	/** Validates the vote against the ballot's kind and options and stores it (replacing an open ballot's vote). */
	VoteOutcome cast(Workshop workshop, Ballot ballot, Registration registration, VoteCommand command, Locale locale) {
		List<OptionView> optionList = administration.optionViews(workshop, ballot.id(), locale);
		String ranking = null;
		String approvals = null;
		String judgments = null;
		Double cr = null;
		switch (ballot.kind) {
			case RANKED -> ranking = ranking(optionList, command);
			case APPROVAL -> approvals = approvals(ballot, optionList, command);
			case PAIRWISE -> {
				Judged judged = judgments(optionList, command);
				if (judged.inconsistent() != null) {
					return judged.inconsistent();
				}
				judgments = judged.judgments();
				cr = judged.consistencyRatio();
			}
		}
		if (ballot.secret && votes.voted(ballot.id(), registration.id())) {
			throw RuleViolationException.conflict("workshop.vote.error.alreadyVoted");
		}
		boolean replaced = votes.store(ballot.id(), ballot.secret, registration.id(),
				registrations.perspectiveOf(registration), ranking, approvals, judgments, cr);
		return new VoteOutcome.Recorded(replaced, cr);
	}

	private static String ranking(List<OptionView> optionList, VoteCommand command) {
		Set<Long> ids = ids(optionList);
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		command.ranks().forEach((option, rank) -> {
			if (!ids.contains(option)) {
				throw NotFoundException.of("option", option);
			}
			if (rank != null) {
				if (rank < 1 || rank > optionList.size()) {
					throw RuleViolationException.invalid("workshop.vote.error.rankRange", optionList.size());
				}
				ranks.put(option, rank);
			}
		});
		if (ranks.isEmpty()) {
			throw RuleViolationException.invalid("workshop.vote.error.nothingRanked");
		}
		return ranks.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
	}

	private static String approvals(Ballot ballot, List<OptionView> optionList, VoteCommand command) {
		if (!ids(optionList).containsAll(command.approvals())) {
			throw NotFoundException.of("option", command.approvals());
		}
		if (command.approvals().isEmpty()) {
			throw RuleViolationException.invalid("workshop.vote.error.nothingApproved");
		}
		if (ballot.maxApprovals != null && command.approvals().size() > ballot.maxApprovals) {
			throw RuleViolationException.invalid("workshop.vote.error.tooManyApprovals", ballot.maxApprovals);
		}
		return command.approvals().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

	private record Judged(@Nullable String judgments, @Nullable Double consistencyRatio,
			VoteOutcome.@Nullable Inconsistent inconsistent) {
	}

	private static Judged judgments(List<OptionView> optionList, VoteCommand command) {
		int n = optionList.size();
		double[] upper = new double[n * (n - 1) / 2];
		List<String> parts = new ArrayList<>();
		int k = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				String key = optionList.get(i).id() + "-" + optionList.get(j).id();
				Integer step = command.judgments().get(key);
				if (step == null || step == 0 || step == -1 || Math.abs(step) > 9) {
					throw new JudgmentMissingException(key);
				}
				upper[k++] = BallotService.value(step);
				parts.add(key + ":" + step);
			}
		}
		double[][] matrix = Ahp.fromUpperTriangle(n, upper);
		Ahp.Priorities priorities = Ahp.priorities(matrix);
		double cr = priorities.consistencyRatio();
		if (!priorities.consistent() && !command.acceptInconsistent()) {
			Ahp.Revision revision = Ahp.mostInconsistent(matrix, priorities.weights());
			return new Judged(null, cr, new VoteOutcome.Inconsistent(cr, optionList.get(revision.i()),
					optionList.get(revision.j()), revision.given(), revision.suggested()));
		}
		return new Judged(String.join(";", parts), cr, null);
	}

	private static Set<Long> ids(List<OptionView> optionList) {
		return optionList.stream().map(OptionView::id).collect(Collectors.toSet());
	}

}
