package org.migracap.mobility.domain;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migracap.mobility.CountryRole;
import org.migracap.mobility.Leverage;
import org.migracap.mobility.domain.ChainOfMovement.Route;
import org.migracap.mobility.domain.ChainOfMovement.RouteArea;
import org.migracap.reference.FocusArea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The chain analysis against a small case computed by hand (the working is in the comments).
 */
class ChainOfMovementTests {

	/** Area A matters fully at origin, half in transit, not at destination; every other area matters fully everywhere. */
	static ChainOfMovement policy() {
		Map<FocusArea, double[]> matrix = new EnumMap<>(FocusArea.class);
		for (FocusArea area : FocusArea.values()) {
			matrix.put(area, new double[] { 1, 1, 1 });
		}
		matrix.put(FocusArea.A, new double[] { 1.0, 0.5, 0.0 });
		return ChainOfMovement.of(matrix);
	}

	static double[] scores(double a, double b) {
		double[] s = new double[FocusArea.values().length];
		java.util.Arrays.fill(s, Double.NaN);
		s[FocusArea.A.ordinal()] = a;
		s[FocusArea.B.ordinal()] = b;
		return s;
	}

	static Map<String, double[]> scores() {
		Map<String, double[]> scores = new HashMap<>();
		scores.put("XXX", scores(40, 70));
		scores.put("YYY", scores(20, 50));
		scores.put("ZZZ", scores(10, 90));
		scores.put("WWW", scores(60, 30));
		return scores;
	}

	static final List<Route> ROUTES = List.of(new Route(1L, "R1", List.of("XXX", "YYY", "ZZZ"), 1000),
			new Route(2L, "R2", List.of("WWW", "ZZZ"), 500), new Route(null, "R3", List.of("XXX", "ZZZ"), 200));

	@Test
	void roleWeightedScoresChainCapacityBottleneckAndExposureMatchTheHandComputation() {
		ChainOfMovement.Result result = policy().analyse(ROUTES, scores());

		// R1, area A: X origin 100-1*(100-40)=40; Y transit 100-0.5*(100-20)=60; Z destination 100-0*(100-10)=100.
		RouteArea r1a = result.at(0, FocusArea.A);
		assertThat(r1a.chainCapacity()).isEqualTo(40);
		assertThat(r1a.bottleneckIso3()).isEqualTo("XXX");
		assertThat(r1a.nextIso3()).isEqualTo("YYY");
		assertThat(r1a.exposure()).isEqualTo(1000 * 60);
		assertThat(r1a.gain()).isEqualTo(1000 * (60 - 40));
		assertThat(r1a.complete()).isTrue();

		// R1, area B (all weights 1): X 70, Y 50, Z 90 -> Y is the bottleneck, next-weakest X at 70.
		RouteArea r1b = result.at(0, FocusArea.B);
		assertThat(r1b.chainCapacity()).isEqualTo(50);
		assertThat(r1b.bottleneckIso3()).isEqualTo("YYY");
		assertThat(r1b.exposure()).isEqualTo(1000 * 50);
		assertThat(r1b.gain()).isEqualTo(1000 * 20);

		// R2, area A: W origin 60, Z destination 100 -> capacity 60, exposure 500*40, gain 500*(100-60).
		RouteArea r2a = result.at(1, FocusArea.A);
		assertThat(r2a.chainCapacity()).isEqualTo(60);
		assertThat(r2a.exposure()).isEqualTo(20_000);
		assertThat(r2a.gain()).isEqualTo(20_000);

		// R2, area B: W 30, Z 90 -> exposure 500*70, gain 500*60.
		assertThat(result.at(1, FocusArea.B).exposure()).isEqualTo(35_000);
		assertThat(result.at(1, FocusArea.B).gain()).isEqualTo(30_000);

		// R3, area A: X 40, Z 100 -> exposure 200*60, gain 200*60; area B: X 70, Z 90 -> exposure 200*30, gain 200*20.
		assertThat(result.at(2, FocusArea.A).exposure()).isEqualTo(12_000);
		assertThat(result.at(2, FocusArea.A).gain()).isEqualTo(12_000);
		assertThat(result.at(2, FocusArea.B).exposure()).isEqualTo(6_000);
		assertThat(result.at(2, FocusArea.B).gain()).isEqualTo(4_000);

		// No country has a score in area C: nothing to analyse.
		assertThat(result.at(0, FocusArea.C)).isNull();
	}

