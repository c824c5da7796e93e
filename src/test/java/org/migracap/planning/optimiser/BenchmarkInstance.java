package org.migracap.planning.optimiser;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark problem of issue 6: 10,000 candidates over 195 countries, 10 areas (60 core indicators each) and 5
 * budget years, with every kind of constraint: yearly budgets, a cap per country, the recurrent cost each country can
 * absorb, floors for 5 regions, required and ruled-out candidates, dependencies, exclusion groups, joint candidates.
 * Seeded, so every run solves the same problem.
 */
final class BenchmarkInstance {

	static final int COUNTRIES = 195;

	static final int INDICATORS = 60;

	static final int YEARS = 5;

	static final int REGIONS = 5;

	private BenchmarkInstance() {
	}

	static Problem generate(int candidates, double budgetShare, long seed) {
		Random random = new Random(seed);
		List<Problem.Cell> cells = new ArrayList<>();
		for (int c = 0; c < COUNTRIES; c++) {
			double income = 1 + random.nextInt(3) * 0.5;
			for (int k = 0; k < INDICATORS; k++) {
				double areaWeight = 0.5 + (k / 6 % 4) * 0.5;
				double leverage = random.nextDouble();
				cells.add(new Problem.Cell("C" + c + "I" + k, random.nextInt(4), areaWeight * (income + leverage)));
			}
		}
		List<Problem.Item> items = new ArrayList<>();
		List<Integer> itemCountry = new ArrayList<>();
		double total = 0;
		for (int i = 0; i < candidates; i++) {
			int country = random.nextInt(COUNTRIES);
			int indicator = random.nextInt(INDICATORS);
			List<Integer> served = new ArrayList<>(List.of(country));
			if (random.nextInt(20) == 0) {
				int extra = 1 + random.nextInt(2);
				for (int e = 0; e < extra; e++) {
					int other = random.nextInt(COUNTRIES);
					if (!served.contains(other)) {
						served.add(other);
					}
				}
			}
			int start = random.nextInt(3);
			int dimension = indicator % 6;
			double oneOff = 10_000 * (1 + random.nextInt(dimension == 3 ? 150 : 40));
			double recurrent = dimension == 3 || dimension == 5 ? oneOff * (0.05 + random.nextDouble() * 0.15) : 0;
			recurrent = Math.round(recurrent);
			double[] yearly = new double[YEARS];
			yearly[start] = oneOff;
			for (int t = start + 1; t < YEARS; t++) {
				yearly[t] = recurrent;
			}
			double uplift = 0.5 * (1 + random.nextInt(4));
			int[] itemCells = served.stream().mapToInt(c -> c * INDICATORS + indicator).toArray();
			int[] countries = served.stream().mapToInt(Integer::intValue).toArray();
			items.add(new Problem.Item("K" + i, yearly, recurrent, uplift, itemCells, countries, null, new int[0],
					Problem.Fixed.FREE));
			itemCountry.add(country);
			total += oneOff + recurrent * (YEARS - 1 - start);
		}
		// exclusion groups: 300 pairs or triples of alternatives for the same gap
		for (int g = 0; g < 300; g++) {
			int first = random.nextInt(candidates);
			int size = 2 + random.nextInt(2);
			for (int m = 0; m < size; m++) {
				int i = m == 0 ? first : random.nextInt(candidates);
				Problem.Item item = items.get(i);
				if (item.group() == null) {
					items.set(i, new Problem.Item(item.code(), item.yearlyCost(), item.recurrentAfter(), item.uplift(),
							item.cells(), item.countries(), "G" + g, item.requires(), item.fixed()));
				}
			}
		}
		// 500 dependencies: a candidate needs an earlier one of the same country
		for (int d = 0; d < 500; d++) {
			int i = 1 + random.nextInt(candidates - 1);
			int j = random.nextInt(i);
			Problem.Item item = items.get(i);
			if (item.requires().length == 0 && item.group() == null) {
				items.set(i, new Problem.Item(item.code(), item.yearlyCost(), item.recurrentAfter(), item.uplift(),
						item.cells(), item.countries(), item.group(), new int[] { j }, item.fixed()));
			}
		}
		for (int f = 0; f < 20; f++) {
			int i = random.nextInt(candidates);
			Problem.Item item = items.get(i);
			if (item.requires().length == 0 && item.group() == null && item.fixed() == Problem.Fixed.FREE
					&& item.recurrentAfter() == 0 && item.countries().length == 1) {
				items.set(i, item.withFixed(f < 10 ? Problem.Fixed.IN : Problem.Fixed.OUT));
			}
		}
		double budgetTotal = total * budgetShare;
		double[] budgets = new double[YEARS];
		for (int t = 0; t < YEARS; t++) {
			budgets[t] = Math.round(budgetTotal / YEARS);
		}
		List<Problem.Country> countries = new ArrayList<>();
		for (int c = 0; c < COUNTRIES; c++) {
			countries.add(new Problem.Country("C" + c, (double) Math.round(budgetTotal * 0.02),
					(double) (20_000 + 10_000 * random.nextInt(20))));
		}
		List<Problem.Floor> floors = new ArrayList<>();
		for (int r = 0; r < REGIONS; r++) {
			List<Integer> members = new ArrayList<>();
			for (int c = r; c < COUNTRIES; c += REGIONS) {
				members.add(c);
			}
			floors.add(new Problem.Floor("R" + r, members.stream().mapToInt(Integer::intValue).toArray(),
					Math.round(budgetTotal * 0.12)));
		}
		return new Problem(items, cells, budgets, countries, floors);
	}

}
