package org.migracap.planning.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The true value of a choice of items, and the constraints it breaks, computed directly from the problem (no solver):
 * the reference against which solvers, greedy and exhaustive search are measured.
 */
public final class Evaluation {

	static final double TOLERANCE = 1e-6;

	private Evaluation() {
	}

	/** {@code sum_k weight_k * min(gap_k, sum of uplifts of chosen items on k)}. */
	public static double objective(Problem p, boolean[] chosen) {
		double[] lift = new double[p.cells().size()];
		for (int i = 0; i < chosen.length; i++) {
			if (chosen[i]) {
				for (int k : p.item(i).cells()) {
					lift[k] += p.item(i).uplift();
				}
			}
		}
		double total = 0;
		for (int k = 0; k < lift.length; k++) {
			Problem.Cell cell = p.cells().get(k);
			total += cell.weight() * Math.min(cell.gap(), lift[k]);
		}
		return total;
	}

	/** What item {@code i} alone would gain: {@code sum over its cells of weight * min(gap, uplift)}. */
	public static double soloBenefit(Problem p, int i) {
		Problem.Item item = p.item(i);
		double total = 0;
		for (int k : item.cells()) {
			Problem.Cell cell = p.cells().get(k);
			total += cell.weight() * Math.min(cell.gap(), item.uplift());
		}
		return total;
	}

	/** What adding item {@code i} to {@code chosen} would add to the objective. */
	public static double marginalBenefit(Problem p, boolean[] chosen, int i) {
		boolean[] with = chosen.clone();
		with[i] = true;
		return objective(p, with) - objective(p, chosen);
	}

	public static double totalCost(Problem p, boolean[] chosen) {
		double total = 0;
		for (int i = 0; i < chosen.length; i++) {
			if (chosen[i]) {
				total += p.item(i).totalCost();
			}
		}
		return total;
	}

	public static double[] spending(Problem p, boolean[] chosen) {
		double[] spent = new double[p.years()];
		for (int i = 0; i < chosen.length; i++) {
			if (chosen[i]) {
				for (int t = 0; t < spent.length; t++) {
					spent[t] += p.item(i).yearlyCost()[t];
				}
			}
		}
		return spent;
	}

	public static boolean feasible(Problem p, boolean[] chosen) {
		return violations(p, chosen).isEmpty();
	}

	/** Every constraint the choice breaks. */
	public static List<Constraint> violations(Problem p, boolean[] chosen) {
		List<Constraint> broken = new ArrayList<>();
		double[] spent = spending(p, chosen);
		for (int t = 0; t < spent.length; t++) {
			if (spent[t] > p.budgets()[t] + slack(p.budgets()[t])) {
				broken.add(new Constraint.Budget(t));
			}
		}
		for (int c = 0; c < p.countries().size(); c++) {
			Problem.Country country = p.countries().get(c);
			double share = 0;
			double recurrent = 0;
			for (int i = 0; i < chosen.length; i++) {
				if (chosen[i]) {
					share += p.item(i).share(c) * p.item(i).totalCost();
					recurrent += p.item(i).share(c) * p.item(i).recurrentAfter();
				}
			}
			if (country.cap() != null && share > country.cap() + slack(country.cap())) {
				broken.add(new Constraint.CountryCap(c));
			}
			if (country.absorb() != null && recurrent > country.absorb() + slack(country.absorb())) {
				broken.add(new Constraint.Absorption(c));
			}
		}
		for (int f = 0; f < p.floors().size(); f++) {
			Problem.Floor floor = p.floors().get(f);
			double spentThere = 0;
			for (int i = 0; i < chosen.length; i++) {
				if (chosen[i]) {
					spentThere += p.item(i).shareIn(floor.countries()) * p.item(i).totalCost();
				}
			}
			if (spentThere < floor.minimum() - slack(floor.minimum())) {
				broken.add(new Constraint.RegionalFloor(f));
			}
		}
		for (int i = 0; i < chosen.length; i++) {
			Problem.Item item = p.item(i);
			if (item.fixed() == Problem.Fixed.IN && !chosen[i]) {
				broken.add(new Constraint.MustInclude(i));
			}
			if (item.fixed() == Problem.Fixed.OUT && chosen[i]) {
				broken.add(new Constraint.MustExclude(i));
			}
			if (chosen[i]) {
				for (int r : item.requires()) {
					if (!chosen[r]) {
						broken.add(new Constraint.Dependency(i, r));
					}
				}
			}
		}
		for (Map.Entry<String, List<Integer>> group : p.groups().entrySet()) {
			long count = group.getValue().stream().filter(i -> chosen[i]).count();
			if (count > 1) {
				broken.add(new Constraint.Exclusion(group.getKey()));
			}
		}
		return broken;
	}

	static double slack(double bound) {
		return TOLERANCE * Math.max(1, Math.abs(bound));
	}

}
