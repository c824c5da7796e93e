package org.migracap.planning.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.planning.AdoptedIntervention;
import org.migracap.planning.PlanAdopted;
import org.migracap.planning.ScenarioSummary;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios: creating, editing, copying (to compare another budget), applying area weights from a vote, and adopting
 * the optimiser's plan, which publishes {@link PlanAdopted}. An adopted scenario is frozen.
 */
@Service
public class ScenarioService {

	public static final int MAX_HORIZON = 10;

	private final Scenarios scenarios;

	private final Candidates candidates;

	private final GapTable gaps;

	private final RunStore runs;

	private final ReferenceApi reference;

	private final IdentityApi identity;

	private final ApplicationEventPublisher events;

	ScenarioService(Scenarios scenarios, Candidates candidates, GapTable gaps, RunStore runs, ReferenceApi reference,
			IdentityApi identity, ApplicationEventPublisher events) {
		this.scenarios = scenarios;
		this.candidates = candidates;
		this.gaps = gaps;
		this.runs = runs;
		this.reference = reference;
		this.identity = identity;
		this.events = events;
	}

	/** A scenario with its settings, as pages read it. */
	public record ScenarioView(long id, long version, String name, ScenarioStatus status, boolean demo,
			ScenarioSettings settings, Instant createdAt, @Nullable Instant adoptedAt, @Nullable String adoptedBy,
			long candidateCount) {

		public boolean adopted() {
			return status == ScenarioStatus.ADOPTED;
		}

	}

