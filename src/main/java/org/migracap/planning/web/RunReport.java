package org.migracap.planning.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.migracap.planning.domain.CandidateService;
import org.migracap.planning.domain.CandidateView;
import org.migracap.planning.domain.RunStore;
import org.migracap.planning.domain.ScenarioService;
import org.migracap.planning.domain.ScenarioSettings;
import org.migracap.planning.domain.SolveService;
import org.springframework.stereotype.Component;

/**
 * A run's plan as the run page, the comparison page and the API show it: one row per candidate with its explanation,
 * the spending per year against the budget, and the spending per country and area. Shared by {@link RunController}
 * and {@link PlanningApiController} so that both read the same figures.
 */
@Component
class RunReport {

	private final SolveService solves;

	private final CandidateService candidates;

	private final PlanningText text;

	RunReport(SolveService solves, CandidateService candidates, PlanningText text) {
		this.solves = solves;
		this.candidates = candidates;
		this.text = text;
	}

	public record Row(long candidateId, String code, String title, String countries, String area,
			@Nullable String indicator, double oneOff, double recurrent, int startYear, boolean selected,
			boolean greedySelected, double benefit, String reason, boolean estimate, String reasonKey) {
	}

	public record YearRow(int year, double budget, double planned, double greedy) {
	}

	/** Spending of the chosen candidates over the horizon, by country (shared equally) and by area. */
	public record Spending(Map<String, Double> byCountry, Map<String, Double> byArea) {
	}

	/** Every candidate of the run with its choice and explanation, by code. */
	List<Row> rows(RunStore.RunView run, ScenarioService.ScenarioView scenario, Locale locale) {
		Map<Long, CandidateView> byId = new HashMap<>();
		candidates.list(scenario.id()).forEach(c -> byId.put(c.id(), c));
		List<Row> rows = new ArrayList<>();
		for (RunStore.ChoiceRow choice : solves.choices(run.id())) {
			CandidateView c = byId.get(choice.candidateId());
			if (c == null) {
				continue;
			}
			rows.add(new Row(c.id(), c.code(), c.title(), String.join(", ", c.countries()), c.area().code(),
					c.indicatorCode(), c.oneOffCost(), c.recurrentCost(), c.startYear(), choice.selected(),
					choice.greedySelected(), choice.benefit(), text.reason(choice, locale),
					"ESTIMATE".equals(choice.method()), choice.reasonKey()));
		}
		rows.sort(Comparator.comparing(Row::code));
		return rows;
	}

	/** Per year of the horizon: the budget, the optimiser's plan and the greedy plan. */
	static List<YearRow> years(ScenarioSettings settings, List<Row> rows) {
		List<YearRow> years = new ArrayList<>();
		for (int t = 0; t < settings.horizonYears(); t++) {
			int year = settings.startYear() + t;
			double planned = 0;
			double greedy = 0;
			for (Row row : rows) {
				double cost = year == row.startYear() ? row.oneOff() : year > row.startYear() ? row.recurrent() : 0;
				planned += row.selected() ? cost : 0;
				greedy += row.greedySelected() ? cost : 0;
			}
			years.add(new YearRow(year, settings.budgets().get(t), planned, greedy));
		}
		return years;
	}

	static Spending spending(ScenarioSettings settings, List<Row> rows) {
		Map<String, Double> byCountry = new TreeMap<>();
		Map<String, Double> byArea = new TreeMap<>();
		for (Row row : rows) {
			if (row.selected()) {
				String[] served = row.countries().split(", ");
				double cost = row.oneOff() + row.recurrent() * Math.max(0, settings.endYear() - row.startYear());
				for (String iso3 : served) {
					byCountry.merge(iso3, cost / served.length, Double::sum);
				}
				byArea.merge(row.area(), cost, Double::sum);
			}
		}
		return new Spending(byCountry, byArea);
	}

	/** The latest run of the scenario that found a plan, as the comparison shows it. */
	RunStore.@Nullable RunView latestWithPlan(long scenarioId) {
		return solves.runsOf(scenarioId).stream().filter(r -> r.status().hasPlan()).findFirst().orElse(null);
	}

	/** The relative gap between the best bound and the plan's objective, from 0. */
	static double gap(RunStore.RunView run) {
		double objective = run.objective() == null ? 0 : run.objective();
		double bound = run.bestBound() == null ? objective : run.bestBound();
		return bound <= 1e-9 ? 0 : Math.max(0, bound - objective) / bound;
	}

}
