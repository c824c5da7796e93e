package org.migracap.workshop.domain.counting;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * AHP priorities and consistency checked against the published worked example "Analytic hierarchy process – leader
 * example" (Wikipedia): the criteria Experience, Education, Charisma and Age are weighted .547, .127, .270 and .056
 * from the board's pairwise judgments, with a consistency ratio of .044; for the Experience criterion, Tom, Dick and
 * Harry get .217, .717 and .066 (printed to three decimals, so compared within 0.001). Saaty's random index is the one of T. L. Saaty, The Analytic Hierarchy Process
 * (1980).
 */
class AhpTests {

	static final double[][] LEADER_CRITERIA = {
			{ 1, 4, 3, 7 },
			{ 1 / 4.0, 1, 1 / 3.0, 3 },
			{ 1 / 3.0, 3, 1, 5 },
			{ 1 / 7.0, 1 / 3.0, 1 / 5.0, 1 } };

	@Test
	void leaderExampleCriteriaWeightsAndConsistency() {
		Ahp.Priorities priorities = Ahp.priorities(LEADER_CRITERIA);
		assertThat(priorities.weights()[0]).isCloseTo(0.547, within(0.001));
		assertThat(priorities.weights()[1]).isCloseTo(0.127, within(0.001));
		assertThat(priorities.weights()[2]).isCloseTo(0.270, within(0.001));
		assertThat(priorities.weights()[3]).isCloseTo(0.056, within(0.001));
		assertThat(priorities.consistencyRatio()).isCloseTo(0.044, within(0.001));
		assertThat(priorities.consistent()).isTrue();
	}

	@Test
	void leaderExampleExperienceOfTheCandidates() {
		double[][] experience = Ahp.fromUpperTriangle(3, new double[] { 1 / 4.0, 4, 9 });
		double[] w = Ahp.priorities(experience).weights();
		assertThat(w[0]).isCloseTo(0.217, within(0.001));
		assertThat(w[1]).isCloseTo(0.717, within(0.001));
		assertThat(w[2]).isCloseTo(0.066, within(0.001));
	}

	@Test
	void saatysRandomIndex() {
		assertThat(Ahp.randomIndex(3)).isEqualTo(0.58);
		assertThat(Ahp.randomIndex(4)).isEqualTo(0.90);
		assertThat(Ahp.randomIndex(5)).isEqualTo(1.12);
		assertThat(Ahp.randomIndex(9)).isEqualTo(1.45);
	}

	@Test
	void anInconsistentParticipantIsToldWhichJudgmentToRevisit() {
		// A > B (3), B > C (3) but C > A (5): a cycle, far above the 0.1 threshold
		double[][] cyclic = Ahp.fromUpperTriangle(3, new double[] { 3, 1 / 5.0, 3 });
		Ahp.Priorities priorities = Ahp.priorities(cyclic);
		assertThat(priorities.consistencyRatio()).isGreaterThan(Ahp.ACCEPTABLE_CR);
		assertThat(priorities.consistent()).isFalse();
		Ahp.Revision revision = Ahp.mostInconsistent(cyclic, priorities.weights());
		assertThat(revision.given()).isNotEqualTo(revision.suggested());
	}

	@Test
	void theGroupMatrixIsTheElementWiseGeometricMean() {
		// two judges: a12 = 2 and a12 = 8, so the group judges sqrt(16) = 4; a21 becomes 1/4
		double[][] group = Ahp.geometricMean(List.of(Ahp.fromUpperTriangle(2, new double[] { 2 }),
				Ahp.fromUpperTriangle(2, new double[] { 8 })));
		assertThat(group[0][1]).isCloseTo(4, within(1e-12));
		assertThat(group[1][0]).isCloseTo(0.25, within(1e-12));
		double[] w = Ahp.priorities(group).weights();
		assertThat(w[0]).isCloseTo(0.8, within(1e-9));
	}

	@Test
	void judgmentsOutsideTheScaleAreRefused() {
		assertThatThrownBy(() -> Ahp.fromUpperTriangle(2, new double[] { 12 })).isInstanceOf(IllegalArgumentException.class);
	}

	@Property
	void aConsistentMatrixGivesBackItsWeightsWithZeroInconsistency(
			@ForAll @Size(min = 2, max = 8) List<@DoubleRange(min = 0.2, max = 5) Double> raw) {
		int n = raw.size();
		double sum = raw.stream().mapToDouble(Double::doubleValue).sum();
		double[][] m = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				m[i][j] = raw.get(i) / raw.get(j);
			}
		}
		Ahp.Priorities priorities = Ahp.priorities(m);
		for (int i = 0; i < n; i++) {
			assertThat(priorities.weights()[i]).isCloseTo(raw.get(i) / sum, within(1e-9));
		}
		assertThat(priorities.lambdaMax()).isCloseTo(n, within(1e-9));
		assertThat(priorities.consistencyRatio()).isCloseTo(0, within(1e-9));
	}

}
