package org.migracap.assessment.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The scoring rules of DESIGN.md section 4 on small cases computed by hand.
 */
class CapacityScoringTests {

	@Test
	void levelsAreNormalisedOnTheFiveLevelScale() {
		assertThat(CapacityScoring.normalise(RatingScale.CAPACITY_5, 1)).isEqualTo(0.0);
		assertThat(CapacityScoring.normalise(RatingScale.CAPACITY_5, 2)).isEqualTo(25.0);
		assertThat(CapacityScoring.normalise(RatingScale.CAPACITY_5, 3)).isEqualTo(50.0);
		assertThat(CapacityScoring.normalise(RatingScale.CAPACITY_5, 4)).isEqualTo(75.0);
		assertThat(CapacityScoring.normalise(RatingScale.CAPACITY_5, 5)).isEqualTo(100.0);
		assertThat(CapacityScoring.normalise(RatingScale.SDG_CATEGORY_4, 3)).isCloseTo(66.667, within(0.001));
	}

	@Test
	void areaScoreIsTheWeightedMeanOfAnsweredIndicatorsWithCompletenessBesideIt() {
		// Levels 2 (weight 1), 4 (weight 3), unanswered (weight 2): (25*1 + 75*3) / (1+3) = 250/4 = 62.5
		CapacityScoring.AreaResult area = CapacityScoring.area(RatingScale.CAPACITY_5, "B",
				List.of(new CapacityScoring.Input("B", "B1", 1, 2, null),
						new CapacityScoring.Input("B", "B2", 3, 4, null),
						new CapacityScoring.Input("B", "B3", 2, null, 5)));
		assertThat(area.score()).isEqualTo(62.5);
		assertThat(area.completeness()).isCloseTo(2.0 / 3.0, within(1e-12));
		assertThat(area.answered()).isEqualTo(2);
		assertThat(area.indicators()).isEqualTo(3);
		assertThat(area.targetScore()).as("the target on an unanswered indicator is ignored").isNull();
		assertThat(area.gap()).isZero();
	}

	@Test
	void gapIsTargetMinusLevelAveragedOverIndicatorsWithATargetAndNeverNegative() {
		// B1 level 2 target 4 (gap 2), B2 level 3 target 5 (gap 2), B3 level 4 target 3 (gap 0, already above),
		// B4 level 1 no target. Mean gap over the three with a target = (2 + 2 + 0) / 3 = 4/3.
		// Target score: levels reached 4, 5, 4, 1 -> (75 + 100 + 75 + 0) / 4 = 62.5; current score (25+50+75+0)/4 = 37.5
		CapacityScoring.AreaResult area = CapacityScoring.area(RatingScale.CAPACITY_5, "B",
				List.of(new CapacityScoring.Input("B", "B1", 1, 2, 4), new CapacityScoring.Input("B", "B2", 1, 3, 5),
						new CapacityScoring.Input("B", "B3", 1, 4, 3), new CapacityScoring.Input("B", "B4", 1, 1, null)));
		assertThat(area.score()).isEqualTo(37.5);
		assertThat(area.targetScore()).isEqualTo(62.5);
		assertThat(area.gap()).isCloseTo(4.0 / 3.0, within(1e-12));
		assertThat(CapacityScoring.gap(4, 3)).isZero();
		assertThat(CapacityScoring.gap(2, 5)).isEqualTo(3);
		assertThat(CapacityScoring.gap(2, null)).isZero();
	}

	@Test
	void anAreaWithoutAnswersHasNoScoreAndZeroCompleteness() {
		CapacityScoring.AreaResult area = CapacityScoring.area(RatingScale.CAPACITY_5, "X",
				List.of(new CapacityScoring.Input("X", "X1", 1, null, null)));
		assertThat(area.score()).isNull();
		assertThat(area.completeness()).isZero();
	}

	@Test
	void areasAreScoredSeparatelyInTheOrderGiven() {
		List<CapacityScoring.AreaResult> areas = CapacityScoring.areas(RatingScale.CAPACITY_5,
				List.of(new CapacityScoring.Input("A", "A1", 1, 5, null), new CapacityScoring.Input("C", "C1", 1, 1, null),
						new CapacityScoring.Input("A", "A2", 1, 3, null)));
		assertThat(areas).extracting(CapacityScoring.AreaResult::areaCode).containsExactly("A", "C");
		assertThat(areas.get(0).score()).isEqualTo(75.0);
		assertThat(areas.get(1).score()).isEqualTo(0.0);
	}

}
