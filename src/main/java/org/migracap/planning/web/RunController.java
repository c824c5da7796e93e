package org.migracap.planning.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.migracap.planning.domain.RunStatus;
import org.migracap.planning.domain.RunStore;
import org.migracap.planning.domain.ScenarioService;
import org.migracap.planning.domain.SolveService;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Htmx;
import org.migracap.platform.Role;
import org.migracap.platform.TabularExport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.migracap.planning.web.RunReport.Row;
import org.migracap.planning.web.RunReport.YearRow;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Optimiser runs: start one, watch its progress (HTMX polling), cancel it, read its plan with the explanation of every
 * candidate, the greedy comparison and the budget curve; compare scenarios side by side.
 */
@Controller
@Access({ Role.COORDINATOR, Role.ADMIN })
class RunController {

	private final SolveService solves;

	private final ScenarioService scenarios;

	private final PlanningText text;

	private final RunReport report;

	private final JsonMapper json = JsonMapper.builder().build();

	RunController(SolveService solves, ScenarioService scenarios, PlanningText text, RunReport report) {
		this.solves = solves;
		this.scenarios = scenarios;
		this.text = text;
		this.report = report;
	}

	public record SweepView(String budget, String objective, String bound, String greedy, String ratio,
			boolean feasible) {
	}

	public record Summary(String objective, String bound, String gapPercent, String greedy, String ratio,
			String cost, String greedyCost, boolean greedyFeasible, String seconds, int chosen, int greedyChosen) {
	}

	@PostMapping("/planning/scenarios/{id}/solve")
	String solve(@PathVariable long id) {
		long runId = solves.start(id, CurrentUser.required());
		return "redirect:/planning/runs/" + runId;
	}

	@GetMapping("/planning/runs/{runId}")
	String run(@PathVariable long runId, Model model, Locale locale) {
		RunStore.RunView run = solves.run(runId);
		ScenarioService.ScenarioView scenario = scenarios.get(run.scenarioId());
		model.addAttribute("run", run);
		model.addAttribute("scenario", scenario);
		model.addAttribute("current", run.scenarioVersion() == scenario.version());
		if (!run.status().finished()) {
			return "planning/run";
		}
		if (run.status() == RunStatus.INFEASIBLE) {
			model.addAttribute("conflicts", text.conflicts(run.messageArgs(), locale));
		}
		if (run.status().hasPlan()) {
			fill(run, scenario, model, locale);
		}
		return "planning/run";
	}

	@GetMapping("/planning/runs/{runId}/progress")
	String progress(@PathVariable long runId, Model model, HttpServletRequest request, HttpServletResponse response) {
		RunStore.RunView run = solves.run(runId);
		if (run.status().finished() && Htmx.isRequest(request)) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("run", run);
		return "planning/run :: progress";
	}

	@PostMapping("/planning/runs/{runId}/cancel")
	String cancel(@PathVariable long runId, RedirectAttributes redirect) {
		boolean asked = solves.cancel(runId);
		redirect.addFlashAttribute("flashSuccess", asked ? "planning.run.cancelAsked" : "planning.run.alreadyDone");
		return "redirect:/planning/runs/" + runId;
	}