	@Test
	void leverageSumsTheGainsOfEachBottleneckOverAllRoutes() {
		ChainOfMovement.Result result = policy().analyse(ROUTES, scores());
		// X in A: 20,000 (R1) + 12,000 (R3); W in B: 30,000; W in A: 20,000; Y in B: 20,000; X in B: 4,000.
		assertThat(result.leverage()).containsExactly(new Leverage("XXX", FocusArea.A, 32_000),
				new Leverage("WWW", FocusArea.B, 30_000), new Leverage("WWW", FocusArea.A, 20_000),
				new Leverage("YYY", FocusArea.B, 20_000), new Leverage("XXX", FocusArea.B, 4_000));
		assertThat(result.leverage("ZZZ", FocusArea.A)).isZero();
	}

	@Test
	void raisingTheBottleneckToTheNextWeakestLinkRemovesExactlyItsGainFromTheExposure() {
		ChainOfMovement policy = policy();
		ChainOfMovement.Result before = policy.analyse(ROUTES, scores());
		double exposureBefore = before.exposureByArea().get(FocusArea.B);
		Map<String, double[]> raised = scores();
		raised.get("WWW")[FocusArea.B.ordinal()] = 90;
		double exposureAfter = policy.analyse(ROUTES, raised).exposureByArea().get(FocusArea.B);
		assertThat(exposureBefore - exposureAfter).isCloseTo(before.leverage("WWW", FocusArea.B), within(1e-9));
	}

	@Test
	void tiedWeakestLinksGainNothingAndTheFirstOnTheRouteIsTheBottleneck() {
		Map<String, double[]> scores = Map.of("UUU", scores(50, 50), "VVV", scores(50, 50));
		ChainOfMovement.Result result = policy().analyse(List.of(new Route(9L, "tie", List.of("UUU", "VVV"), 100)),
				scores);
		RouteArea tie = result.at(0, FocusArea.B);
		assertThat(tie.bottleneckIso3()).isEqualTo("UUU");
		assertThat(tie.gain()).isZero();
		assertThat(result.leverage()).noneMatch(l -> l.area() == FocusArea.B);
	}

	@Test
	void countriesWithoutAScoreAreLeftOutAndTheResultIsIncomplete() {
		ChainOfMovement.Result result = policy().analyse(
				List.of(new Route(5L, "partial", List.of("XXX", "QQQ", "ZZZ"), 10)), scores());
		RouteArea partial = result.at(0, FocusArea.B);
		assertThat(partial.complete()).isFalse();
		assertThat(partial.scoredCountries()).isEqualTo(2);
		assertThat(partial.bottleneckIso3()).isEqualTo("XXX");
		assertThat(result.links(0, FocusArea.B)).extracting(ChainOfMovement.Link::role)
			.containsExactly(CountryRole.ORIGIN, CountryRole.TRANSIT, CountryRole.DESTINATION);
		assertThat(result.links(0, FocusArea.B).get(1).score()).isNull();
	}

	@Test
	void aRouteWithOnlyOneScoredCountryIsNotAnalysed() {
		ChainOfMovement.Result result = policy().analyse(List.of(new Route(6L, "one", List.of("XXX", "QQQ"), 10)),
				scores());
		assertThat(result.at(0, FocusArea.B)).isNull();
		assertThat(result.leverage()).isEmpty();
		assertThat(result.all()).isEmpty();
	}

	@Test
	void theShippedMatrixHasAWeightBetweenZeroAndOneForEveryAreaAndRole() {
		Map<FocusArea, double[]> matrix = RoleRelevanceDefaults.matrix();
		assertThat(matrix).hasSize(FocusArea.values().length);
		matrix.values().forEach(w -> assertThat(java.util.Arrays.stream(w).boxed().toList()).hasSize(3).allSatisfy(x -> assertThat(x).isBetween(0.0, 1.0)));
	}

}
