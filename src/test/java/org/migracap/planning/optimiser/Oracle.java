package org.migracap.planning.optimiser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The value and the broken constraints of a choice of items, written a second time from the problem's definition and
 * on purpose without {@link Evaluation} or the helpers of {@link Problem.Item} ({@code totalCost}, {@code share},
 * {@code shareIn}): exhaustive search scored with this is a yardstick that does not share the production code's
 * mistakes.
 */
final class Oracle {

	private static final double TOLERANCE = 1e-6;

	private Oracle() {
	}

	/** Per cell: the weight times the levels gained, and no more levels than the gap. */
	static double objective(Problem p, boolean[] chosen) {
		double value = 0;
		for (int k = 0; k < p.cells().size(); k++) {
			double levels = 0;
			for (int i = 0; i < chosen.length; i++) {
				if (!chosen[i]) {
					continue;
				}
				for (int cell : p.items().get(i).cells()) {
					if (cell == k) {
						levels += p.items().get(i).uplift();
					}
				}
			}
			Problem.Cell cell = p.cells().get(k);
			value += cell.weight() * (levels > cell.gap() ? cell.gap() : levels);
		}
		return value;
	}

	/** Every constraint the choice breaks, each checked from the numbers of the problem. */
	static List<Constraint> violations(Problem p, boolean[] chosen) {
		List<Constraint> broken = new ArrayList<>();
		int n = chosen.length;
		for (int year = 0; year < p.budgets().length; year++) {
			double spent = 0;
			for (int i = 0; i < n; i++) {
				if (chosen[i]) {
					spent += p.items().get(i).yearlyCost()[year];
				}
			}
			if (above(spent, p.budgets()[year])) {
				broken.add(new Constraint.Budget(year));
			}
		}
		for (int c = 0; c < p.countries().size(); c++) {
			double borne = 0;
			double recurrent = 0;
			for (int i = 0; i < n; i++) {
				Problem.Item item = p.items().get(i);
				if (!chosen[i] || !serves(item, c)) {
					continue;
				}
				double cost = 0;
				for (double yearly : item.yearlyCost()) {
					cost += yearly;
				}
				borne += cost / item.countries().length;
				recurrent += item.recurrentAfter() / item.countries().length;
			}
			Problem.Country country = p.countries().get(c);
			if (country.cap() != null && above(borne, country.cap())) {
				broken.add(new Constraint.CountryCap(c));
			}
			if (country.absorb() != null && above(recurrent, country.absorb())) {
				broken.add(new Constraint.Absorption(c));
			}
		}
		for (int f = 0; f < p.floors().size(); f++) {
			Problem.Floor floor = p.floors().get(f);
			double spentThere = 0;
			for (int i = 0; i < n; i++) {
				Problem.Item item = p.items().get(i);
				if (!chosen[i] || item.countries().length == 0) {
					continue;
				}
				double cost = 0;
				for (double yearly : item.yearlyCost()) {
					cost += yearly;
				}
				for (int c : floor.countries()) {
					if (serves(item, c)) {
						spentThere += cost / item.countries().length;
					}
				}
			}
			if (spentThere < floor.minimum() - TOLERANCE * Math.max(1, Math.abs(floor.minimum()))) {
				broken.add(new Constraint.RegionalFloor(f));
			}
		}
		Map<String, Integer> inGroup = new HashMap<>();
		Map<String, Integer> groupSize = new HashMap<>();
		for (int i = 0; i < n; i++) {
			Problem.Item item = p.items().get(i);
			if (item.fixed() == Problem.Fixed.IN && !chosen[i]) {
				broken.add(new Constraint.MustInclude(i));
			}
			if (item.fixed() == Problem.Fixed.OUT && chosen[i]) {
				broken.add(new Constraint.MustExclude(i));
			}
			for (int required : item.requires()) {
				if (chosen[i] && !chosen[required]) {
					broken.add(new Constraint.Dependency(i, required));
				}
			}
			if (item.group() != null) {
				groupSize.merge(item.group(), 1, Integer::sum);
				if (chosen[i]) {
					inGroup.merge(item.group(), 1, Integer::sum);
				}
			}
		}
		inGroup.forEach((group, count) -> {
			if (count > 1 && groupSize.get(group) > 1) {
				broken.add(new Constraint.Exclusion(group));
			}
		});
		return broken;
	}

	private static boolean serves(Problem.Item item, int country) {
		for (int c : item.countries()) {
			if (c == country) {
				return true;
			}
		}
		return false;
	}

	private static boolean above(double amount, double bound) {
		return amount > bound + TOLERANCE * Math.max(1, Math.abs(bound));
	}

}
