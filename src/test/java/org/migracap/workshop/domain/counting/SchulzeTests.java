package org.migracap.workshop.domain.counting;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Schulze count checked against the published worked example with 45 voters and 5 candidates A–E (M. Schulze,
 * "A new monotonic, clone-independent, reversal symmetric, and Condorcet-consistent single-winner election method",
 * Social Choice and Welfare 36(2), 2011, section 3.1, example 1; the same example opens the Wikipedia article
 * "Schulze method"). The expected pairwise preferences, strongest paths and ranking E &gt; A &gt; C &gt; B &gt; D are
 * those printed there; the Borda scores beside it were counted by hand from the eight ballot groups (4 points for a
 * first place … 0 for a last).
 */
class SchulzeTests {

	static final int A = 0, B = 1, C = 2, D = 3, E = 4;

	static List<RankedBallot> wikipediaExample() {
		List<RankedBallot> ballots = new ArrayList<>();
		ballots.add(RankedBallot.order(5, 5, A, C, B, E, D));
		ballots.add(RankedBallot.order(5, 5, A, D, E, C, B));
		ballots.add(RankedBallot.order(5, 8, B, E, D, A, C));
		ballots.add(RankedBallot.order(5, 3, C, A, B, E, D));
		ballots.add(RankedBallot.order(5, 7, C, A, E, B, D));
		ballots.add(RankedBallot.order(5, 2, C, B, A, D, E));
		ballots.add(RankedBallot.order(5, 7, D, C, E, B, A));
		ballots.add(RankedBallot.order(5, 8, E, B, A, D, C));
		return ballots;
	}

	@Test
	void pairwisePreferencesOfThePublishedExample() {
		int[][] d = Schulze.count(5, wikipediaExample()).preferences();
		assertThat(d[A]).containsExactly(0, 20, 26, 30, 22);
		assertThat(d[B]).containsExactly(25, 0, 16, 33, 18);
		assertThat(d[C]).containsExactly(19, 29, 0, 17, 24);
		assertThat(d[D]).containsExactly(15, 12, 28, 0, 14);
		assertThat(d[E]).containsExactly(23, 27, 21, 31, 0);
	}

	@Test
	void strongestPathsAndRankingOfThePublishedExample() {
		Schulze.Result result = Schulze.count(5, wikipediaExample());
		int[][] p = result.strongestPaths();
		assertThat(p[A]).containsExactly(0, 28, 28, 30, 24);
		assertThat(p[B]).containsExactly(25, 0, 28, 33, 24);
		assertThat(p[C]).containsExactly(25, 29, 0, 29, 24);
		assertThat(p[D]).containsExactly(25, 28, 28, 0, 24);
		assertThat(p[E]).containsExactly(25, 28, 28, 31, 0);
		assertThat(result.tiers()).containsExactly(List.of(E), List.of(A), List.of(C), List.of(B), List.of(D));
		assertThat(result.voters()).isEqualTo(45);
	}

	@Test
	void bordaBesideItRanksBAboveC() {
		double[] borda = Borda.scores(5, wikipediaExample());
		assertThat(borda).containsExactly(98, 92, 89, 69, 102);
		assertThat(Borda.tiers(borda)).containsExactly(List.of(E), List.of(A), List.of(B), List.of(C), List.of(D));
	}

	@Test
	void aPerfectTieStaysATie() {
		// two voters with opposite rankings of two candidates: neither beats the other
		Schulze.Result result = Schulze.count(2, List.of(RankedBallot.order(2, 1, 0, 1), RankedBallot.order(2, 1, 1, 0)));
		assertThat(result.tiers()).containsExactly(List.of(0, 1));
		assertThat(result.positions()).containsExactly(1, 1);
	}

	@Test
	void aCondorcetCycleIsBrokenAtItsWeakestLink() {
		// 3 voters A>B>C, 2 voters B>C>A, 2 voters C>A>B: A beats B 5:2, B beats C 5:2, C beats A 4:3; the weakest
		// defeat (C over A, 4) is dropped, so A wins: p[A][C] = min(5,5) = 5 > p[C][A] = 4.
		List<RankedBallot> ballots = List.of(RankedBallot.order(3, 3, 0, 1, 2), RankedBallot.order(3, 2, 1, 2, 0),
				RankedBallot.order(3, 2, 2, 0, 1));
		assertThat(Schulze.count(3, ballots).tiers()).containsExactly(List.of(0), List.of(1), List.of(2));
	}

	@Test
	void candidatesLeftOutCountBelowRankedOnes() {
		// one voter ranks only C: C beats A and B; A and B stay tied
		Schulze.Result result = Schulze.count(3, List.of(RankedBallot.order(3, 1, 2)));
		assertThat(result.tiers()).containsExactly(List.of(2), List.of(0, 1));
		assertThat(Borda.scores(3, List.of(RankedBallot.order(3, 1, 2)))).containsExactly(0.5, 0.5, 2);
	}

}
