package org.migracap.planning.optimiser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A budget-allocation problem: choose items (candidate interventions) to maximise the weighted, capped gain
 * {@code sum_k weight_k * gain_k} with {@code gain_k <= gap_k} and {@code gain_k <= sum of uplift_i over chosen items i
 * that target cell k}, subject to a budget per year, a cap per country on its share of total cost, the recurrent cost
 * per year each country can absorb after the horizon, floors on what is spent per region, fixed choices, dependencies
 * and exclusion groups. A joint item's costs are shared equally by the countries it serves.
 */
public record Problem(List<Item> items, List<Cell> cells, double[] budgets, List<Country> countries,
		List<Floor> floors) {

	public Problem {
		items = List.copyOf(items);
		cells = List.copyOf(cells);
		budgets = budgets.clone();
		countries = List.copyOf(countries);
		floors = List.copyOf(floors);
	}

	/** A choice fixed by the user. */
	public enum Fixed {

		FREE, IN, OUT

	}

	/**
	 * A candidate. {@code yearlyCost[t]} is what it costs in budget year {@code t} (one-off cost in its start year,
	 * recurrent cost in each later year); {@code recurrentAfter} is the recurrent cost per year the countries it serves
	 * take over when funding ends; {@code requires} are indices of items that must be chosen with it.
	 */
	public record Item(String code, double[] yearlyCost, double recurrentAfter, double uplift, int[] cells,
			int[] countries, @Nullable String group, int[] requires, Fixed fixed) {

		public Item {
			yearlyCost = yearlyCost.clone();
			cells = cells.clone();
			countries = countries.clone();
			requires = requires.clone();
		}

		public double totalCost() {
			return Arrays.stream(yearlyCost).sum();
		}

		/** The share of this item's costs borne by a country: 1/n for each of the n countries it serves. */
		public double share(int country) {
			for (int c : countries) {
				if (c == country) {
					return 1.0 / countries.length;
				}
			}
			return 0;
		}

		/** The share of this item's costs spent in the given countries. */
		public double shareIn(int[] region) {
			if (countries.length == 0) {
				return 0;
			}
			int inside = 0;
			for (int c : countries) {
				for (int r : region) {
					if (c == r) {
						inside++;
						break;
					}
				}
			}
			return (double) inside / countries.length;
		}

		public Item withFixed(Fixed newFixed) {
			return new Item(code, yearlyCost, recurrentAfter, uplift, cells, countries, group, requires, newFixed);
		}

		public Item withCostFactor(double factor) {
			double[] costs = yearlyCost.clone();
			for (int t = 0; t < costs.length; t++) {
				costs[t] *= factor;
			}
			return new Item(code, costs, recurrentAfter * factor, uplift, cells, countries, group, requires, fixed);
		}

	}

	/** A (country, indicator) gap in levels, and the weight of one level gained there. */
	public record Cell(String label, double gap, double weight) {
	}

	/**
	 * A country: {@code cap} limits its share of total cost over the horizon, {@code absorb} the recurrent cost per
	 * year it can take over after the horizon; either may be absent.
	 */
	public record Country(String code, @Nullable Double cap, @Nullable Double absorb) {
	}

	/** At least {@code minimum} to be spent over the horizon in the countries of a region. */
	public record Floor(String code, int[] countries, double minimum) {

		public Floor {
			countries = countries.clone();
		}

	}

	public int years() {
		return budgets.length;
	}

	public Item item(int i) {
		return items.get(i);
	}

	/** Every constraint that can be switched off when looking for the cause of infeasibility. */
	public List<Constraint> constraints() {
		List<Constraint> out = new ArrayList<>();
		for (int t = 0; t < budgets.length; t++) {
			out.add(new Constraint.Budget(t));
		}
		for (int c = 0; c < countries.size(); c++) {
			if (countries.get(c).cap() != null) {
				out.add(new Constraint.CountryCap(c));
			}
			if (countries.get(c).absorb() != null) {
				out.add(new Constraint.Absorption(c));
			}
		}
		for (int f = 0; f < floors.size(); f++) {
			out.add(new Constraint.RegionalFloor(f));
		}
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			if (item.fixed() == Fixed.IN) {
				out.add(new Constraint.MustInclude(i));
			}
			else if (item.fixed() == Fixed.OUT) {
				out.add(new Constraint.MustExclude(i));
			}
			for (int r : item.requires()) {
				out.add(new Constraint.Dependency(i, r));
			}
		}
		groups().keySet().forEach(g -> out.add(new Constraint.Exclusion(g)));
		return out;
	}

	/** Exclusion groups with at least two members, by name. */
	public Map<String, List<Integer>> groups() {
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			String g = items.get(i).group();
			if (g != null) {
				groups.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
			}
		}
		groups.values().removeIf(members -> members.size() < 2);
		return groups;
	}

	/** For each cell, the items that target it. */
	public int[][] itemsByCell() {
		List<List<Integer>> lists = new ArrayList<>();
		for (int k = 0; k < cells.size(); k++) {
			lists.add(new ArrayList<>());
		}
		for (int i = 0; i < items.size(); i++) {
			for (int k : items.get(i).cells()) {
				lists.get(k).add(i);
			}
		}
		return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}

	public Problem withItem(int index, Item item) {
		List<Item> copy = new ArrayList<>(items);
		copy.set(index, item);
		return new Problem(copy, cells, budgets, countries, floors);
	}

	public Problem withCellWeights(int[] cellIndices, double factor) {
		List<Cell> copy = new ArrayList<>(cells);
		for (int k : cellIndices) {
			Cell cell = copy.get(k);
			copy.set(k, new Cell(cell.label(), cell.gap(), cell.weight() * factor));
		}
		return new Problem(items, copy, budgets, countries, floors);
	}

	public Problem withBudgetFactor(double factor) {
		double[] scaled = budgets.clone();
		for (int t = 0; t < scaled.length; t++) {
			scaled[t] *= factor;
		}
		return new Problem(items, cells, scaled, countries, floors);
	}

	/** The same constraints with every weight 0: for feasibility checks. */
	public Problem withoutObjective() {
		List<Cell> zero = cells.stream().map(c -> new Cell(c.label(), c.gap(), 0)).toList();
		return new Problem(items, zero, budgets, countries, floors);
	}

	public double totalBudget() {
		return Arrays.stream(budgets).sum();
	}

}
