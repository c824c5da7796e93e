package org.migracap.planning.optimiser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random small planning problems with every kind of constraint, and exhaustive search over them: the yardstick the
 * optimiser is held to.
 */
final class Instances {

	private Instances() {
	}

	static Problem random(long seed, int maxItems) {
		Random random = new Random(seed);
		int years = 1 + random.nextInt(3);
		int countryCount = 1 + random.nextInt(3);
		int indicators = 1 + random.nextInt(3);
		List<Problem.Cell> cells = new ArrayList<>();
		for (int c = 0; c < countryCount; c++) {
			for (int k = 0; k < indicators; k++) {
				cells.add(new Problem.Cell("C" + c + "I" + k, random.nextInt(4), 0.5 + random.nextInt(6) * 0.5));
			}
		}
		int n = 1 + random.nextInt(maxItems);
		List<Problem.Item> items = new ArrayList<>();
		double total = 0;
		for (int i = 0; i < n; i++) {
			int first = random.nextInt(countryCount);
			Set<Integer> served = new HashSet<>(List.of(first));
			if (countryCount > 1 && random.nextInt(4) == 0) {
				served.add(random.nextInt(countryCount));
			}
			int indicator = random.nextInt(indicators);
			int[] countries = served.stream().mapToInt(Integer::intValue).sorted().toArray();
			int[] itemCells = served.stream().mapToInt(c -> c * indicators + indicator).sorted().toArray();
			int start = random.nextInt(years);
			double oneOff = 6 * (1 + random.nextInt(20));
			double recurrent = random.nextInt(3) == 0 ? 0 : 6 * random.nextInt(5);
			double[] yearly = new double[years];
			yearly[start] = oneOff;
			for (int t = start + 1; t < years; t++) {
				yearly[t] = recurrent;
			}
			double uplift = 0.5 * (1 + random.nextInt(4));
			String group = random.nextInt(5) == 0 ? "G" + random.nextInt(2) : null;
			int[] requires = i > 0 && random.nextInt(6) == 0 ? new int[] { random.nextInt(i) } : new int[0];
			Problem.Fixed fixed = switch (random.nextInt(14)) {
				case 0 -> Problem.Fixed.IN;
				case 1 -> Problem.Fixed.OUT;
				default -> Problem.Fixed.FREE;
			};
			items.add(new Problem.Item("i" + i, yearly, recurrent, uplift, itemCells, countries, group, requires, fixed));
			total += oneOff + recurrent * (years - 1 - start);
		}
		double[] budgets = new double[years];
		for (int t = 0; t < years; t++) {
			budgets[t] = Math.round(total / years * (0.2 + random.nextDouble() * 0.6));
		}
		List<Problem.Country> countries = new ArrayList<>();
		for (int c = 0; c < countryCount; c++) {
			Double cap = random.nextInt(3) == 0 ? (double) Math.round(total * (0.1 + random.nextDouble() * 0.4)) : null;
			Double absorb = random.nextInt(3) == 0 ? (double) (6 * random.nextInt(8)) : null;
			countries.add(new Problem.Country("C" + c, cap, absorb));
		}
		List<Problem.Floor> floors = new ArrayList<>();
		if (random.nextInt(3) == 0) {
			int c = random.nextInt(countryCount);
			floors.add(new Problem.Floor("R" + c, new int[] { c }, Math.round(total * random.nextDouble() * 0.3)));
		}
		return new Problem(items, cells, budgets, countries, floors);
	}

	/** The best feasible choice by trying all of them (scored by the {@link Oracle}), or null when none is feasible. */
	static boolean[] exhaustive(Problem p) {
		return exhaustive(p, new HashSet<>(p.constraints()));
	}

	/** The best choice that meets the {@code enforced} constraints, or null when none does. */
	static boolean[] exhaustive(Problem p, Set<Constraint> enforced) {
		int n = p.items().size();
		boolean[] best = null;
		double bestValue = Double.NEGATIVE_INFINITY;
		for (long mask = 0; mask < (1L << n); mask++) {
			boolean[] chosen = new boolean[n];
			for (int i = 0; i < n; i++) {
				chosen[i] = (mask >> i & 1) == 1;
			}
			boolean ok = Oracle.violations(p, chosen).stream().noneMatch(enforced::contains);
			if (ok) {
				double value = Oracle.objective(p, chosen);
				if (value > bestValue + 1e-9) {
					bestValue = value;
					best = chosen;
				}
			}
		}
		return best;
	}

}
