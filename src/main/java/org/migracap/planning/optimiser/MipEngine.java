package org.migracap.planning.optimiser;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The problem as a mixed-integer programme, solved by SCIP through OR-Tools' MPSolver: binary choice variables,
 * continuous capped gains. Its linear relaxation is tight for this structure (gains capped by gaps, knapsack rows), so
 * the bound proves optimality fast; see docs/adr/planning-01-solver-choice.md.
 */
public final class MipEngine implements Engine {

	private final String backend;

	public MipEngine() {
		this("SCIP");
	}

	/** @param backend an MPSolver id with integer support: {@code SCIP} or {@code CBC} */
	public MipEngine(String backend) {
		this.backend = backend;
	}

	@Override
	public String name() {
		return "MIP-" + backend;
	}

	@Override
	public Result solve(Problem p, Set<Constraint> relaxed, Options options, Cancellation cancel) {
		OrTools.load();
		long started = System.nanoTime();
		MPSolver solver = MPSolver.createSolver(backend);
		if (solver == null) {
			throw new IllegalStateException("OR-Tools has no " + backend + " solver");
		}
		try {
			int n = p.items().size();
			MPVariable[] x = new MPVariable[n];
			for (int i = 0; i < n; i++) {
				Problem.Item item = p.item(i);
				double lb = item.fixed() == Problem.Fixed.IN && !relaxed.contains(new Constraint.MustInclude(i)) ? 1 : 0;
				double ub = item.fixed() == Problem.Fixed.OUT && !relaxed.contains(new Constraint.MustExclude(i)) ? 0 : 1;
				x[i] = solver.makeIntVar(lb, ub, "x" + i);
			}
			MPObjective objective = solver.objective();
			int[][] byCell = p.itemsByCell();
			for (int k = 0; k < p.cells().size(); k++) {
				Problem.Cell cell = p.cells().get(k);
				if (byCell[k].length == 0 || cell.gap() <= 0) {
					continue;
				}
				if (byCell[k].length == 1) {
					int i = byCell[k][0];
					objective.setCoefficient(x[i], objective.getCoefficient(x[i])
							+ cell.weight() * Math.min(cell.gap(), p.item(i).uplift()));
					continue;
				}
				MPVariable g = solver.makeNumVar(0, cell.gap(), "g" + k);
				MPConstraint cap = solver.makeConstraint(-MPSolver.infinity(), 0, "cell" + k);
				cap.setCoefficient(g, 1);
				for (int i : byCell[k]) {
					cap.setCoefficient(x[i], -Math.min(cell.gap(), p.item(i).uplift()));
				}
				objective.setCoefficient(g, cell.weight());
			}
			objective.setMaximization();
			for (int t = 0; t < p.years(); t++) {
				if (relaxed.contains(new Constraint.Budget(t))) {
					continue;
				}
				MPConstraint budget = solver.makeConstraint(-MPSolver.infinity(), p.budgets()[t], "budget" + t);
				for (int i = 0; i < n; i++) {
					budget.setCoefficient(x[i], p.item(i).yearlyCost()[t]);
				}
			}
			for (int c = 0; c < p.countries().size(); c++) {
				Problem.Country country = p.countries().get(c);
				if (country.cap() != null && !relaxed.contains(new Constraint.CountryCap(c))) {
					MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), country.cap(), "cap" + c);
					for (int i = 0; i < n; i++) {
						double share = p.item(i).share(c);
						if (share > 0) {
							row.setCoefficient(x[i], share * p.item(i).totalCost());
						}
					}
				}
				if (country.absorb() != null && !relaxed.contains(new Constraint.Absorption(c))) {
					MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), country.absorb(), "absorb" + c);
					for (int i = 0; i < n; i++) {
						double share = p.item(i).share(c);
						if (share > 0) {
							row.setCoefficient(x[i], share * p.item(i).recurrentAfter());
						}
					}
				}
			}
			for (int f = 0; f < p.floors().size(); f++) {
				if (relaxed.contains(new Constraint.RegionalFloor(f))) {
					continue;
				}
				Problem.Floor floor = p.floors().get(f);
				MPConstraint row = solver.makeConstraint(floor.minimum(), MPSolver.infinity(), "floor" + f);
				for (int i = 0; i < n; i++) {
					double share = p.item(i).shareIn(floor.countries());
					if (share > 0) {
						row.setCoefficient(x[i], share * p.item(i).totalCost());
					}
				}
			}
			for (int i = 0; i < n; i++) {
				for (int r : p.item(i).requires()) {
					if (!relaxed.contains(new Constraint.Dependency(i, r))) {
						MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), 0);
						row.setCoefficient(x[i], 1);
						row.setCoefficient(x[r], -1);
					}
				}
			}
			for (Map.Entry<String, List<Integer>> group : p.groups().entrySet()) {
				if (!relaxed.contains(new Constraint.Exclusion(group.getKey()))) {
					MPConstraint row = solver.makeConstraint(-MPSolver.infinity(), 1);
					group.getValue().forEach(i -> row.setCoefficient(x[i], 1));
				}
			}
			solver.setTimeLimit((long) Math.max(1, options.timeLimitSeconds() * 1000));
			MPSolverParameters parameters = new MPSolverParameters();
			parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, options.relativeGap());
			MPSolver.ResultStatus status;
			AutoCloseable watch = OrTools.watch(cancel, solver::interruptSolve);
			try {
				status = solver.solve(parameters);
			}
			finally {
				OrTools.close(watch);
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			if (status == MPSolver.ResultStatus.INFEASIBLE) {
				return Result.infeasible(n, millis);
			}
			if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
				return new Result(Result.Status.UNKNOWN, new boolean[n], Double.NaN, Double.NaN, millis);
			}
			boolean[] chosen = new boolean[n];
			for (int i = 0; i < n; i++) {
				chosen[i] = x[i].solutionValue() > 0.5;
			}
			double value = Evaluation.objective(p, chosen);
			double bound = Math.max(value, status == MPSolver.ResultStatus.OPTIMAL && options.relativeGap() <= 0 ? value
					: objective.bestBound());
			return new Result(status == MPSolver.ResultStatus.OPTIMAL ? Result.Status.OPTIMAL : Result.Status.FEASIBLE,
					chosen, value, bound, millis);
		}
		finally {
			solver.delete();
		}
	}

}
