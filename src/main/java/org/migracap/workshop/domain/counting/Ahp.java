package org.migracap.workshop.domain.counting;

import java.util.List;

/**
 * The analytic hierarchy process (T. L. Saaty, The Analytic Hierarchy Process, McGraw-Hill, 1980): priorities are
 * the principal right eigenvector of a reciprocal pairwise comparison matrix (found by power iteration), and the
 * consistency ratio CR = CI / RI with CI = (λmax − n)/(n − 1) and Saaty's random index RI. A group's judgments are
 * aggregated element by element with the geometric mean (aggregation of individual judgments, Aczél and Saaty 1983;
 * Forman and Peniwati, EJOR 108, 1998), which keeps the group matrix reciprocal.
 */
public final class Ahp {

	/** Saaty's random consistency index for n = 0 … 10 (n ≤ 2 is always consistent). */
	private static final double[] RANDOM_INDEX = { 0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 };

	/** The usual threshold above which judgments should be revised. */
	public static final double ACCEPTABLE_CR = 0.10;

	public static final int MAX_ITEMS = RANDOM_INDEX.length - 1;

	private Ahp() {
	}

	public record Priorities(double[] weights, double lambdaMax, double consistencyIndex, double consistencyRatio) {

		public boolean consistent() {
			return consistencyRatio <= ACCEPTABLE_CR + 1e-12;
		}

	}

	/** The judgment that departs most from the priorities, and the value on Saaty's scale that would fit them. */
	public record Revision(int i, int j, double given, double suggested) {
	}

	public static double randomIndex(int n) {
		if (n < 0 || n > MAX_ITEMS) {
			throw new IllegalArgumentException("AHP supports 1 to " + MAX_ITEMS + " items, not " + n);
		}
		return RANDOM_INDEX[n];
	}

	public static Priorities priorities(double[][] matrix) {
		int n = matrix.length;
		checkReciprocal(matrix);
		double[] w = new double[n];
		java.util.Arrays.fill(w, 1.0 / n);
		for (int iteration = 0; iteration < 10_000; iteration++) {
			double[] next = multiply(matrix, w);
			double sum = 0;
			for (double v : next) {
				sum += v;
			}
			double change = 0;
			for (int i = 0; i < n; i++) {
				next[i] /= sum;
				change = Math.max(change, Math.abs(next[i] - w[i]));
			}
			w = next;
			if (change < 1e-14) {
				break;
			}
		}
		double[] aw = multiply(matrix, w);
		double lambda = 0;
		for (int i = 0; i < n; i++) {
			lambda += aw[i] / w[i];
		}
		lambda /= n;
		double ci = n > 1 ? Math.max(0, (lambda - n) / (n - 1)) : 0;
		double ri = randomIndex(n);
		double cr = ri == 0 ? 0 : ci / ri;
		return new Priorities(w, lambda, ci, cr);
	}

	/** Element-wise geometric mean of several reciprocal matrices of the same size. */
	public static double[][] geometricMean(List<double[][]> matrices) {
		if (matrices.isEmpty()) {
			throw new IllegalArgumentException("no judgments");
		}
		int n = matrices.get(0).length;
		double[][] mean = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				double logSum = 0;
				for (double[][] m : matrices) {
					logSum += Math.log(m[i][j]);
				}
				mean[i][j] = Math.exp(logSum / matrices.size());
			}
		}
		return mean;
	}

	/** The judgment a_ij whose ratio to w_i/w_j is furthest from 1, with the nearest scale value to w_i/w_j. */
	public static Revision mostInconsistent(double[][] matrix, double[] weights) {
		int n = matrix.length;
		int bi = 0;
		int bj = 1;
		double worst = -1;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				double e = matrix[i][j] * weights[j] / weights[i];
				double deviation = Math.max(e, 1 / e);
				if (deviation > worst) {
					worst = deviation;
					bi = i;
					bj = j;
				}
			}
		}
		return new Revision(bi, bj, matrix[bi][bj], nearestScaleValue(weights[bi] / weights[bj]));
	}

	/** The value of Saaty's 1/9 … 9 scale nearest to a ratio (compared on a log scale). */
	public static double nearestScaleValue(double ratio) {
		double best = 1;
		double bestDistance = Double.MAX_VALUE;
		for (int v = 1; v <= 9; v++) {
			for (double candidate : new double[] { v, 1.0 / v }) {
				double distance = Math.abs(Math.log(candidate) - Math.log(ratio));
				if (distance < bestDistance) {
					bestDistance = distance;
					best = candidate;
				}
			}
		}
		return best;
	}

	/**
	 * A full reciprocal matrix from the upper-triangle judgments, given pair by pair in the order (0,1), (0,2), …,
	 * (0,n−1), (1,2), …: each value is a_ij on Saaty's scale (1/9 … 9).
	 */
	public static double[][] fromUpperTriangle(int n, double[] judgments) {
		if (judgments.length != n * (n - 1) / 2) {
			throw new IllegalArgumentException("expected " + n * (n - 1) / 2 + " judgments, got " + judgments.length);
		}
		double[][] m = new double[n][n];
		int k = 0;
		for (int i = 0; i < n; i++) {
			m[i][i] = 1;
			for (int j = i + 1; j < n; j++) {
				double v = judgments[k++];
				if (!(v >= 1.0 / 9 - 1e-9 && v <= 9 + 1e-9)) {
					throw new IllegalArgumentException("judgment " + v + " is outside Saaty's scale 1/9 … 9");
				}
				m[i][j] = v;
				m[j][i] = 1 / v;
			}
		}
		return m;
	}

	private static void checkReciprocal(double[][] m) {
		int n = m.length;
		if (n == 0 || n > MAX_ITEMS) {
			throw new IllegalArgumentException("AHP supports 1 to " + MAX_ITEMS + " items, not " + n);
		}
		for (int i = 0; i < n; i++) {
			if (m[i].length != n) {
				throw new IllegalArgumentException("matrix is not square");
			}
			for (int j = 0; j < n; j++) {
				if (!(m[i][j] > 0) || Math.abs(m[i][j] * m[j][i] - 1) > 1e-9) {
					throw new IllegalArgumentException("matrix is not positive and reciprocal at " + i + "," + j);
				}
			}
		}
	}

	private static double[] multiply(double[][] m, double[] v) {
		double[] out = new double[v.length];
		for (int i = 0; i < m.length; i++) {
			double sum = 0;
			for (int j = 0; j < v.length; j++) {
				sum += m[i][j] * v[j];
			}
			out[i] = sum;
		}
		return out;
	}

}
