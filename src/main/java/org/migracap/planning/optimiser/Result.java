package org.migracap.planning.optimiser;

/**
 * What a solve found: the status, the chosen items, the objective of that choice (evaluated exactly from the problem)
 * and the best bound the solver proved, so that {@link #gap()} says how far from optimal the choice can be at most.
 */
public record Result(Status status, boolean[] chosen, double objective, double bound, long millis) {

	public Result {
		chosen = chosen.clone();
	}

	public enum Status {

		/** Proven optimal within the requested relative gap. */
		OPTIMAL,
		/** A choice found, not proven optimal (time limit or cancellation). */
		FEASIBLE,
		/** The constraints cannot all be met. */
		INFEASIBLE,
		/** Stopped before any choice was found. */
		UNKNOWN

	}

	public boolean hasSolution() {
		return status == Status.OPTIMAL || status == Status.FEASIBLE;
	}

	/** Relative optimality gap {@code (bound - objective) / max(1e-9, |bound|)}, 0 when both are 0. */
	public double gap() {
		if (!hasSolution()) {
			return Double.NaN;
		}
		double diff = Math.max(0, bound - objective);
		return diff <= 1e-9 ? 0 : diff / Math.max(1e-9, Math.abs(bound));
	}

	public int chosenCount() {
		int n = 0;
		for (boolean c : chosen) {
			if (c) {
				n++;
			}
		}
		return n;
	}

	static Result infeasible(int items, long millis) {
		return new Result(Status.INFEASIBLE, new boolean[items], Double.NaN, Double.NaN, millis);
	}

}
