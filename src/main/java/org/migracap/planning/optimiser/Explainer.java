package org.migracap.planning.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Explains every item of a solved problem. Up to a number of items and a time budget, each explanation is computed by
 * re-solving: the item flipped (what the plan loses), its cost lowered by bisection (the cost at which it enters), the
 * weights of its gaps raised by bisection (the weight at which it enters), and for items that cannot be forced in, the
 * minimal set of constraints in the way. Past that budget the figures are estimated with the benefit-per-cost rule and
 * marked as estimates.
 */
public final class Explainer {

	static final int BISECTION_STEPS = 6;

	static final double MAX_WEIGHT_FACTOR = 1000;

	private final Engine engine;

	private final Engine.Options options;

	private final int exactLimit;

	private final long deadline;

	public Explainer(Engine engine, Engine.Options options, int exactLimit, double seconds) {
		this.engine = engine;
		this.options = options;
		this.exactLimit = exactLimit;
		this.deadline = System.nanoTime() + (long) (seconds * 1e9);
	}

	public List<Explanation> explain(Problem p, Result best, Cancellation cancel, IntConsumer done) {
		boolean[] x = best.chosen();
		int n = x.length;
		double cutoff = cutoff(p, x);
		List<Explanation> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			boolean exact = n <= exactLimit && System.nanoTime() < deadline && !cancel.requested();
			out.add(x[i] ? chosen(p, best, i, exact) : leftOut(p, best, i, exact, cutoff));
			done.accept(i + 1);
		}
		return out;
	}

	private Explanation chosen(Problem p, Result best, int i, boolean exact) {
		boolean[] x = best.chosen();
		double benefit = Evaluation.soloBenefit(p, i);
		if (p.item(i).fixed() == Problem.Fixed.IN) {
			return explanation(i, true, Explanation.Reason.REQUIRED, benefit, Double.NaN, null, null, List.of(),
					List.of(), Explanation.Method.EXACT);
		}
		List<Integer> dependants = new ArrayList<>();
		for (int j = 0; j < x.length; j++) {
			if (x[j]) {
				for (int r : p.item(j).requires()) {
					if (r == i) {
						dependants.add(j);
					}
				}
			}
		}
		if (!exact) {
			boolean[] without = x.clone();
			without[i] = false;
			double loss = best.objective() - Evaluation.objective(p, without);
			return explanation(i, true, dependants.isEmpty() ? Explanation.Reason.VALUE
					: Explanation.Reason.PREREQUISITE, benefit, loss, null, null, dependants, List.of(),
					Explanation.Method.ESTIMATE);
		}
		Problem without = p.withItem(i, p.item(i).withFixed(Problem.Fixed.OUT));
		Result other = engine.solve(without, options);
		if (other.status() == Result.Status.INFEASIBLE) {
			List<Constraint> conflict = withoutOwn(new ConflictFinder(engine, options).conflict(without), i);
			return explanation(i, true, Explanation.Reason.NEEDED, benefit, Double.NaN, null, null, dependants,
					conflict, Explanation.Method.EXACT);
		}
		double loss = other.hasSolution() ? Math.max(0, best.objective() - other.objective()) : Double.NaN;
		Explanation.Reason reason = !dependants.isEmpty() ? Explanation.Reason.PREREQUISITE
				: loss <= tolerance(best.objective()) ? Explanation.Reason.INTERCHANGEABLE : Explanation.Reason.VALUE;
		return explanation(i, true, reason, benefit, loss, null, null, dependants, List.of(), Explanation.Method.EXACT);
	}

	private Explanation leftOut(Problem p, Result best, int i, boolean exact, double cutoff) {
		boolean[] x = best.chosen();
		Problem.Item item = p.item(i);
		double benefit = Evaluation.soloBenefit(p, i);
		if (item.fixed() == Problem.Fixed.OUT) {
			return explanation(i, false, Explanation.Reason.EXCLUDED, benefit, Double.NaN, null, null, List.of(),
					List.of(), Explanation.Method.EXACT);
		}
		if (item.group() != null) {
			List<Integer> members = p.groups().getOrDefault(item.group(), List.of());
			List<Integer> chosenAlternatives = members.stream().filter(j -> j != i && x[j]).toList();
			if (!chosenAlternatives.isEmpty()) {
				return explanation(i, false, Explanation.Reason.ALTERNATIVE, benefit, Double.NaN, null, null,
						chosenAlternatives, List.of(), Explanation.Method.EXACT);
			}
		}
		List<Integer> missing = new ArrayList<>();
		for (int r : item.requires()) {
			if (!x[r]) {
				missing.add(r);
			}
		}
		if (!missing.isEmpty()) {
			return explanation(i, false, Explanation.Reason.DEPENDENCY, benefit, Double.NaN, null, null, missing,
					List.of(), Explanation.Method.EXACT);
		}
		if (Evaluation.marginalBenefit(p, x, i) <= tolerance(best.objective())) {
			return explanation(i, false, Explanation.Reason.COVERED, benefit, Double.NaN, null, null, List.of(),
					List.of(), Explanation.Method.EXACT);
		}
		if (!exact) {
			double cost = item.totalCost();
			@org.jspecify.annotations.Nullable Double costThreshold = cutoff > 0 ? benefit / cutoff : null;
			@org.jspecify.annotations.Nullable Double weightFactor = cutoff > 0 && benefit > 0 ? Math.max(1, cutoff * cost / benefit) : null;
			return explanation(i, false, Explanation.Reason.COST, benefit, Double.NaN, costThreshold, weightFactor,
					List.of(), List.of(), Explanation.Method.ESTIMATE);
		}
		Problem forced = p.withItem(i, item.withFixed(Problem.Fixed.IN));
		Result in = engine.solve(forced, options);
		if (in.status() == Result.Status.INFEASIBLE) {
			List<Constraint> conflict = withoutOwn(new ConflictFinder(engine, options).conflict(forced), i);
			return explanation(i, false, Explanation.Reason.CONFLICT, benefit, Double.NaN, null, null, List.of(),
					conflict, Explanation.Method.EXACT);
		}
		double loss = in.hasSolution() ? Math.max(0, best.objective() - in.objective()) : Double.NaN;
		@org.jspecify.annotations.Nullable Double costThreshold = null;
		if (enters(p.withItem(i, item.withCostFactor(0)), i)) {
			double lo = 0;
			double hi = 1;
			for (int step = 0; step < BISECTION_STEPS; step++) {
				double mid = (lo + hi) / 2;
				if (enters(p.withItem(i, item.withCostFactor(mid)), i)) {
					lo = mid;
				}
				else {
					hi = mid;
				}
			}
			costThreshold = lo * item.totalCost();
		}
		@org.jspecify.annotations.Nullable Double weightFactor = null;
		if (enters(p.withCellWeights(item.cells(), MAX_WEIGHT_FACTOR), i)) {
			double lo = 0;
			double hi = Math.log(MAX_WEIGHT_FACTOR);
			for (int step = 0; step < BISECTION_STEPS; step++) {
				double mid = (lo + hi) / 2;
				if (enters(p.withCellWeights(item.cells(), Math.exp(mid)), i)) {
					hi = mid;
				}
				else {
					lo = mid;
				}
			}
			weightFactor = Math.exp(hi);
		}
		Explanation.Reason reason = costThreshold == null ? Explanation.Reason.NO_ENTRY : Explanation.Reason.COST;
		return explanation(i, false, reason, benefit, loss, costThreshold, weightFactor, List.of(), List.of(),
				Explanation.Method.EXACT);
	}

	private boolean enters(Problem p, int i) {
		Result result = engine.solve(p, options);
		return result.hasSolution() && result.chosen()[i];
	}

	/** The lowest benefit per cost among the freely chosen items: the price a newcomer has to beat. */
	static double cutoff(Problem p, boolean[] x) {
		double cutoff = Double.MAX_VALUE;
		boolean any = false;
		for (int i = 0; i < x.length; i++) {
			if (x[i] && p.item(i).fixed() == Problem.Fixed.FREE && p.item(i).totalCost() > 0) {
				cutoff = Math.min(cutoff, Greedy.ratio(p, i));
				any = true;
			}
		}
		return any ? cutoff : 0;
	}

	private static List<Constraint> withoutOwn(List<Constraint> conflict, int i) {
		return conflict.stream()
			.filter(c -> !(c instanceof Constraint.MustInclude m && m.item() == i)
					&& !(c instanceof Constraint.MustExclude m2 && m2.item() == i))
			.toList();
	}

	static double tolerance(double objective) {
		return 1e-6 * Math.max(1, Math.abs(objective));
	}

	private static Explanation explanation(int i, boolean chosen, Explanation.Reason reason, double benefit,
			double loss, @org.jspecify.annotations.Nullable Double costThreshold,
			@org.jspecify.annotations.Nullable Double weightFactor, List<Integer> related, List<Constraint> conflict,
			Explanation.Method method) {
		return new Explanation(i, chosen, reason, benefit, loss, costThreshold, weightFactor, related, conflict, method);
	}


}
