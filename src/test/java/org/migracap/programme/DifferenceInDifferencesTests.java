package org.migracap.programme;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migracap.programme.domain.DifferenceInDifferences;
import org.migracap.programme.domain.DifferenceInDifferences.Observation;
import org.migracap.programme.domain.DifferenceInDifferences.PairResult;
import org.migracap.reference.FocusArea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Difference-in-differences on a case worked by hand.
 */
class DifferenceInDifferencesTests {

	static final List<Observation> HISTORY = List.of(
			// treated: Kenya, area B, programme starts 2022: before 45 (2022), after 60 (2024), change 15;
			// earlier trend (45 - 40) / 2 = 2.5 points a year
			new Observation("KEN", FocusArea.B, 2020, 40), new Observation("KEN", FocusArea.B, 2022, 45),
			new Observation("KEN", FocusArea.B, 2024, 60),
			// Uganda: before 30 (2021), after 35 (2024): change 5; earlier trend (30 - 20) / 2 = 5
			new Observation("UGA", FocusArea.B, 2019, 20), new Observation("UGA", FocusArea.B, 2021, 30),
			new Observation("UGA", FocusArea.B, 2024, 35),
			// Tanzania: before 50 (2022), after 58 (2023): change 8; a single earlier score, no trend
			new Observation("TZA", FocusArea.B, 2022, 50), new Observation("TZA", FocusArea.B, 2023, 58),
			// Rwanda: no score before, left out
			new Observation("RWA", FocusArea.B, 2024, 70),
			// Ethiopia: treated by another programme in B, never a control
			new Observation("ETH", FocusArea.B, 2022, 10), new Observation("ETH", FocusArea.B, 2024, 90),
			// Kenya in area C: nothing before the start
			new Observation("KEN", FocusArea.C, 2023, 55));

	@Test
	void theEstimateIsTheTreatedChangeMinusTheMeanChangeOfComparableUntreatedCountries() {
		DifferenceInDifferences.Result result = DifferenceInDifferences.estimate(
				List.of(new AbstractMap.SimpleEntry<>("KEN", FocusArea.B), new AbstractMap.SimpleEntry<>("KEN", FocusArea.C)),
				2022, Map.of("KEN", Set.of("UGA", "TZA", "RWA", "ETH")), Set.of("KEN:B", "KEN:C", "ETH:B"), HISTORY);
		PairResult b = result.pairs().get(0);
		assertThat(b.before()).isEqualTo(45);
		assertThat(b.after()).isEqualTo(60);
		assertThat(b.treatedChange()).isEqualTo(15);
		assertThat(b.controls()).isEqualTo(2);
		assertThat(b.controlChange()).isCloseTo(6.5, within(1e-9));
		assertThat(b.did()).isCloseTo(8.5, within(1e-9));
		assertThat(b.preTrendGap()).isCloseTo(2.5 - 5.0, within(1e-9));
		PairResult c = result.pairs().get(1);
		assertThat(c.estimated()).isFalse();
		assertThat(c.status()).isEqualTo("noBefore");
		assertThat(result.estimate()).isCloseTo(8.5, within(1e-9));
		assertThat(result.estimatedPairs()).isEqualTo(1);
	}

	@Test
	void withoutAComparableCountryWithDataThereIsNoEstimate() {
		DifferenceInDifferences.Result result = DifferenceInDifferences.estimate(
				List.of(new AbstractMap.SimpleEntry<>("KEN", FocusArea.B)), 2022, Map.of("KEN", Set.of("RWA", "ETH")),
				Set.of("ETH:B"), HISTORY);
		assertThat(result.estimate()).isNull();
		assertThat(result.pairs().get(0).status()).isEqualTo("noControls");
	}

}
