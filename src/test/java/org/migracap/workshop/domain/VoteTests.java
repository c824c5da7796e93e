package org.migracap.workshop.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.workshop.domain.BallotService.JudgmentMissingException;
import org.migracap.workshop.domain.BallotService.VoteCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Vote#of}, the one place a vote is checked against its ballot, for each kind of ballot. */
class VoteTests {

	private static final List<Long> OPTIONS = List.of(10L, 20L, 30L);

	@Test
	void aRankingKeepsTheRanksGivenAndTiesAndLeavesTheOthersUnranked() {
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		ranks.put(20L, 1);
		ranks.put(30L, 1);
		ranks.put(10L, null);
		Vote vote = Vote.of(BallotKind.RANKED, OPTIONS, null, command(ranks, Set.of(), Map.of()));
		assertThat(vote.choices()).containsExactly(new Vote.Choice(20, null, 1), new Vote.Choice(30, null, 1));
		assertThat(vote.ranks()).containsExactly(Map.entry(20L, 1), Map.entry(30L, 1));
	}

	@Test
	void aRankingIsRefusedOutOfRangeEmptyOrOnAnotherBallotsOption() {
		assertThatThrownBy(() -> Vote.of(BallotKind.RANKED, OPTIONS, null, command(Map.of(10L, 4), Set.of(), Map.of())))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.getMessage()).contains("workshop.vote.error.rankRange"));
		assertThatThrownBy(() -> Vote.of(BallotKind.RANKED, OPTIONS, null, command(Map.of(10L, 0), Set.of(), Map.of())))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> Vote.of(BallotKind.RANKED, OPTIONS, null, command(Map.of(), Set.of(), Map.of())))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.getMessage()).contains("workshop.vote.error.nothingRanked"));
		assertThatThrownBy(() -> Vote.of(BallotKind.RANKED, OPTIONS, null, command(Map.of(99L, 1), Set.of(), Map.of())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void approvalsAreSortedAndLimited() {
		Vote vote = Vote.of(BallotKind.APPROVAL, OPTIONS, 2, command(Map.of(), Set.of(30L, 10L), Map.of()));
		assertThat(vote.choices()).containsExactly(new Vote.Choice(10, null, 1), new Vote.Choice(30, null, 1));
		assertThat(vote.approvals()).containsExactly(10L, 30L);
		assertThatThrownBy(() -> Vote.of(BallotKind.APPROVAL, OPTIONS, 2, command(Map.of(), Set.of(10L, 20L, 30L),
				Map.of())))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.getMessage()).contains("workshop.vote.error.tooManyApprovals"));
		assertThatThrownBy(() -> Vote.of(BallotKind.APPROVAL, OPTIONS, null, command(Map.of(), Set.of(), Map.of())))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.getMessage()).contains("workshop.vote.error.nothingApproved"));
		assertThatThrownBy(() -> Vote.of(BallotKind.APPROVAL, OPTIONS, null, command(Map.of(), Set.of(11L), Map.of())))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void judgmentsAreOnePerPairInBallotOrderWithTheirSaatyValues() {
		Vote vote = Vote.of(BallotKind.PAIRWISE, OPTIONS, null,
				command(Map.of(), Set.of(), Map.of("10-20", 3, "10-30", -2, "20-30", 1)));
		assertThat(vote.choices()).containsExactly(new Vote.Choice(10, 20L, 3), new Vote.Choice(10, 30L, -2),
				new Vote.Choice(20, 30L, 1));
		assertThat(vote.upperTriangle()).containsExactly(3.0, 0.5, 1.0);
		assertThat(vote.judgments()).containsExactly(Map.entry("10-20", 3), Map.entry("10-30", -2),
				Map.entry("20-30", 1));
	}

	@Test
	void aMissingOrInvalidJudgmentNamesItsPair() {
		for (Integer wrong : new Integer[] { null, 0, -1, 10, -10 }) {
			Map<String, Integer> judgments = new LinkedHashMap<>(Map.of("10-20", 3, "20-30", 2));
			judgments.put("10-30", wrong);
			assertThatThrownBy(() -> Vote.of(BallotKind.PAIRWISE, OPTIONS, null, command(Map.of(), Set.of(), judgments)))
				.isInstanceOfSatisfying(JudgmentMissingException.class, e -> assertThat(e.pair()).isEqualTo("10-30"));
		}
	}

	private static VoteCommand command(Map<Long, Integer> ranks, Set<Long> approvals, Map<String, Integer> judgments) {
		return new VoteCommand(ranks, approvals, judgments, false);
	}

}
