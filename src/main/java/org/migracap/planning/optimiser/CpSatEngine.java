package org.migracap.planning.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.DoubleLinearExpr;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;

/**
 * The problem for OR-Tools CP-SAT. CP-SAT needs integers: gains and uplifts are counted in hundredths of a level,
 * costs in whole dollars, and rows where a joint item's cost is shared (caps, absorption, floors) are multiplied by 60
 * so that shares of 1/2 to 1/6 stay exact. Objective weights stay real numbers.
 */
public final class CpSatEngine implements Engine {

	static final long LEVEL_SCALE = 100;

	static final long SHARE_SCALE = 60;

	@Override
	public String name() {
		return "CP-SAT";
	}

	@Override
	public Result solve(Problem p, Set<Constraint> relaxed, Options options, Cancellation cancel) {
		OrTools.load();
		long started = System.nanoTime();
		int n = p.items().size();
		CpModel model = new CpModel();
		BoolVar[] x = new BoolVar[n];
		for (int i = 0; i < n; i++) {
			x[i] = model.newBoolVar("x" + i);
			Problem.Item item = p.item(i);
			if (item.fixed() == Problem.Fixed.IN && !relaxed.contains(new Constraint.MustInclude(i))) {
				model.addEquality(x[i], 1);
			}
			if (item.fixed() == Problem.Fixed.OUT && !relaxed.contains(new Constraint.MustExclude(i))) {
				model.addEquality(x[i], 0);
			}
		}
		int[][] byCell = p.itemsByCell();
		List<IntVar> gains = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		for (int k = 0; k < p.cells().size(); k++) {
			Problem.Cell cell = p.cells().get(k);
			long gap = Math.round(cell.gap() * LEVEL_SCALE);
			if (byCell[k].length == 0 || gap <= 0) {
				continue;
			}
			if (byCell[k].length == 1) {
				int i = byCell[k][0];
				gains.add(x[i]);
				weights.add(cell.weight() * Math.min(gap, Math.round(p.item(i).uplift() * LEVEL_SCALE)));
				continue;
			}
			IntVar g = model.newIntVar(0, gap, "g" + k);
			LinearArgument[] terms = new LinearArgument[byCell[k].length + 1];
			long[] coefficients = new long[terms.length];
			terms[0] = g;
			coefficients[0] = 1;
			for (int j = 0; j < byCell[k].length; j++) {
				terms[j + 1] = x[byCell[k][j]];
				coefficients[j + 1] = -Math.min(gap, Math.round(p.item(byCell[k][j]).uplift() * LEVEL_SCALE));
			}
			model.addLessOrEqual(LinearExpr.weightedSum(terms, coefficients), 0);
			gains.add(g);
			weights.add(cell.weight());
		}
		for (int t = 0; t < p.years(); t++) {
			if (relaxed.contains(new Constraint.Budget(t))) {
				continue;
			}
			long[] costs = new long[n];
			for (int i = 0; i < n; i++) {
				costs[i] = Math.round(p.item(i).yearlyCost()[t]);
			}
			model.addLessOrEqual(LinearExpr.weightedSum(x, costs), (long) Math.floor(p.budgets()[t] + 1e-6));
		}
		for (int c = 0; c < p.countries().size(); c++) {
			Problem.Country country = p.countries().get(c);
			if (country.cap() != null && !relaxed.contains(new Constraint.CountryCap(c))) {
				long[] coefficients = new long[n];
				for (int i = 0; i < n; i++) {
					coefficients[i] = Math.round(p.item(i).share(c) * SHARE_SCALE * Math.round(p.item(i).totalCost()));
				}
				model.addLessOrEqual(LinearExpr.weightedSum(x, coefficients),
						(long) Math.floor(country.cap() * SHARE_SCALE + 1e-6));
			}
			if (country.absorb() != null && !relaxed.contains(new Constraint.Absorption(c))) {
				long[] coefficients = new long[n];
				for (int i = 0; i < n; i++) {
					coefficients[i] = Math.round(p.item(i).share(c) * SHARE_SCALE * Math.round(p.item(i).recurrentAfter()));
				}
				model.addLessOrEqual(LinearExpr.weightedSum(x, coefficients),
						(long) Math.floor(country.absorb() * SHARE_SCALE + 1e-6));
			}
		}
		for (int f = 0; f < p.floors().size(); f++) {
			if (relaxed.contains(new Constraint.RegionalFloor(f))) {
				continue;
			}
			Problem.Floor floor = p.floors().get(f);
			long[] coefficients = new long[n];
			for (int i = 0; i < n; i++) {
				coefficients[i] = Math.round(p.item(i).shareIn(floor.countries()) * SHARE_SCALE
						* Math.round(p.item(i).totalCost()));
			}
			model.addGreaterOrEqual(LinearExpr.weightedSum(x, coefficients),
					(long) Math.ceil(floor.minimum() * SHARE_SCALE - 1e-6));
		}
		for (int i = 0; i < n; i++) {
			for (int r : p.item(i).requires()) {
				if (!relaxed.contains(new Constraint.Dependency(i, r))) {
					model.addImplication(x[i], x[r]);
				}
			}
		}
		for (Map.Entry<String, List<Integer>> group : p.groups().entrySet()) {
			if (!relaxed.contains(new Constraint.Exclusion(group.getKey()))) {
				model.addAtMostOne(group.getValue().stream().map(i -> (com.google.ortools.sat.Literal) x[i]).toArray(com.google.ortools.sat.Literal[]::new));
			}
		}
		if (!gains.isEmpty()) {
			model.maximize(new DoubleLinearExpr(gains.toArray(IntVar[]::new),
					weights.stream().mapToDouble(Double::doubleValue).map(w -> w / LEVEL_SCALE).toArray(), 0));
		}
		CpSolver solver = new CpSolver();
		solver.getParameters()
			.setMaxTimeInSeconds(options.timeLimitSeconds())
			.setNumWorkers(Math.max(1, options.workers()))
			.setRelativeGapLimit(options.relativeGap())
			.setLogSearchProgress(false);
		CpSolverStatus status;
		AutoCloseable watch = OrTools.watch(cancel, solver::stopSearch);
		try {
			status = solver.solve(model);
		}
		finally {
			OrTools.close(watch);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (status == CpSolverStatus.INFEASIBLE) {
			return Result.infeasible(n, millis);
		}
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return new Result(Result.Status.UNKNOWN, new boolean[n], Double.NaN, Double.NaN, millis);
		}
		boolean[] chosen = new boolean[n];
		for (int i = 0; i < n; i++) {
			chosen[i] = solver.booleanValue(x[i]);
		}
		double value = Evaluation.objective(p, chosen);
		double bound = gains.isEmpty() ? value : Math.max(value, solver.bestObjectiveBound());
		boolean proven = status == CpSolverStatus.OPTIMAL;
		return new Result(proven ? Result.Status.OPTIMAL : Result.Status.FEASIBLE, chosen, value, bound, millis);
	}

}