	@GetMapping("/planning/runs/{runId}/export")
	ResponseEntity<byte[]> export(@PathVariable long runId, @RequestParam(defaultValue = "csv") String format,
			Locale locale) {
		RunStore.RunView run = solves.run(runId);
		List<List<?>> rows = rows(run, scenarios.get(run.scenarioId()), locale).stream()
			.<List<?>>map(r -> List.of(r.code(), r.title(), r.countries(), r.area(), r.indicator() == null ? "" : r.indicator(),
					r.oneOff(), r.recurrent(), r.startYear(), r.selected() ? "yes" : "no", r.greedySelected() ? "yes" : "no",
					r.benefit(), r.reason()))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), "migracap-run-" + runId,
				List.of("code", "title", "countries", "area", "indicator", "one_off_cost", "recurrent_cost",
						"start_year", "chosen", "greedy_chosen", "benefit_alone", "why"),
				rows);
	}

	@GetMapping("/planning/compare")
	String compare(@RequestParam(name = "ids", required = false) List<Long> ids, Model model, Locale locale) {
		List<Map<String, Object>> columns = new ArrayList<>();
		for (long id : ids == null ? List.<Long>of() : ids.stream().distinct().limit(4).toList()) {
			ScenarioService.ScenarioView scenario = scenarios.get(id);
			Map<String, Object> column = new LinkedHashMap<>();
			column.put("scenario", scenario);
			RunStore.@Nullable RunView run = report.latestWithPlan(id);
			column.put("run", run);
			if (run != null) {
				List<Row> rows = report.rows(run, scenario, locale);
				column.put("summary", summary(run, locale, rows));
				RunReport.Spending spending = RunReport.spending(scenario.settings(), rows);
				column.put("byCountry", spending.byCountry());
				column.put("byArea", spending.byArea());
			}
			columns.add(column);
		}
		model.addAttribute("columns", columns);
		model.addAttribute("all", scenarios.all());
		model.addAttribute("selected", ids == null ? List.of() : ids);
		return "planning/compare";
	}

	private void fill(RunStore.RunView run, ScenarioService.ScenarioView scenario, Model model, Locale locale) {
		List<Row> rows = rows(run, scenario, locale);
		model.addAttribute("chosenRows", rows.stream().filter(Row::selected).toList());
		model.addAttribute("leftRows", rows.stream().filter(r -> !r.selected()).toList());
		model.addAttribute("summary", summary(run, locale, rows));
		model.addAttribute("greedyBreaks", text.conflicts(run.greedyBreaks(), locale));
		List<YearRow> years = RunReport.years(scenario.settings(), rows);
		model.addAttribute("years", years);
		List<RunStore.SweepRow> sweep = solves.sweep(run.id());
		List<SweepView> sweepRows = sweep.stream()
			.map(s -> new SweepView(text.money(s.budget(), locale),
					s.objective() == null ? "—" : text.number(s.objective(), locale),
					s.bestBound() == null ? "—" : text.number(s.bestBound(), locale),
					s.greedyObjective() == null ? "—" : text.number(s.greedyObjective(), locale),
					s.objective() == null || s.greedyObjective() == null || s.greedyObjective() <= 0 ? "—"
							: text.number(s.objective() / s.greedyObjective(), locale),
					s.feasible()))
			.toList();
		model.addAttribute("sweep", sweepRows);
		model.addAttribute("sweepChart", chart(sweep, locale));
	}

	private String chart(List<RunStore.SweepRow> sweep, Locale locale) {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("animation", false);
		options.put("tooltip", Map.of("trigger", "axis"));
		options.put("legend", Map.of("top", 0));
		options.put("grid", Map.of("left", 70, "right", 20, "top", 40, "bottom", 50));
		options.put("xAxis", Map.of("type", "value", "name", text.text("planning.chart.budget", locale),
				"nameLocation", "middle", "nameGap", 30));
		options.put("yAxis", Map.of("type", "value", "name", text.text("planning.chart.benefit", locale)));
		List<List<Double>> optimiser = new ArrayList<>();
		List<List<Double>> greedy = new ArrayList<>();
		for (RunStore.SweepRow row : sweep) {
			if (row.objective() != null) {
				optimiser.add(List.of(row.budget(), round(row.objective())));
			}
			if (row.greedyObjective() != null) {
				greedy.add(List.of(row.budget(), round(row.greedyObjective())));
			}
		}
		options.put("series", List.of(
				Map.of("name", text.text("planning.chart.optimiser", locale), "type", "line", "data", optimiser),
				Map.of("name", text.text("planning.chart.greedy", locale), "type", "line", "data", greedy,
						"lineStyle", Map.of("type", "dashed"))));
		return json.writeValueAsString(options);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private Summary summary(RunStore.RunView run, Locale locale, List<Row> rows) {
		double objective = run.objective() == null ? 0 : run.objective();
		double bound = run.bestBound() == null ? objective : run.bestBound();
		double gap = RunReport.gap(run);
		double greedy = run.greedyObjective() == null ? 0 : run.greedyObjective();
		return new Summary(text.number(objective, locale), text.number(bound, locale), text.number(100 * gap, locale),
				text.number(greedy, locale), greedy <= 0 ? "—" : text.number(objective / greedy, locale),
				text.money(run.totalCost() == null ? 0 : run.totalCost(), locale),
				text.money(run.greedyCost() == null ? 0 : run.greedyCost(), locale),
				Boolean.TRUE.equals(run.greedyFeasible()),
				text.number(run.solveMillis() == null ? 0 : run.solveMillis() / 1000.0, locale),
				(int) rows.stream().filter(Row::selected).count(), (int) rows.stream().filter(Row::greedySelected).count());
	}

	private List<Row> rows(RunStore.RunView run, ScenarioService.ScenarioView scenario, Locale locale) {
		return report.rows(run, scenario, locale);
	}

}
