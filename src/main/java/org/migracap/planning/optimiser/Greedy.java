package org.migracap.planning.optimiser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The spreadsheet method: rank candidates by benefit per cost (each candidate's benefit counted as if it were alone),
 * then take them in that order while they fit the budgets, caps, absorption limits, exclusion groups and
 * dependencies. Required items go first; regional floors cannot be steered this way, so the result may break them
 * ({@link Evaluation#violations} says).
 */
public final class Greedy {

	private Greedy() {
	}

	public static boolean[] solve(Problem p) {
		int n = p.items().size();
		boolean[] chosen = new boolean[n];
		for (int i = 0; i < n; i++) {
			if (p.item(i).fixed() == Problem.Fixed.IN) {
				chosen[i] = true;
			}
		}
		for (int i : ranking(p)) {
			if (chosen[i] || p.item(i).fixed() == Problem.Fixed.OUT) {
				continue;
			}
			chosen[i] = true;
			if (!fits(p, chosen, i)) {
				chosen[i] = false;
			}
		}
		return chosen;
	}

	/** Items in decreasing order of solo benefit per total cost (free items first), ties by position. */
	public static List<Integer> ranking(Problem p) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < p.items().size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingDouble((Integer i) -> -ratio(p, i)).thenComparing(i -> i));
		return order;
	}

	public static double ratio(Problem p, int i) {
		double benefit = Evaluation.soloBenefit(p, i);
		double cost = p.item(i).totalCost();
		if (cost <= 0) {
			return benefit > 0 ? Double.MAX_VALUE : 0;
		}
		return benefit / cost;
	}

	private static boolean fits(Problem p, boolean[] chosen, int added) {
		for (int r : p.item(added).requires()) {
			if (!chosen[r]) {
				return false;
			}
		}
		for (Constraint broken : Evaluation.violations(p, chosen)) {
			if (!(broken instanceof Constraint.RegionalFloor) && !(broken instanceof Constraint.MustInclude)) {
				return false;
			}
		}
		return true;
	}

}
