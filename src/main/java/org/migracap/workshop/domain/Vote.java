package org.migracap.workshop.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.workshop.domain.BallotService.JudgmentMissingException;
import org.migracap.workshop.domain.BallotService.VoteCommand;

/**
 * A checked vote, as it is stored (one row of {@code workshop.ballot_vote_choice} a choice). On a ranked ballot a
 * choice is an option and its rank (1 is best, equal ranks are ties, missing options unranked); on an approval ballot
 * an approved option (value 1); on a pairwise ballot a judgment of {@code option} against {@code versus} as a signed
 * step of Saaty's scale (1 equal, 2…9 option more important, −2…−9 versus more important), one for each pair of
 * options in ballot order.
 */
public record Vote(List<Choice> choices) {

	public record Choice(long option, @Nullable Long versus, int value) {
	}

	public Vote {
		choices = List.copyOf(choices);
	}

	/**
	 * The one place a vote is checked against its ballot: options of the ballot only, ranks within 1…n, at least one
	 * option ranked or approved, at most {@code maxApprovals} approvals, a valid judgment for every pair.
	 * @param options the ballot's option ids in ballot order
	 */
	static Vote of(BallotKind kind, List<Long> options, @Nullable Integer maxApprovals, VoteCommand command) {
		Set<Long> ids = new HashSet<>(options);
		List<Choice> choices = new ArrayList<>();
		switch (kind) {
			case RANKED -> {
				command.ranks().forEach((option, rank) -> {
					if (!ids.contains(option)) {
						throw NotFoundException.of("option", option);
					}
					if (rank != null) {
						if (rank < 1 || rank > options.size()) {
							throw RuleViolationException.invalid("workshop.vote.error.rankRange", options.size());
						}
						choices.add(new Choice(option, null, rank));
					}
				});
				if (choices.isEmpty()) {
					throw RuleViolationException.invalid("workshop.vote.error.nothingRanked");
				}
			}
			case APPROVAL -> {
				if (!ids.containsAll(command.approvals())) {
					throw NotFoundException.of("option", command.approvals());
				}
				if (command.approvals().isEmpty()) {
					throw RuleViolationException.invalid("workshop.vote.error.nothingApproved");
				}
				if (maxApprovals != null && command.approvals().size() > maxApprovals) {
					throw RuleViolationException.invalid("workshop.vote.error.tooManyApprovals", maxApprovals);
				}
				command.approvals().stream().sorted().forEach(option -> choices.add(new Choice(option, null, 1)));
			}
			case PAIRWISE -> {
				for (int i = 0; i < options.size(); i++) {
					for (int j = i + 1; j < options.size(); j++) {
						String key = options.get(i) + "-" + options.get(j);
						Integer step = command.judgments().get(key);
						if (step == null || step == 0 || step == -1 || Math.abs(step) > 9) {
							throw new JudgmentMissingException(key);
						}
						choices.add(new Choice(options.get(i), options.get(j), step));
					}
				}
			}
		}
		return new Vote(choices);
	}

	/** Option id → rank (ranked ballots). */
	public Map<Long, Integer> ranks() {
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		choices.stream().filter(c -> c.versus() == null).forEach(c -> ranks.put(c.option(), c.value()));
		return ranks;
	}

	/** Approved option ids (approval ballots). */
	public Set<Long> approvals() {
		Set<Long> approvals = new LinkedHashSet<>();
		choices.stream().filter(c -> c.versus() == null).forEach(c -> approvals.add(c.option()));
		return approvals;
	}

	/** Pair key {@code a-b} → signed step (pairwise ballots), the shape the vote form takes. */
	public Map<String, Integer> judgments() {
		Map<String, Integer> judgments = new LinkedHashMap<>();
		choices.stream()
			.filter(c -> c.versus() != null)
			.forEach(c -> judgments.put(c.option() + "-" + c.versus(), c.value()));
		return judgments;
	}

	/** The judgments' Saaty values in pair order (a before b), as AHP's upper triangle. */
	double[] upperTriangle() {
		return choices.stream().filter(c -> c.versus() != null).mapToDouble(c -> BallotService.value(c.value())).toArray();
	}

}
