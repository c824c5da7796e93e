package org.migracap.planning.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.planning.PlanAdopted;
import org.migracap.planning.domain.PlanningSources;
import org.migracap.planning.domain.RunStore;
import org.migracap.planning.domain.ScenarioService;
import org.migracap.planning.domain.ScenarioSettings;
import org.migracap.planning.domain.ScenarioStatus;
import org.migracap.planning.domain.SolveService;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ETags;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Planning as JSON for IOM staff, as the planning pages do it: scenarios with their weights and constraints (create,
 * read with an entity tag, update with {@code If-Match}, copy, delete), starting a solve and polling it, its results
 * with the explanation of every candidate, comparing scenarios, and adopting the plan (which drafts programmes, as
 * from the page).
 */
@RestController
@Access({ Role.COORDINATOR, Role.ADMIN })
class PlanningApiController {

	private final ScenarioService scenarios;

	private final SolveService solves;

	private final RunReport report;

	private final PlanningText text;

	private final PlanningSources sources;

	PlanningApiController(ScenarioService scenarios, SolveService solves, RunReport report, PlanningText text,
			PlanningSources sources) {
		this.sources = sources;
		this.scenarios = scenarios;
		this.solves = solves;
		this.report = report;
		this.text = text;
	}

	@Schema(description = "A scenario in the list.")
	record ScenarioRow(long id, String name, ScenarioStatus status, boolean demo, int startYear, int endYear,
			double totalBudget, long candidateCount, Instant createdAt, @Nullable Instant adoptedAt) {

		static ScenarioRow of(ScenarioService.ScenarioView s) {
			return new ScenarioRow(s.id(), s.name(), s.status(), s.demo(), s.settings().startYear(),
					s.settings().endYear(), s.settings().totalBudget(), s.candidateCount(), s.createdAt(), s.adoptedAt());
		}

	}

	@Schema(description = "How candidates are valued: the four criteria (0 to 10) and the weight of each focus area (0 to 100; missing areas weigh 1).")
	record Weights(double need, double leverage, double urgency, double lowResource, Map<FocusArea, Double> areas,
			@Schema(description = "Where the area weights come from: typed, or the workshop vote that set them.") String areasSource) {
	}

	@Schema(description = "The constraints a plan must meet beyond the yearly budgets.")
	record Constraints(@Schema(description = "The most spent in any one country over the horizon, USD.") @Nullable Double countryCap,
			@Schema(description = "UN M49 region code to the least spent there over the horizon, USD.") Map<String, Double> regionalFloors,
			@Schema(description = "Country to the recurrent cost per year it can take over when funding ends, USD.") Map<String, Double> absorption) {
	}

	@Schema(description = "A scenario with its weights and constraints; its ETag is its version.")
	record ScenarioResponse(long id, long version, String name, @Nullable String description, ScenarioStatus status,
			boolean demo, int startYear, int endYear,
			@Schema(description = "The budget of each year from startYear, USD.") List<Double> budgets,
			List<String> countries, Set<FocusArea> areas, Weights weights, Constraints constraints,
			long candidateCount, Instant createdAt, @Nullable Instant adoptedAt, @Nullable String adoptedBy,
			@Schema(description = "The latest run of the scenario, if any.") @Nullable Long latestRunId) {
	}

