package org.migracap.workshop.domain.counting;

import java.util.Arrays;

/**
 * One voter's ranking of {@code n} candidates: {@code rank[c]} is the position of candidate {@code c} (1 is best;
 * equal numbers are ties; {@link #UNRANKED} for a candidate the voter left out, which counts below every ranked one).
 */
public record RankedBallot(int[] rank, int weight) {

	public static final int UNRANKED = Integer.MAX_VALUE;

	public RankedBallot {
		rank = rank.clone();
		if (weight < 1) {
			throw new IllegalArgumentException("weight must be positive");
		}
	}

	public static RankedBallot of(int... rank) {
		return new RankedBallot(rank, 1);
	}

	/**
	 * A ballot from an order of candidates, best first, e.g. {@code order(5, 0, 2, 1)} for A &gt; C &gt; B with
	 * candidates 3 and 4 left out.
	 */
	public static RankedBallot order(int candidates, int weight, int... bestFirst) {
		int[] rank = new int[candidates];
		Arrays.fill(rank, UNRANKED);
		for (int i = 0; i < bestFirst.length; i++) {
			rank[bestFirst[i]] = i + 1;
		}
		return new RankedBallot(rank, weight);
	}

	public int candidates() {
		return rank.length;
	}

	public boolean prefers(int a, int b) {
		return rank[a] < rank[b];
	}

	@Override
	public int[] rank() {
		return rank.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RankedBallot b && b.weight == weight && Arrays.equals(b.rank, rank);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(rank) + weight;
	}

	@Override
	public String toString() {
		return Arrays.toString(rank) + " x" + weight;
	}

}
