package org.migracap.planning.optimiser;

import java.util.Set;

/**
 * An exact solver for a {@link Problem}.
 */
public interface Engine {

	/** Solver settings: wall-clock limit, the relative gap at which a solution counts as optimal, worker threads. */
	record Options(double timeLimitSeconds, double relativeGap, int workers) {

		public static Options defaults() {
			return new Options(30, 1e-4, 2);
		}

		public Options withTimeLimit(double seconds) {
			return new Options(seconds, relativeGap, workers);
		}

	}

	String name();

	/**
	 * Solves the problem with every constraint in force except those in {@code relaxed}.
	 * @param cancel polled while solving; when it answers true the solver stops and returns what it has
	 */
	Result solve(Problem problem, Set<Constraint> relaxed, Options options, Cancellation cancel);

	default Result solve(Problem problem, Options options) {
		return solve(problem, Set.of(), options, Cancellation.NEVER);
	}

	/** Whether the problem with only {@code enforced} constraints (others relaxed) can be met. */
	default boolean feasible(Problem problem, Set<Constraint> enforced, Options options) {
		java.util.Set<Constraint> relaxed = new java.util.HashSet<>(problem.constraints());
		relaxed.removeAll(enforced);
		Result result = solve(problem.withoutObjective(), relaxed, options, Cancellation.NEVER);
		return result.status() != Result.Status.INFEASIBLE;
	}

}
