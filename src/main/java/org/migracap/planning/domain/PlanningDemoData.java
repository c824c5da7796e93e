package org.migracap.planning.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.StartupData;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A labelled demo scenario: East Africa and the Horn, border management, protection and return, five budget years,
 * with the gaps of the (demo) published assessments where a country has one and generated demo gaps elsewhere,
 * candidates from accepted (demo) requests, candidates from the catalogue, a dependency, an exclusion group, a
 * required candidate, a country cap, a regional floor and declared absorption capacities.
 */
@Component
class PlanningDemoData implements StartupData {

	static final String NAME = "East Africa and the Horn: borders, protection, return (demo)";

	static final List<String> COUNTRIES = List.of("KEN", "UGA", "TZA", "ETH", "SOM");

	private final ScenarioService scenarios;

	private final CandidateService candidates;

	private final GapTable gaps;

	private final PlanningSources sources;

	PlanningDemoData(ScenarioService scenarios, CandidateService candidates, GapTable gaps, PlanningSources sources) {
		this.sources = sources;
		this.scenarios = scenarios;
		this.candidates = candidates;
		this.gaps = gaps;
	}

	@Override
	public String name() {
		return "planning-demo";
	}

	@Override
	public int order() {
		return 960;
	}

	@Override
	public String version() {
		return "1";
	}

	@Override
	public boolean demo() {
		return true;
	}

	@Override
	@Transactional
	public void load() {
		if (scenarios.summaries().stream().anyMatch(s -> s.name().equals(NAME))) {
			return;
		}
		ScenarioSettings settings = new ScenarioSettings(NAME,
				"Demo scenario on generated gaps: shows how budgets, weights and constraints shape the plan.", 2027,
				List.of(900_000.0, 900_000.0, 700_000.0, 500_000.0, 500_000.0), COUNTRIES,
				Set.of(FocusArea.B, FocusArea.C, FocusArea.G), 1, 1, 1, 1, Map.of(FocusArea.C, 1.5),
				ScenarioSettings.TYPED, 1_600_000.0, Map.of("014", 1_500_000.0),
				Map.of("KEN", 150_000.0, "ETH", 120_000.0, "SOM", 40_000.0));
		long id = scenarios.createDemo(settings).id();
		gaps.replace(id, gapsFor(settings));
		candidates.generateFromGaps(id, Set.of(), Set.of());
		sources.addCandidatesFromRequests(id);
		List<CandidateView> all = candidates.list(id);
		java.util.Set<String> codes = new java.util.HashSet<>();
		all.forEach(c -> codes.add(c.code()));
		for (CandidateView c : all) {
			if (c.indicatorCode() != null && c.indicatorCode().endsWith("4") && c.catalogueCode() != null
					&& c.catalogueCode().equals("BORDER-INFO-SYSTEM")) {
				String review = c.countries().get(0) + "-" + c.area().code() + "1-LAW-GAP-REVIEW";
				if (codes.contains(review)) {
					update(id, c, c.withDependsOn(List.of(review)));
				}
			}
		}
		all.stream()
			.filter(c -> "TRAINING-OF-TRAINERS".equals(c.catalogueCode()))
			.findFirst()
			.ifPresent(c -> update(id, c, c.withDecision(CandidateDecision.MUST_INCLUDE)));
		java.util.Map<String, List<CandidateView>> byCell = new java.util.LinkedHashMap<>();
		all.stream()
			.filter(c -> c.countries().size() == 1 && c.indicatorCode() != null && c.indicatorCode().endsWith("3"))
			.forEach(c -> byCell.computeIfAbsent(c.countries().get(0) + c.indicatorCode(), k -> new ArrayList<>()).add(c));
		byCell.entrySet()
			.stream()
			.filter(e -> e.getValue().size() > 1)
			.findFirst()
			.ifPresent(e -> e.getValue().forEach(c -> update(id, c, c.withGroup(e.getKey() + "-ONE-APPROACH"))));
	}

	private void update(long scenarioId, CandidateView c, CandidateData data) {
		if (candidates.list(scenarioId).stream().anyMatch(x -> x.code().equals(c.code()))) {
			CandidateView current = candidates.get(scenarioId, c.id());
			candidates.update(scenarioId, c.id(), current.version(), data);
		}
	}

	/**
	 * The gaps of the published (demo) assessments of the countries that have one; generated demo gaps for the
	 * others.
	 */
	private List<GapTable.GapRow> gapsFor(ScenarioSettings settings) {
		CurrentUser system = new CurrentUser(0, "system", "Demo data", Set.of(Role.COORDINATOR), null);
		List<GapTable.GapRow> rows = new ArrayList<>(
				sources.gapsFromAssessments(settings.countries(), settings.areas(), Optional.of(system)));
		Set<String> assessed = new java.util.HashSet<>();
		rows.forEach(r -> assessed.add(r.iso3()));
		demoGaps().stream().filter(r -> !assessed.contains(r.iso3())).forEach(rows::add);
		return rows;
	}

	static List<GapTable.GapRow> demoGaps() {
		Random random = new Random(2027);
		List<GapTable.GapRow> rows = new ArrayList<>();
		for (String iso3 : COUNTRIES) {
			for (FocusArea area : List.of(FocusArea.B, FocusArea.C, FocusArea.G)) {
				for (int dimension = 1; dimension <= 6; dimension++) {
					int level = 1 + random.nextInt(3);
					int target = Math.min(5, level + 1 + random.nextInt(2));
					double leverage = Math.round(random.nextDouble() * 500_000) / 1.0;
					rows.add(new GapTable.GapRow(iso3, area.code() + dimension, area, level, target, leverage, "demo"));
				}
			}
		}
		return rows;
	}

}
