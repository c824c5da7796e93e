package org.migracap.planning.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.migracap.planning.optimiser.Cancellation;
import org.migracap.planning.optimiser.Constraint;
import org.migracap.planning.optimiser.CpSatEngine;
import org.migracap.planning.optimiser.Engine;
import org.migracap.planning.optimiser.Evaluation;
import org.migracap.planning.optimiser.Explanation;
import org.migracap.planning.optimiser.MipEngine;
import org.migracap.planning.optimiser.Planner;
import org.migracap.planning.optimiser.Problem;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solving a scenario in the background: a run is recorded, queued on the planning solver thread (one solve at a time,
 * so that the machine stays responsive), reports its phase and progress to the database, stops when a user asks it
 * to, and stores the plan, the greedy comparison, the budget sweep and the explanation of every candidate. When the
 * constraints cannot all be met, it stores the constraints in conflict instead.
 */
@Service
public class SolveService {

	private static final Logger log = LoggerFactory.getLogger(SolveService.class);

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "planning-solver");
		thread.setDaemon(true);
		return thread;
	});

	private final ScenarioService scenarios;

	private final CandidateService candidates;

	private final GapTable gaps;

	private final ProblemBuilder builder;

	private final RunStore runs;

	private final PlanningSettings settings;

	private final TransactionTemplate transactions;

	private final PlanningSources sources;

	SolveService(PlanningSources sources, ScenarioService scenarios, CandidateService candidates, GapTable gaps, ProblemBuilder builder,
			RunStore runs, PlanningSettings settings, TransactionTemplate transactions) {
		this.scenarios = scenarios;
		this.candidates = candidates;
		this.gaps = gaps;
		this.builder = builder;
		this.runs = runs;
		this.settings = settings;
		this.transactions = transactions;
		this.sources = sources;
	}

	@EventListener(ApplicationReadyEvent.class)
	void abandonRunsOfStoppedInstances() {
		int abandoned = runs.abandonUnfinished();
		if (abandoned > 0) {
			log.info("Marked {} planning run(s) left unfinished by a stopped instance as cancelled", abandoned);
		}
	}

	/**
	 * Keeps this instance's runs claimed, and takes over (cancels) those of an instance whose heartbeat went stale, so
	 * that a run of a crashed instance does not stay "running" until the next start.
	 */
	@Scheduled(fixedDelayString = "${migracap.planning.run-heartbeat-seconds:10}", timeUnit = TimeUnit.SECONDS)
	void heartbeat() {
		runs.heartbeat();
		abandonRunsOfStoppedInstances();
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	/** Queues a run of the scenario and returns its id. */
	public long start(long scenarioId, CurrentUser actor) {
		ScenarioService.ScenarioView scenario = scenarios.get(scenarioId);
		if (scenario.adopted()) {
			throw RuleViolationException.conflict("planning.error.adopted");
		}
		if (scenario.candidateCount() == 0) {
			throw RuleViolationException.invalid("planning.error.noCandidates");
		}
		long runId = runs.create(scenarioId, scenario.version(), engine().name(), actor.username());
		executor.submit(() -> execute(runId, scenarioId));
		return runId;
	}

	/** Asks a queued or running run to stop; it keeps the best plan found so far. */
	public boolean cancel(long runId) {
		run(runId);
		return runs.requestCancel(runId);
	}

	public RunStore.RunView run(long runId) {
		return runs.find(runId).orElseThrow(() -> NotFoundException.of("run", runId));
	}

	public List<RunStore.RunView> runsOf(long scenarioId) {
		return runs.ofScenario(scenarioId);
	}

	public List<RunStore.ChoiceRow> choices(long runId) {
		return runs.choices(runId);
	}

	public List<RunStore.SweepRow> sweep(long runId) {
		return runs.sweep(runId);
	}

	/** The problem of a scenario as it stands, for pages that show weights and spending. */
	public ProblemBuilder.Built problem(long scenarioId) {
		return transactions.execute(status -> {
			ScenarioService.ScenarioView scenario = scenarios.get(scenarioId);
			return builder.build(scenario.settings(), candidates.list(scenarioId), gaps.rows(scenarioId),
					sources.leverage());
		});
	}

	Engine engine() {
		return switch (settings.solver()) {
			case "CP-SAT" -> new CpSatEngine();
			case "MIP-CBC" -> new MipEngine("CBC");
			default -> new MipEngine("SCIP");
		};
	}

	private void execute(long runId, long scenarioId) {
		try {
			if (runs.cancelRequested(runId)) {
				runs.finish(runId, RunStatus.CANCELLED, 0L, null, null, null, null, null, null, "planning.run.cancelledBeforeStart", List.of());
				return;
			}
			runs.progress(runId, "build", 2);
			ProblemBuilder.Built built = problem(scenarioId);
			Problem problem = built.problem();
			Engine engine = engine();
			Engine.Options options = new Engine.Options(settings.timeLimitSeconds(), settings.relativeGap(), 2);
			Planner.Settings plan = new Planner.Settings(options,
					settings.sweepFactors().stream().mapToDouble(Double::doubleValue).toArray(),
					settings.exactExplainLimit(), settings.explainSeconds());
			Cancellation cancel = () -> runs.cancelRequested(runId);
			long started = System.nanoTime();
			Planner.Report report = new Planner(engine).run(problem, plan, cancel, (phase, percent) -> runs.progress(runId, phase, percent));
			long millis = report.best().millis();
			List<String> codes = built.candidates().stream().map(CandidateView::code).toList();
			runs.greedyBreaks(runId, Evaluation.violations(problem, report.greedy()).stream().map(c -> token(c, built)).toList());
			if (report.best().status() == org.migracap.planning.optimiser.Result.Status.INFEASIBLE) {
				List<String> tokens = report.conflict().stream().map(c -> token(c, built)).toList();
				runs.finish(runId, RunStatus.INFEASIBLE, millis, null, null, report.greedyObjective(),
						report.greedyFeasible(), null, Evaluation.totalCost(problem, report.greedy()),
						"planning.run.infeasible", tokens);
				return;
			}
			if (!report.best().hasSolution()) {
				runs.finish(runId, report.cancelled() ? RunStatus.CANCELLED : RunStatus.FAILED, millis, null, null,
						report.greedyObjective(), report.greedyFeasible(), null, null,
						report.cancelled() ? "planning.run.cancelledNoPlan" : "planning.run.noPlanInTime",
						List.of(String.valueOf((long) settings.timeLimitSeconds())));
				return;
			}
			List<RunStore.ChoiceRow> rows = new ArrayList<>();
			boolean[] chosen = report.best().chosen();
			for (int i = 0; i < codes.size(); i++) {
				Explanation e = i < report.explanations().size() ? report.explanations().get(i) : null;
				rows.add(new RunStore.ChoiceRow(built.candidates().get(i).id(), chosen[i], report.greedy()[i],
						Evaluation.soloBenefit(problem, i), e == null ? "NOT_EXPLAINED" : e.reason().name(),
						e == null ? List.of() : args(e, built, codes), e == null ? "NONE" : e.method().name()));
			}
			runs.saveChoices(runId, rows);
			runs.saveSweep(runId, report.sweep()
				.stream()
				.map(s -> new RunStore.SweepRow(s.factor(), s.budget(),
						s.result().hasSolution() ? s.result().objective() : null,
						s.result().hasSolution() ? s.result().bound() : null, s.greedyObjective(),
						s.result().hasSolution()))
				.toList());
			boolean proven = report.best().status() == org.migracap.planning.optimiser.Result.Status.OPTIMAL;
			RunStatus status = proven ? RunStatus.OPTIMAL : RunStatus.FEASIBLE;
			runs.finish(runId, status, millis, report.best().objective(), report.best().bound(),
					report.greedyObjective(), report.greedyFeasible(), Evaluation.totalCost(problem, chosen),
					Evaluation.totalCost(problem, report.greedy()),
					report.cancelled() ? "planning.run.cancelledWithPlan" : null, List.of());
			if (run(runId).scenarioVersion() == scenarios.get(scenarioId).version()) {
				scenarios.markSolved(scenarioId);
				runs.solvedVersion(runId, scenarios.get(scenarioId).version());
			}
			log.info("Planning run {} of scenario {}: {} in {} ms (total {} ms)", runId, scenarioId, status, millis,
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.error("Planning run {} failed", runId, ex);
			runs.finish(runId, RunStatus.FAILED, null, null, null, null, null, null, null, "planning.run.failed",
					List.of());
		}
	}

	private static List<String> args(Explanation e, ProblemBuilder.Built built, List<String> codes) {
		return List.of(number(e.loss()), e.costThreshold() == null ? "" : number(e.costThreshold()),
				e.weightFactor() == null ? "" : number(e.weightFactor()),
				String.join(", ", e.related().stream().map(codes::get).toList()),
				String.join(";", e.conflict().stream().map(c -> token(c, built)).toList()));
	}

	static String number(double value) {
		return Double.isNaN(value) ? "" : Double.toString(value);
	}

	/** A constraint as a token the pages translate: {@code budget:2027}, {@code cap:KEN}, {@code include:CODE}, ... */
	static String token(Constraint constraint, ProblemBuilder.Built built) {
		List<CandidateView> c = built.candidates();
		return switch (constraint) {
			case Constraint.Budget b -> "budget:" + (built.settings().startYear() + b.year());
			case Constraint.CountryCap cap -> "cap:" + built.countries().get(cap.country());
			case Constraint.Absorption a -> "absorb:" + built.countries().get(a.country());
			case Constraint.RegionalFloor f -> "floor:" + built.problem().floors().get(f.floor()).code();
			case Constraint.MustInclude m -> "include:" + c.get(m.item()).code();
			case Constraint.MustExclude m -> "exclude:" + c.get(m.item()).code();
			case Constraint.Dependency d -> "dependency:" + c.get(d.item()).code() + ">" + c.get(d.required()).code();
			case Constraint.Exclusion x -> "group:" + x.group();
		};
	}

}
