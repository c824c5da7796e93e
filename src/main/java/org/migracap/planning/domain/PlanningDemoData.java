package org.migracap.planning.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.migracap.platform.StartupData;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A labelled demo scenario: East Africa and the Horn, border management, protection and return, five budget years,
 * with a generated (demo, not assessed) gap table, candidates from the catalogue, a dependency, an exclusion group, a
 * required candidate, a country cap, a regional floor and declared absorption capacities.
 */
@Component
class PlanningDemoData implements StartupData {

	static final String NAME = "East Africa and the Horn: borders, protection, return (demo)";

	static final List<String> COUNTRIES = List.of("KEN", "UGA", "TZA", "ETH", "SOM");

	private final ScenarioService scenarios;

	private final CandidateService candidates;

	private final GapTable gaps;

	PlanningDemoData(ScenarioService scenarios, CandidateService candidates, GapTable gaps) {
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
				ScenarioSettings.TYPED, 1_600_000.0, Map.of("014", 2_000_000.0),
				Map.of("KEN", 150_000.0, "ETH", 120_000.0, "SOM", 40_000.0));
		long id = scenarios.createDemo(settings).id();
		gaps.replace(id, demoGaps());
		candidates.generateFromGaps(id, Set.of(), Set.of());
		List<CandidateView> all = candidates.list(id);
		for (CandidateView c : all) {
			if (c.code().equals("KEN-B4-BORDER-INFO-SYSTEM")) {
				update(id, c, c.withDependsOn(List.of("KEN-B1-LAW-GAP-REVIEW")));
			}
			if (c.code().equals("UGA-C3-TRAINING-OF-TRAINERS")) {
				update(id, c, c.withDecision(CandidateDecision.MUST_INCLUDE));
			}
			if (c.code().equals("ETH-C3-TRAINING-OF-TRAINERS") || c.code().equals("ETH-C3-EXPERT-MENTORING")) {
				update(id, c, c.withGroup("ETH-C3-ONE-APPROACH"));
			}
		}
	}

	private void update(long scenarioId, CandidateView c, CandidateData data) {
		if (candidates.list(scenarioId).stream().anyMatch(x -> x.code().equals(c.code()))) {
			CandidateView current = candidates.get(scenarioId, c.id());
			candidates.update(scenarioId, c.id(), current.version(), data);
		}
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