	@Transactional(readOnly = true)
	public List<ScenarioSummary> summaries() {
		return scenarios.findAllByOrderByIdDesc()
			.stream()
			.map(s -> new ScenarioSummary(s.id(), s.name(), s.status().name()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ScenarioView> all() {
		return scenarios.findAllByOrderByIdDesc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public ScenarioView get(long id) {
		return view(load(id));
	}

	@Transactional
	public ScenarioView create(ScenarioSettings settings) {
		check(settings);
		return view(scenarios.save(new Scenario(settings, false)));
	}

	/** Creates a labelled demo scenario; used only by demo data. */
	@Transactional
	public ScenarioView createDemo(ScenarioSettings settings) {
		check(settings);
		return view(scenarios.save(new Scenario(settings, true)));
	}

	@Transactional
	public ScenarioView update(long id, long version, ScenarioSettings settings) {
		Scenario scenario = load(id);
		ConcurrentEditException.check(Scenario.class, id, "scenario", id, version, scenario.version());
		requireEditable(scenario);
		check(settings);
		scenario.apply(settings);
		scenario.changeStatus(ScenarioStatus.DRAFT);
		return view(scenarios.saveAndFlush(scenario));
	}

	/**
	 * Copies a scenario with its gap table and candidates, every budget multiplied by {@code budgetFactor}, so that
	 * two budgets can be solved and compared side by side.
	 */
	@Transactional
	public ScenarioView copy(long id, String name, double budgetFactor) {
		if (!(budgetFactor > 0 && budgetFactor <= 100)) {
			throw RuleViolationException.invalid("planning.error.budgetFactor");
		}
		Scenario source = load(id);
		ScenarioSettings settings = source.settings();
		List<Double> budgets = settings.budgets().stream().map(b -> Math.round(b * budgetFactor * 100) / 100.0).toList();
		ScenarioSettings copied = settings.withName(name.isBlank() ? settings.name() : name.trim()).withBudgets(budgets);
		check(copied);
		Scenario copy = scenarios.save(new Scenario(copied, source.demo()));
		for (Candidate candidate : candidates.findByScenarioIdOrderByCode(id)) {
			candidates.save(new Candidate(copy.id(), candidate.view().data()));
		}
		gaps.copy(id, copy.id());
		return view(copy);
	}

	@Transactional
	public void delete(long id) {
		Scenario scenario = load(id);
		requireEditable(scenario);
		runs.deleteScenario(id);
		gaps.deleteScenario(id);
		candidates.deleteAll(candidates.findByScenarioIdOrderByCode(id));
		scenarios.delete(scenario);
	}

	@Transactional
	public void applyAreaWeights(long scenarioId, Map<FocusArea, Double> weights, String source, CurrentUser actor) {
		if (!actor.has(Role.COORDINATOR, Role.ADMIN, Role.FACILITATOR)) {
			throw new AccessDeniedException("Only IOM staff and facilitators apply area weights");
		}
		if (source.isBlank() || source.length() > 200) {
			throw RuleViolationException.invalid("planning.error.weightSource");
		}
		Map<FocusArea, Double> clean = new EnumMap<>(FocusArea.class);
		weights.forEach((area, weight) -> {
			if (weight == null || !Double.isFinite(weight) || weight < 0 || weight > 100) {
				throw RuleViolationException.invalid("planning.error.areaWeight", area.code());
			}
			clean.put(area, weight);
		});
		Scenario scenario = load(scenarioId);
		requireEditable(scenario);
		scenario.apply(scenario.settings().withAreaWeights(clean, source.trim()));
		scenario.changeStatus(ScenarioStatus.DRAFT);
		scenarios.save(scenario);
	}

	/** Marks a scenario solved after a successful run (unless it is adopted). */
	@Transactional
	public void markSolved(long id) {
		Scenario scenario = load(id);
		if (scenario.status() == ScenarioStatus.DRAFT) {
			scenario.changeStatus(ScenarioStatus.SOLVED);
		}
	}

	/**
	 * Adopts the plan of the scenario's latest finished run and publishes {@link PlanAdopted}.
	 * @throws RuleViolationException when the scenario is adopted already, has no plan, or changed since it was solved
	 */
	@Transactional
	public PlanAdopted adopt(long id, long version, CurrentUser actor) {
		Scenario scenario = load(id);
		ConcurrentEditException.check(Scenario.class, id, "scenario", id, version, scenario.version());
		requireEditable(scenario);
		RunStore.RunView run = runs.latestUsable(id)
			.orElseThrow(() -> RuleViolationException.conflict("planning.error.noPlan"));
		if (run.scenarioVersion() != scenario.version()) {
			throw RuleViolationException.conflict("planning.error.stalePlan");
		}
		List<Long> chosen = runs.selectedCandidates(run.id());
		List<AdoptedIntervention> interventions = new ArrayList<>();
		for (Candidate candidate : candidates.findByScenarioIdOrderByCode(id)) {
			if (chosen.contains(candidate.id())) {
				CandidateView c = candidate.view();
				interventions.add(new AdoptedIntervention(c.id(), c.title(), java.util.Set.copyOf(c.countries()),
						c.area(), c.indicatorCode(), c.oneOffCost(), c.recurrentCost(), c.startYear(),
						c.durationYears()));
			}
		}
		if (interventions.isEmpty()) {
			throw RuleViolationException.conflict("planning.error.emptyPlan");
		}
		scenario.adopt(actor.username());
		ScenarioSettings settings = scenario.settings();
		PlanAdopted event = new PlanAdopted(id, scenario.name(), settings.startYear(), settings.horizonYears(),
				interventions);
		events.publishEvent(event);
		return event;
	}

	/** An intervention of an adopted plan that serves a country. */
	public record AdoptedItem(long scenarioId, String scenarioName, boolean demo, Instant adoptedAt, CandidateView intervention) {
	}

	/** The interventions of adopted plans that serve the country, newest plan first. */
	@Transactional(readOnly = true)
	public List<AdoptedItem> adoptedFor(String iso3) {
		List<AdoptedItem> out = new ArrayList<>();
		for (Scenario scenario : scenarios.findAllByOrderByIdDesc()) {
			if (scenario.status() != ScenarioStatus.ADOPTED || scenario.adoptedAt() == null) {
				continue;
			}
			List<Long> chosen = runs.latestUsable(scenario.id()).map(r -> runs.selectedCandidates(r.id())).orElse(List.of());
			for (Candidate candidate : candidates.findByScenarioIdOrderByCode(scenario.id())) {
				CandidateView c = candidate.view();
				if (chosen.contains(c.id()) && c.countries().contains(iso3)) {
					out.add(new AdoptedItem(scenario.id(), scenario.name(), scenario.demo(), scenario.adoptedAt(), c));
				}
			}
		}
		return out;
	}

	Scenario load(long id) {
		return scenarios.findById(id).orElseThrow(() -> NotFoundException.of("scenario", id));
	}

	static void requireEditable(Scenario scenario) {
		if (scenario.status() == ScenarioStatus.ADOPTED) {
			throw RuleViolationException.conflict("planning.error.adopted");
		}
	}

	private void check(ScenarioSettings s) {
		if (s.name().isBlank() || s.name().length() > 200) {
			throw RuleViolationException.invalid("planning.error.name");
		}
		if (s.startYear() < 2000 || s.startYear() > 2100) {
			throw RuleViolationException.invalid("planning.error.startYear");
		}
		if (s.budgets().isEmpty() || s.budgets().size() > MAX_HORIZON) {
			throw RuleViolationException.invalid("planning.error.horizon", MAX_HORIZON);
		}
		for (double budget : s.budgets()) {
			if (!Double.isFinite(budget) || budget < 0 || budget > 1e12) {
				throw RuleViolationException.invalid("planning.error.budget");
			}
		}
		for (String iso3 : s.countries()) {
			if (!reference.isCountry(iso3)) {
				throw RuleViolationException.invalid("planning.error.unknownCountry", iso3);
			}
		}
		for (double w : List.of(s.needWeight(), s.leverageWeight(), s.urgencyWeight(), s.lowResourceWeight())) {
			if (!Double.isFinite(w) || w < 0 || w > 10) {
				throw RuleViolationException.invalid("planning.error.criterionWeight");
			}
		}
		s.areaWeights().forEach((area, w) -> {
			if (!Double.isFinite(w) || w < 0 || w > 100) {
				throw RuleViolationException.invalid("planning.error.areaWeight", area.code());
			}
		});
		if (s.countryCap() != null && !(s.countryCap() >= 0)) {
			throw RuleViolationException.invalid("planning.error.countryCap");
		}
		s.regionalFloors().forEach((region, amount) -> {
			if (reference.countriesInRegion(region).isEmpty()) {
				throw RuleViolationException.invalid("planning.error.unknownRegion", region);
			}
			if (!(amount >= 0)) {
				throw RuleViolationException.invalid("planning.error.floor", region);
			}
		});
		s.absorption().forEach((iso3, amount) -> {
			if (!reference.isCountry(iso3)) {
				throw RuleViolationException.invalid("planning.error.unknownCountry", iso3);
			}
			if (!(amount >= 0)) {
				throw RuleViolationException.invalid("planning.error.absorption", iso3);
			}
		});
	}

	private ScenarioView view(Scenario s) {
		return new ScenarioView(s.id(), s.version(), s.name(), s.status(), s.demo(), s.settings(), s.createdAt(),
				s.adoptedAt(), s.adoptedBy(), candidates.countByScenarioId(s.id()));
	}

}
