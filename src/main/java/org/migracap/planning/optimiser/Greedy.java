package org.migracap.planning.optimiser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The spreadsheet method: rank candidates by benefit per cost (each candidate's benefit counted as if it were alone),
 * then take them in that order while they fit the budgets, country caps, absorption limits, exclusion groups and
 * dependencies. Required items go first, whether they fit or not; regional floors cannot be steered this way, so the
 * result may break them ({@link Evaluation#violations} says).
 */
public final class Greedy {

	private Greedy() {
	}

	public static boolean[] solve(Problem p) {
		int n = p.items().size();
		boolean[] chosen = new boolean[n];
		double[] spent = new double[p.years()];
		double[] share = new double[p.countries().size()];
		double[] recurrent = new double[p.countries().size()];
		Set<String> groupsUsed = new HashSet<>();
		for (int i = 0; i < n; i++) {
			if (p.item(i).fixed() == Problem.Fixed.IN) {
				take(p, i, chosen, spent, share, recurrent, groupsUsed);
			}
		}
		for (int i : ranking(p)) {
			if (!chosen[i] && p.item(i).fixed() != Problem.Fixed.OUT && fits(p, i, chosen, spent, share, recurrent, groupsUsed)) {
				take(p, i, chosen, spent, share, recurrent, groupsUsed);
			}
		}
		return chosen;
	}

	/** Items in decreasing order of solo benefit per total cost (free items first), ties by position. */
	public static List<Integer> ranking(Problem p) {
		int n = p.items().size();
		double[] ratios = new double[n];
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			ratios[i] = ratio(p, i);
			order.add(i);
		}
		order.sort(Comparator.comparingDouble((Integer i) -> -ratios[i]).thenComparing(i -> i));
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

	private static boolean fits(Problem p, int i, boolean[] chosen, double[] spent, double[] share, double[] recurrent,
			Set<String> groupsUsed) {
		Problem.Item item = p.item(i);
		for (int r : item.requires()) {
			if (!chosen[r]) {
				return false;
			}
		}
		if (item.group() != null && groupsUsed.contains(item.group())) {
			return false;
		}
		for (int t = 0; t < spent.length; t++) {
			double after = spent[t] + item.yearlyCost()[t];
			if (item.yearlyCost()[t] > 0 && after > p.budgets()[t] + Evaluation.slack(p.budgets()[t])) {
				return false;
			}
		}
		double part = 1.0 / Math.max(1, item.countries().length);
		for (int c : item.countries()) {
			Problem.Country country = p.countries().get(c);
			if (country.cap() != null && item.totalCost() > 0
					&& share[c] + part * item.totalCost() > country.cap() + Evaluation.slack(country.cap())) {
				return false;
			}
			if (country.absorb() != null && item.recurrentAfter() > 0 && recurrent[c]
					+ part * item.recurrentAfter() > country.absorb() + Evaluation.slack(country.absorb())) {
				return false;
			}
		}
		return true;
	}

	private static void take(Problem p, int i, boolean[] chosen, double[] spent, double[] share, double[] recurrent,
			Set<String> groupsUsed) {
		Problem.Item item = p.item(i);
		chosen[i] = true;
		for (int t = 0; t < spent.length; t++) {
			spent[t] += item.yearlyCost()[t];
		}
		double part = 1.0 / Math.max(1, item.countries().length);
		for (int c : item.countries()) {
			share[c] += part * item.totalCost();
			recurrent[c] += part * item.recurrentAfter();
		}
		if (item.group() != null) {
			groupsUsed.add(item.group());
		}
	}

}
