package org.migracap.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migracap.programme.domain.CostKind;
import org.migracap.programme.domain.RecurrentFinancing;
import org.migracap.programme.domain.RecurrentFinancing.Line;
import org.migracap.programme.domain.RecurrentFinancing.ProgrammeCosts;
import org.migracap.programme.domain.RecurrentFinancing.Risk;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recurrent-cost rule on a case worked by hand.
 */
class RecurrentFinancingTests {

	static BigDecimal n(long value) {
		return BigDecimal.valueOf(value);
	}

	// A: Kenya and Uganda, funded to 2026; its 2026 recurrent lines are 10,000 shared (5,000 each) and 3,000 for
	// Kenya, so it leaves Kenya 8,000 a year from 2027 (the 2025 line and the one-off line do not count).
	static final ProgrammeCosts A = new ProgrammeCosts(1, "A", List.of("KEN", "UGA"), 2026, false,
			List.of(new Line(2026, CostKind.RECURRENT, n(10_000), null), new Line(2026, CostKind.RECURRENT, n(3_000), "KEN"),
					new Line(2025, CostKind.RECURRENT, n(99_999), "KEN"), new Line(2026, CostKind.ONE_OFF, n(50_000), null)));

	// B: Kenya, funded to 2027; leaves 4,000 a year from 2028.
	static final ProgrammeCosts B = new ProgrammeCosts(2, "B", List.of("KEN"), 2027, false,
			List.of(new Line(2027, CostKind.RECURRENT, n(4_000), "KEN")));

	// C: cancelled, leaves nothing.
	static final ProgrammeCosts C = new ProgrammeCosts(3, "C", List.of("KEN"), 2026, true,
			List.of(new Line(2026, CostKind.RECURRENT, n(100_000), "KEN")));

	@Test
	void eachProgrammeLeavesTheRecurrentLevelOfItsLastFundedYear() {
		assertThat(RecurrentFinancing.leftBehind(A, "KEN")).isEqualByComparingTo("8000");
		assertThat(RecurrentFinancing.leftBehind(A, "UGA")).isEqualByComparingTo("5000");
		assertThat(RecurrentFinancing.leftBehind(B, "KEN")).isEqualByComparingTo("4000");
		assertThat(RecurrentFinancing.leftBehind(C, "KEN")).isEqualByComparingTo("0");
		assertThat(RecurrentFinancing.leftBehind(B, "UGA")).isEqualByComparingTo("0");
	}

	@Test
	void yearsAboveTheDeclaredCapacityPutTheirProgrammesAtRisk() {
		RecurrentFinancing.Outlook outlook = RecurrentFinancing.outlook("KEN", List.of(A, B, C),
				Map.of(2027, n(10_000), 2028, n(10_000)), 2026, 2029);
		assertThat(outlook.years()).extracting(y -> y.burden().intValue()).containsExactly(0, 8_000, 12_000, 12_000);
		assertThat(outlook.years().get(0).undeclared()).isFalse();
		assertThat(outlook.years().get(1).shortfall()).isFalse();
		assertThat(outlook.years().get(2).shortfall()).isTrue();
		assertThat(outlook.years().get(2).gap()).isEqualByComparingTo("2000");
		assertThat(outlook.years().get(3).undeclared()).isTrue();
		assertThat(outlook.totalShortfall()).isEqualByComparingTo("2000");
		assertThat(outlook.programmes()).extracting(RecurrentFinancing.ProgrammeRisk::programmeId).containsExactly(1L, 2L);
		assertThat(outlook.programmes()).extracting(RecurrentFinancing.ProgrammeRisk::risk)
			.containsExactly(Risk.SHORTFALL, Risk.SHORTFALL);
		assertThat(outlook.programmes().get(1).fromYear()).isEqualTo(2028);
		assertThat(outlook.atRisk()).isTrue();
	}

	@Test
	void enoughCapacityButAMissingYearIsFlaggedAsUndeclared() {
		RecurrentFinancing.Outlook outlook = RecurrentFinancing.outlook("KEN", List.of(A, B),
				Map.of(2027, n(10_000), 2028, n(12_000)), 2026, 2029);
		assertThat(outlook.totalShortfall()).isEqualByComparingTo("0");
		assertThat(outlook.programmes()).extracting(RecurrentFinancing.ProgrammeRisk::risk)
			.containsExactly(Risk.UNDECLARED, Risk.UNDECLARED);
		RecurrentFinancing.Outlook covered = RecurrentFinancing.outlook("KEN", List.of(A, B),
				Map.of(2027, n(10_000), 2028, n(12_000), 2029, n(12_000)), 2026, 2029);
		assertThat(covered.atRisk()).isFalse();
	}

}
