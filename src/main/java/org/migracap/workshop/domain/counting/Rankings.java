package org.migracap.workshop.domain.counting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Rankings as tiers (lists of tied candidates, best tier first) and what can be derived from them: positions,
 * rank-order-centroid weights, and the Kendall tau distance between two rankings.
 */
public final class Rankings {

	private static final double EPSILON = 1e-9;

	private Rankings() {
	}

	public static List<List<Integer>> tiersByScore(double[] scores) {
		List<Integer> order = IntStream.range(0, scores.length)
			.boxed()
			.sorted(Comparator.comparingDouble((Integer c) -> -scores[c]).thenComparing(c -> c))
			.toList();
		List<List<Integer>> tiers = new ArrayList<>();
		List<Integer> tier = new ArrayList<>();
		for (int candidate : order) {
			if (!tier.isEmpty() && Math.abs(scores[tier.get(0)] - scores[candidate]) > EPSILON) {
				tiers.add(List.copyOf(tier));
				tier = new ArrayList<>();
			}
			tier.add(candidate);
		}
		if (!tier.isEmpty()) {
			tiers.add(List.copyOf(tier));
		}
		return List.copyOf(tiers);
	}

	/** 1-based position of each of {@code n} candidates; tied candidates share the position of their tier. */
	public static int[] positions(int n, List<List<Integer>> tiers) {
		int[] positions = new int[n];
		int position = 1;
		for (List<Integer> tier : tiers) {
			for (int c : tier) {
				positions[c] = position;
			}
			position += tier.size();
		}
		return positions;
	}

	/**
	 * Rank-order-centroid weights (Barron and Barrett, "Decision quality using ranked attribute weights", Management
	 * Science 42(11), 1996): the k-th of n ranked items gets (1/n)·Σ_{i=k..n} 1/i; tied items share the mean of the
	 * weights of the places they occupy. The weights sum to 1.
	 */
	public static double[] rankOrderCentroid(int n, List<List<Integer>> tiers) {
		double[] place = new double[n];
		for (int k = 1; k <= n; k++) {
			double sum = 0;
			for (int i = k; i <= n; i++) {
				sum += 1.0 / i;
			}
			place[k - 1] = sum / n;
		}
		double[] weights = new double[n];
		int next = 0;
		for (List<Integer> tier : tiers) {
			double shared = 0;
			for (int i = 0; i < tier.size(); i++) {
				shared += place[next + i];
			}
			shared /= tier.size();
			for (int c : tier) {
				weights[c] = shared;
			}
			next += tier.size();
		}
		return weights;
	}

	/**
	 * The Kendall tau distance between two rankings of the same n candidates, normalised to 0 (same order) … 1
	 * (reversed): each pair ordered one way by one ranking and the other way by the other counts 1; a pair tied in
	 * one ranking but not in the other counts 1/2 (the K^(p) distance with p = 1/2 of Fagin, Kumar, Mahdian,
	 * Sivakumar and Vee, "Comparing partial rankings", SIAM J. Discrete Math. 20(3), 2006).
	 */
	public static double kendallTauDistance(int[] positionsA, int[] positionsB) {
		int n = positionsA.length;
		if (positionsB.length != n) {
			throw new IllegalArgumentException("rankings of different sizes");
		}
		if (n < 2) {
			return 0;
		}
		double distance = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				int a = Integer.compare(positionsA[i], positionsA[j]);
				int b = Integer.compare(positionsB[i], positionsB[j]);
				if (a != 0 && b != 0 && a != b) {
					distance += 1;
				}
				else if ((a == 0) != (b == 0)) {
					distance += 0.5;
				}
			}
		}
		return distance / (n * (n - 1) / 2.0);
	}

}
