package org.migracap.workshop.domain.counting;

import java.util.List;

/**
 * The Borda count: on each ballot a candidate scores one point for every candidate ranked below it and half a point
 * for every candidate tied with it (candidates a voter left out are tied at the bottom). With complete strict
 * rankings of n candidates this is the classic n−1, n−2, …, 0.
 */
public final class Borda {

	private Borda() {
	}

	public static double[] scores(int candidates, List<RankedBallot> ballots) {
		double[] scores = new double[candidates];
		for (RankedBallot ballot : ballots) {
			int[] rank = ballot.rank();
			for (int i = 0; i < candidates; i++) {
				double points = 0;
				for (int j = 0; j < candidates; j++) {
					if (i == j) {
						continue;
					}
					if (rank[i] < rank[j]) {
						points += 1;
					}
					else if (rank[i] == rank[j]) {
						points += 0.5;
					}
				}
				scores[i] += points * ballot.weight();
			}
		}
		return scores;
	}

	/** Tiers of candidates by score, highest first; equal scores share a tier. */
	public static List<List<Integer>> tiers(double[] scores) {
		return Rankings.tiersByScore(scores);
	}

}
