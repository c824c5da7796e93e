package org.migracap.workshop.domain.counting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Kendall tau distances and rank-order-centroid weights on small cases worked by hand.
 */
class RankingsTests {

	@Test
	void kendallTauDistanceCountsDiscordantPairs() {
		int[] abcd = { 1, 2, 3, 4 };
		assertThat(Rankings.kendallTauDistance(abcd, abcd)).isZero();
		// fully reversed: all 6 pairs discordant
		assertThat(Rankings.kendallTauDistance(abcd, new int[] { 4, 3, 2, 1 })).isEqualTo(1.0);
		// B and A swapped: 1 of 6 pairs
		assertThat(Rankings.kendallTauDistance(abcd, new int[] { 2, 1, 3, 4 })).isCloseTo(1 / 6.0, within(1e-12));
		// C and D tied in the second ranking only: half a pair of 6
		assertThat(Rankings.kendallTauDistance(abcd, new int[] { 1, 2, 3, 3 })).isCloseTo(0.5 / 6, within(1e-12));
	}

	@Test
	void rankOrderCentroidWeights() {
		// n = 3: (1 + 1/2 + 1/3)/3 = 0.6111, (1/2 + 1/3)/3 = 0.2778, (1/3)/3 = 0.1111
		double[] w = Rankings.rankOrderCentroid(3, List.of(List.of(2), List.of(0), List.of(1)));
		assertThat(w[2]).isCloseTo(11 / 18.0, within(1e-12));
		assertThat(w[0]).isCloseTo(5 / 18.0, within(1e-12));
		assertThat(w[1]).isCloseTo(2 / 18.0, within(1e-12));
		// a tie at the top shares the first two places' weights
		double[] tied = Rankings.rankOrderCentroid(3, List.of(List.of(0, 1), List.of(2)));
		assertThat(tied[0]).isCloseTo(8 / 18.0, within(1e-12)).isEqualTo(tied[1]);
	}

	@Test
	void tiersByScoreKeepEqualScoresTogether() {
		assertThat(Rankings.tiersByScore(new double[] { 1, 3, 3, 0 })).containsExactly(List.of(1, 2), List.of(0), List.of(3));
	}

}
