package org.migracap.planning.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.migracap.planning.PlanningApi;
import org.migracap.planning.ScenarioSummary;
import org.migracap.planning.domain.RunStore;
import org.migracap.planning.domain.SolveService;
import org.migracap.platform.Access;
import org.migracap.platform.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Planning as JSON for IOM staff: the scenarios, and a run's status, figures and choices.
 */
@RestController
@Access({ Role.COORDINATOR, Role.ADMIN })
class PlanningApiController {

	private final PlanningApi api;

	private final SolveService solves;

	PlanningApiController(PlanningApi api, SolveService solves) {
		this.api = api;
		this.solves = solves;
	}

	public record RunResponse(long id, long scenarioId, String status, String phase, int progress,
			@Nullable Double objective, @Nullable Double bestBound, @Nullable Double greedyObjective,
			@Nullable Long solveMillis, List<Long> chosenCandidates) {
	}

	@GetMapping("/api/planning/scenarios")
	List<ScenarioSummary> scenarios() {
		return api.scenarios();
	}

	@GetMapping("/api/planning/runs/{runId}")
	RunResponse run(@PathVariable long runId) {
		RunStore.RunView run = solves.run(runId);
		List<Long> chosen = solves.choices(runId).stream().filter(RunStore.ChoiceRow::selected).map(RunStore.ChoiceRow::candidateId).toList();
		return new RunResponse(run.id(), run.scenarioId(), run.status().name(), run.phase(), run.progress(),
				run.objective(), run.bestBound(), run.greedyObjective(), run.solveMillis(), chosen);
	}

}
