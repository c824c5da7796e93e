package org.migracap.planning.optimiser;

import java.util.ArrayList;
import java.util.List;

/**
 * One optimiser run, as the planning page shows it: the best plan (or, when the constraints cannot all be met, a
 * minimal set of constraints in conflict), the greedy ranking on the same problem, a budget sweep with both, and an
 * explanation of every candidate. Reports its phase and progress, and stops early when cancelled.
 */
public final class Planner {

	private final Engine engine;

	public Planner(Engine engine) {
		this.engine = engine;
	}

	public record Settings(Engine.Options options, double[] sweepFactors, int exactExplainLimit,
			double explainSeconds) {

		public Settings {
			sweepFactors = sweepFactors.clone();
		}

	}

	public record SweepPoint(double factor, double budget, Result result, double greedyObjective,
			boolean greedyFeasible) {
	}

	public record Report(Result best, boolean[] greedy, double greedyObjective, boolean greedyFeasible,
			List<Constraint> conflict, List<SweepPoint> sweep, List<Explanation> explanations, boolean cancelled) {
	}

	/** Receives the phase ({@code solve}, {@code conflict}, {@code greedy}, {@code sweep}, {@code explain}) and a percentage. */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = (phase, percent) -> {
		};

		void report(String phase, int percent);

	}

	public Report run(Problem p, Settings settings, Cancellation cancel, Progress progress) {
		progress.report("solve", 5);
		Result best = engine.solve(p, java.util.Set.of(), settings.options(), cancel);
		boolean[] greedy = Greedy.solve(p);
		double greedyObjective = Evaluation.objective(p, greedy);
		boolean greedyFeasible = Evaluation.feasible(p, greedy);
		if (best.status() == Result.Status.INFEASIBLE) {
			progress.report("conflict", 40);
			List<Constraint> conflict = new ConflictFinder(engine, settings.options()).conflict(p);
			return new Report(best, greedy, greedyObjective, greedyFeasible, conflict, List.of(), List.of(), false);
		}
		if (!best.hasSolution() || cancel.requested()) {
			return new Report(best, greedy, greedyObjective, greedyFeasible, List.of(), List.of(), List.of(),
					cancel.requested());
		}
		progress.report("sweep", 40);
		List<SweepPoint> sweep = new ArrayList<>();
		double[] factors = settings.sweepFactors();
		for (int s = 0; s < factors.length && !cancel.requested(); s++) {
			Problem scaled = p.withBudgetFactor(factors[s]);
			Result result = factors[s] == 1.0 ? best : engine.solve(scaled, java.util.Set.of(), settings.options(), cancel);
			boolean[] g = Greedy.solve(scaled);
			sweep.add(new SweepPoint(factors[s], scaled.totalBudget(), result, Evaluation.objective(scaled, g),
					Evaluation.feasible(scaled, g)));
			progress.report("sweep", 40 + 30 * (s + 1) / factors.length);
		}
		if (cancel.requested()) {
			return new Report(best, greedy, greedyObjective, greedyFeasible, List.of(), sweep, List.of(), true);
		}
		int n = p.items().size();
		Explainer explainer = new Explainer(engine, settings.options(), settings.exactExplainLimit(),
				settings.explainSeconds());
		List<Explanation> explanations = explainer.explain(p, best, cancel,
				done -> progress.report("explain", 70 + 30 * done / Math.max(1, n)));
		return new Report(best, greedy, greedyObjective, greedyFeasible, List.of(), sweep, explanations,
				cancel.requested());
	}

}
