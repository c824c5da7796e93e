package org.migracap.workshop.domain.counting;

import java.util.ArrayList;
import java.util.List;

/**
 * The Schulze method (M. Schulze, "A new monotonic, clone-independent, reversal symmetric, and Condorcet-consistent
 * single-winner election method", Social Choice and Welfare 36, 2011): from ranked ballots, the pairwise preferences
 * {@code d[i][j]} (voters who rank i above j), the strengths of the strongest paths {@code p[i][j]} (widest paths,
 * Floyd–Warshall), and the ranking in which i is above j when {@code p[i][j] > p[j][i]}. Candidates that no remaining
 * candidate beats form the next tier, so ties are kept as ties.
 */
public final class Schulze {

	private Schulze() {
	}

	public record Result(int[][] preferences, int[][] strongestPaths, List<List<Integer>> tiers, int voters) {

		public boolean beats(int a, int b) {
			return strongestPaths[a][b] > strongestPaths[b][a];
		}

		/** 1-based position of each candidate; tied candidates share a position. */
		public int[] positions() {
			int[] positions = new int[preferences.length];
			int position = 1;
			for (List<Integer> tier : tiers) {
				for (int candidate : tier) {
					positions[candidate] = position;
				}
				position += tier.size();
			}
			return positions;
		}

	}

	public static Result count(int candidates, List<RankedBallot> ballots) {
		int n = candidates;
		int[][] d = preferences(n, ballots);
		int[][] p = new int[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				if (i != j) {
					p[i][j] = d[i][j] > d[j][i] ? d[i][j] : 0;
				}
			}
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				if (i == j) {
					continue;
				}
				for (int k = 0; k < n; k++) {
					if (i != k && j != k) {
						p[j][k] = Math.max(p[j][k], Math.min(p[j][i], p[i][k]));
					}
				}
			}
		}
		List<Integer> remaining = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			remaining.add(i);
		}
		List<List<Integer>> tiers = new ArrayList<>();
		while (!remaining.isEmpty()) {
			List<Integer> tier = new ArrayList<>();
			for (int a : remaining) {
				boolean beaten = false;
				for (int b : remaining) {
					if (a != b && p[b][a] > p[a][b]) {
						beaten = true;
						break;
					}
				}
				if (!beaten) {
					tier.add(a);
				}
			}
			if (tier.isEmpty()) {
				// cannot happen: the Schulze relation is transitive, so some candidate is unbeaten
				tier.addAll(remaining);
			}
			tiers.add(List.copyOf(tier));
			remaining.removeAll(tier);
		}
		int voters = ballots.stream().mapToInt(RankedBallot::weight).sum();
		return new Result(d, p, List.copyOf(tiers), voters);
	}

	/** {@code d[i][j]}: the number of voters who strictly prefer i to j. */
	public static int[][] preferences(int n, List<RankedBallot> ballots) {
		int[][] d = new int[n][n];
		for (RankedBallot ballot : ballots) {
			if (ballot.candidates() != n) {
				throw new IllegalArgumentException("ballot ranks " + ballot.candidates() + " candidates, not " + n);
			}
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					if (i != j && ballot.prefers(i, j)) {
						d[i][j] += ballot.weight();
					}
				}
			}
		}
		return d;
	}

}
