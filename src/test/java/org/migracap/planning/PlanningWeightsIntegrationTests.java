package org.migracap.planning;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migracap.planning.domain.CandidateDecision;
import org.migracap.planning.domain.CandidateOrigin;
import org.migracap.planning.domain.CandidateView;
import org.migracap.planning.domain.GapTable;
import org.migracap.planning.domain.ProblemBuilder;
import org.migracap.planning.domain.ScenarioSettings;
import org.migracap.planning.optimiser.Problem;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The weight of each gap and the yearly costs of each candidate, checked against figures worked out by hand from the
 * World Bank income groups shipped with MigraCap (Kenya lower-middle, Guatemala upper-middle, Uganda low income).
 */
@MigraCapIntegrationTest
class PlanningWeightsIntegrationTests {

	@Autowired
	ProblemBuilder builder;

	static CandidateView candidate(long id, String code, List<String> countries, FocusArea area, String indicator,
			String urgency, int start) {
		return new CandidateView(id, 0, 1, code, code, countries, area, indicator, null, null, urgency,
				urgency == null ? CandidateOrigin.GAP : CandidateOrigin.REQUEST, 100, 10, start, 1, 1, List.of(), null,
				CandidateDecision.FREE);
	}

	@Test
	void weightsCombineAreaNeedLeverageUrgencyAndIncome() {
		ScenarioSettings settings = new ScenarioSettings("weights", null, 2027, List.of(1000.0, 1000.0, 1000.0),
				List.of("KEN"), Set.of(), 1, 0.5, 1, 1, Map.of(FocusArea.B, 2.0), ScenarioSettings.TYPED, 500.0,
				Map.of(), Map.of("KEN", 40.0));
		List<GapTable.GapRow> gaps = List.of(new GapTable.GapRow("KEN", "B1", FocusArea.B, 1, 3, 100, "file"),
				new GapTable.GapRow("KEN", "B4", FocusArea.B, 2, 4, 50, "file"));
		List<CandidateView> candidates = List.of(candidate(1, "KEN-B1", List.of("KEN"), FocusArea.B, "B1", null, 2028),
				candidate(2, "GTM-B2", List.of("GTM"), FocusArea.B, "B2", null, 2027),
				candidate(3, "UGA-C3", List.of("UGA"), FocusArea.C, "C3", "HIGH", 2027));
		ProblemBuilder.Built built = builder.build(settings, candidates, gaps);
		Problem p = built.problem();

		// Kenya B1: area weight 2 x (1 + need (2+2)/2/4 = 0.5 + 0.5 x leverage 100/100 + 0 + lower-middle 0.6)
		assertThat(p.cells().get(0).weight()).isCloseTo(2 * (1 + 0.5 + 0.5 + 0 + 0.6), within(1e-9));
		assertThat(p.cells().get(0).gap()).isEqualTo(2);
		// Guatemala B2: no gap row, so the gap is the uplift (1) and the need is taken as 0.25; upper-middle 0.2
		assertThat(p.cells().get(1).weight()).isCloseTo(2 * (1 + 0.25 + 0 + 0 + 0.2), within(1e-9));
		assertThat(built.cells().get(1).gapAssumed()).isTrue();
		// Uganda C3: area weight 1 x (1 + 0.25 + 0 + urgency high 0.75 + low income 1)
		assertThat(p.cells().get(2).weight()).isCloseTo(1 + 0.25 + 0.75 + 1, within(1e-9));

		// one-off 100 in its start year 2028, recurrent 10 in 2029, and 10 a year taken over afterwards
		assertThat(p.item(0).yearlyCost()).containsExactly(0, 100, 10);
		assertThat(p.item(0).recurrentAfter()).isEqualTo(10);
		assertThat(p.item(1).yearlyCost()).containsExactly(100, 10, 10);
		assertThat(p.countries()).extracting(Problem.Country::code).containsExactly("KEN", "GTM", "UGA");
		assertThat(p.countries().get(0).cap()).isEqualTo(500.0);
		assertThat(p.countries().get(0).absorb()).isEqualTo(40.0);
		assertThat(p.countries().get(1).absorb()).isNull();

		// live corridor leverage replaces the table's: Kenya B now 30 of a maximum of 60
		Problem live = builder.build(settings, candidates, gaps, Map.of("KEN|B", 30.0, "GTM|B", 60.0)).problem();
		assertThat(live.cells().get(0).weight()).isCloseTo(2 * (1 + 0.5 + 0.5 * 0.5 + 0 + 0.6), within(1e-9));
		assertThat(live.cells().get(1).weight()).isCloseTo(2 * (1 + 0.25 + 0.5 * 1 + 0 + 0.2), within(1e-9));
	}

}