	@Schema(description = "A scenario as a client writes it (all of it, on create and on update): budgets, countries and areas, criteria and area weights, constraints.",
			example = """
					{"name": "Horn of Africa 2027-2029", "description": "Three years, border management first",
					 "startYear": 2027, "budgets": [1500000, 1500000, 1500000], "countries": ["KEN", "UGA", "ETH"],
					 "areas": ["B", "C"], "needWeight": 1, "leverageWeight": 1, "urgencyWeight": 2,
					 "lowResourceWeight": 1, "areaWeights": {"B": 2}, "countryCap": 2000000,
					 "regionalFloors": {}, "absorption": {"KEN": 50000}}""")
	record ScenarioBody(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 2000) String description,
			@NotNull @Min(2000) @Max(2100) Integer startYear,
			@NotEmpty @Size(max = ScenarioService.MAX_HORIZON) List<@NotNull @DecimalMin("0") @DecimalMax("1e12") Double> budgets,
			@NotEmpty @Size(max = 250) List<@NotBlank @Size(max = 3) String> countries,
			@Nullable @Size(max = 10) Set<@NotNull FocusArea> areas,
			@Nullable @DecimalMin("0") @DecimalMax("10") Double needWeight,
			@Nullable @DecimalMin("0") @DecimalMax("10") Double leverageWeight,
			@Nullable @DecimalMin("0") @DecimalMax("10") Double urgencyWeight,
			@Nullable @DecimalMin("0") @DecimalMax("10") Double lowResourceWeight,
			@Nullable @Size(max = 10) Map<@NotNull FocusArea, @NotNull @DecimalMin("0") @DecimalMax("100") Double> areaWeights,
			@Nullable @DecimalMin("0") @DecimalMax("1e12") Double countryCap,
			@Nullable @Size(max = 30) Map<@NotBlank @Size(max = 3) String, @NotNull @DecimalMin("0") @DecimalMax("1e12") Double> regionalFloors,
			@Nullable @Size(max = 250) Map<@NotBlank @Size(max = 3) String, @NotNull @DecimalMin("0") @DecimalMax("1e12") Double> absorption) {

		/** The settings as the scenario form makes them: codes upper-cased, area weights of 1 left out. */
		ScenarioSettings toSettings(String areaWeightsSource) {
			Map<FocusArea, Double> weights = new EnumMap<>(FocusArea.class);
			if (areaWeights != null) {
				areaWeights.forEach((area, weight) -> {
					if (weight != 1.0) {
						weights.put(area, weight);
					}
				});
			}
			return new ScenarioSettings(name.trim(), description == null || description.isBlank() ? null : description.trim(),
					startYear, budgets, countries.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).distinct().toList(),
					areas == null ? EnumSet.noneOf(FocusArea.class) : areas, or1(needWeight), or1(leverageWeight),
					or1(urgencyWeight), or1(lowResourceWeight), weights, areaWeightsSource, countryCap,
					upper(regionalFloors), upper(absorption));
		}

		private static double or1(@Nullable Double value) {
			return value == null ? 1 : value;
		}

		private static Map<String, Double> upper(@Nullable Map<String, Double> map) {
			Map<String, Double> out = new LinkedHashMap<>();
			if (map != null) {
				map.forEach((k, v) -> out.put(k.trim().toUpperCase(Locale.ROOT), v));
			}
			return out;
		}

	}

	@Schema(description = "A copy of a scenario with another budget, to compare.",
			example = "{\"name\": \"Horn of Africa — half budget\", \"budgetFactor\": 0.5}")
	record CopyBody(@Nullable @Size(max = 200) String name,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100")
			@Digits(integer = 3, fraction = 2) BigDecimal budgetFactor) {
	}

	@Schema(description = "A run of the optimiser: status, phase and progress while it runs, then its figures.")
	record RunResponse(long id, long scenarioId, String status, String phase, int progress,
			@Schema(description = "true when the run is no longer queued or running.") boolean finished,
			@Schema(description = "true when the run found a plan (OPTIMAL or FEASIBLE).") boolean hasPlan,
			@Nullable Double objective, @Nullable Double bestBound, @Nullable Double greedyObjective,
			@Nullable Long solveMillis, List<Long> chosenCandidates, @Nullable String message) {
	}

	@Schema(description = "One candidate of a run: chosen or not, by the optimiser and by the greedy comparison, and why.")
	record ResultRow(long candidateId, String code, String title, List<String> countries, String area,
			@Nullable String indicator, double oneOffCost, double recurrentCost, int startYear, boolean chosen,
			boolean greedyChosen, @Schema(description = "Benefit of the candidate alone.") double benefit,
			@Schema(description = "Why the candidate is in or out of the plan, as the run page says it.") String why,
			@Schema(description = "The kind of reason, e.g. VALUE, COST, DEPENDENCY, REQUIRED, EXCLUDED.") String reasonKey,
			@Schema(description = "true when the explanation is an estimate (not re-solved).") boolean estimate) {
	}

	@Schema(description = "A run's results: the plan, the greedy comparison, spending per year, country and area, the budget sweep, and the constraints in conflict when there is no plan.")
	record RunResults(RunResponse run, @Nullable Double totalCost, @Nullable Double greedyCost,
			@Nullable Boolean greedyFeasible, @Schema(description = "Relative gap between bound and plan, percent.") double gapPercent,
			List<ResultRow> chosen, List<ResultRow> left, List<RunReport.YearRow> years,
			Map<String, Double> spendingByCountry, Map<String, Double> spendingByArea, List<RunStore.SweepRow> sweep,
			@Schema(description = "The constraints the greedy plan breaks.") List<String> greedyBreaks,
			@Schema(description = "When the constraints cannot all be met: the constraints in conflict.") List<String> conflicts) {
	}

	@Schema(description = "One scenario of a comparison, with the figures of its latest run that found a plan.")
	record ComparisonColumn(ScenarioRow scenario, @Nullable RunResponse run, @Nullable Double totalCost,
			int chosenCount, Map<String, Double> spendingByCountry, Map<String, Double> spendingByArea) {
	}

	@Schema(description = "An adopted plan: the interventions that become draft programmes.")
	record AdoptionResponse(long scenarioId, ScenarioStatus status, long version, int interventions,
			List<Long> candidateIds) {
	}

	@GetMapping(path = "/api/planning/scenarios", produces = MediaType.APPLICATION_JSON_VALUE)
	PagedModel<ScenarioRow> scenarios(@ParameterObject ScenarioListParameters parameters) {
		return parameters.apply(scenarios.all(), ScenarioRow::of);
	}

	@GetMapping(path = "/api/planning/scenarios/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ScenarioResponse> scenario(@PathVariable long id) {
		ScenarioResponse body = response(scenarios.get(id));
		return ResponseEntity.ok().eTag(ETags.of(body.version())).body(body);
	}

	@PostMapping(path = "/api/planning/scenarios", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ScenarioResponse> create(@Valid @RequestBody ScenarioBody body) {
		ScenarioResponse created = response(scenarios.create(body.toSettings(ScenarioSettings.TYPED)));
		return ResponseEntity.created(URI.create("/api/planning/scenarios/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(created);
	}

	/** Replaces the scenario's settings; area weights typed here replace those of a vote, as in the page. */
	@PutMapping(path = "/api/planning/scenarios/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ScenarioResponse> update(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ScenarioBody body) {
		ScenarioService.ScenarioView current = scenarios.get(id);
		ETags.check(ifMatch, "scenario", id, current.version());
		ScenarioSettings settings = body.toSettings(current.settings().areaWeightsSource());
		if (!settings.areaWeights().equals(current.settings().areaWeights())) {
			settings = settings.withAreaWeights(settings.areaWeights(), ScenarioSettings.TYPED);
		}
		ScenarioResponse updated = response(scenarios.update(id, current.version(), settings));
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
	}

	@DeleteMapping("/api/planning/scenarios/{id}")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		ETags.check(ifMatch, "scenario", id, scenarios.get(id).version());
		scenarios.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/api/planning/scenarios/{id}/copy", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ScenarioResponse> copy(@PathVariable long id, @Valid @RequestBody CopyBody body) {
		ScenarioResponse copy = response(
				scenarios.copy(id, body.name() == null ? "" : body.name(), body.budgetFactor().doubleValue()));
		return ResponseEntity.created(URI.create("/api/planning/scenarios/" + copy.id()))
			.eTag(ETags.of(copy.version()))
			.body(copy);
	}

	/** Queues a solve of the scenario as it stands; poll the run in {@code Location} until it is finished. */
	@PostMapping(path = "/api/planning/scenarios/{id}/runs", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RunResponse> solve(@PathVariable long id, Locale locale) {
		long runId = solves.start(id, CurrentUser.required());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/planning/runs/" + runId))
			.body(run(solves.run(runId), locale));
	}

	/**
	 * Adopts the plan of the scenario's latest run that found one, as the scenario page does: the scenario is frozen
	 * and {@code PlanAdopted} drafts one programme per chosen candidate. 409 when there is no plan, the scenario
	 * changed since it was solved, or it is adopted already; 412 when {@code If-Match} names another version.
	 */
	@PostMapping(path = "/api/planning/scenarios/{id}/adopt", produces = MediaType.APPLICATION_JSON_VALUE)
	AdoptionResponse adopt(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		ScenarioService.ScenarioView current = scenarios.get(id);
		ETags.check(ifMatch, "scenario", id, current.version());
		PlanAdopted plan = scenarios.adopt(id, current.version(), CurrentUser.required());
		ScenarioService.ScenarioView adopted = scenarios.get(id);
		return new AdoptionResponse(id, adopted.status(), adopted.version(), plan.interventions().size(),
				plan.interventions().stream().map(i -> i.candidateId()).toList());
	}

	@Schema(description = "How many gap rows the scenario's gap table now has from the published assessments.")
	record GapsLoaded(int rows) {
	}

	/**
	 * Fills the scenario's gap table from the latest published assessments of its countries (levels and targets), as
	 * the scenario page's button does; the gaps then weigh the candidates of those countries.
	 */
	@PostMapping(path = "/api/planning/scenarios/{id}/gaps/from-assessments", produces = MediaType.APPLICATION_JSON_VALUE)
	GapsLoaded gapsFromAssessments(@PathVariable long id) {
		return new GapsLoaded(sources.loadGapsFromAssessments(id, CurrentUser.current()));
	}

	@GetMapping(path = "/api/planning/runs/{runId}", produces = MediaType.APPLICATION_JSON_VALUE)
	RunResponse run(@PathVariable long runId, Locale locale) {
		return run(solves.run(runId), locale);
	}

	/** Asks a queued or running run to stop; it keeps the best plan found so far. */
	@PostMapping(path = "/api/planning/runs/{runId}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RunResponse> cancel(@PathVariable long runId, Locale locale) {
		if (!solves.cancel(runId)) {
			throw RuleViolationException.conflict("planning.run.alreadyDone");
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(run(solves.run(runId), locale));
	}

	@GetMapping(path = "/api/planning/runs/{runId}/results", produces = MediaType.APPLICATION_JSON_VALUE)
	RunResults results(@PathVariable long runId, Locale locale) {
		RunStore.RunView run = solves.run(runId);
		ScenarioService.ScenarioView scenario = scenarios.get(run.scenarioId());
		List<RunReport.Row> rows = run.status().hasPlan() ? report.rows(run, scenario, locale) : List.of();
		RunReport.Spending spending = RunReport.spending(scenario.settings(), rows);
		List<String> conflicts = run.status() == org.migracap.planning.domain.RunStatus.INFEASIBLE
				? text.conflicts(run.messageArgs(), locale) : List.of();
		return new RunResults(run(run, locale), run.totalCost(), run.greedyCost(), run.greedyFeasible(),
				100 * RunReport.gap(run), rows.stream().filter(RunReport.Row::selected).map(PlanningApiController::row).toList(),
				rows.stream().filter(r -> !r.selected()).map(PlanningApiController::row).toList(),
				run.status().hasPlan() ? RunReport.years(scenario.settings(), rows) : List.of(), spending.byCountry(),
				spending.byArea(), solves.sweep(runId), text.conflicts(run.greedyBreaks(), locale), conflicts);
	}

	/**
	 * Scenarios side by side (at most four ids; none: an empty comparison), each with its latest run that found a plan,
	 * as the comparison page.
	 */
	@GetMapping(path = "/api/planning/compare", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ComparisonColumn> compare(
			@RequestParam(name = "ids", required = false) @Size(max = 4) @Nullable List<Long> ids, Locale locale) {
		List<ComparisonColumn> columns = new ArrayList<>();
		for (long id : ids == null ? List.<Long>of() : ids.stream().distinct().toList()) {
			ScenarioService.ScenarioView scenario = scenarios.get(id);
			RunStore.@Nullable RunView run = report.latestWithPlan(id);
			if (run == null) {
				columns.add(new ComparisonColumn(ScenarioRow.of(scenario), null, null, 0, Map.of(), Map.of()));
				continue;
			}
			List<RunReport.Row> rows = report.rows(run, scenario, locale);
			RunReport.Spending spending = RunReport.spending(scenario.settings(), rows);
			columns.add(new ComparisonColumn(ScenarioRow.of(scenario), run(run, locale), run.totalCost(),
					(int) rows.stream().filter(RunReport.Row::selected).count(), spending.byCountry(), spending.byArea()));
		}
		return columns;
	}

	private static ResultRow row(RunReport.Row r) {
		return new ResultRow(r.candidateId(), r.code(), r.title(), List.of(r.countries().split(", ")), r.area(),
				r.indicator(), r.oneOff(), r.recurrent(), r.startYear(), r.selected(), r.greedySelected(), r.benefit(),
				r.reason(), r.reasonKey(), r.estimate());
	}

	private RunResponse run(RunStore.RunView run, Locale locale) {
		List<Long> chosen = solves.choices(run.id()).stream().filter(RunStore.ChoiceRow::selected).map(RunStore.ChoiceRow::candidateId).toList();
		String message = run.messageKey() == null ? null
				: text.text(run.messageKey(), locale, run.messageKey().equals("planning.run.infeasible") ? new Object[0]
						: run.messageArgs().toArray());
		return new RunResponse(run.id(), run.scenarioId(), run.status().name(), run.phase(), run.progress(),
				run.status().finished(), run.status().hasPlan(), run.objective(), run.bestBound(), run.greedyObjective(),
				run.solveMillis(), chosen, message);
	}

	private ScenarioResponse response(ScenarioService.ScenarioView s) {
		ScenarioSettings t = s.settings();
		Map<FocusArea, Double> areaWeights = new EnumMap<>(FocusArea.class);
		for (FocusArea area : FocusArea.values()) {
			areaWeights.put(area, t.areaWeight(area));
		}
		Long latest = solves.runsOf(s.id()).stream().findFirst().map(RunStore.RunView::id).orElse(null);
		return new ScenarioResponse(s.id(), s.version(), s.name(), t.description(), s.status(), s.demo(), t.startYear(),
				t.endYear(), t.budgets(), t.countries(), t.areas(),
				new Weights(t.needWeight(), t.leverageWeight(), t.urgencyWeight(), t.lowResourceWeight(), areaWeights,
						t.areaWeightsSource()),
				new Constraints(t.countryCap(), t.regionalFloors(), t.absorption()), s.candidateCount(), s.createdAt(),
				s.adoptedAt(), s.adoptedBy(), latest);
	}

}
