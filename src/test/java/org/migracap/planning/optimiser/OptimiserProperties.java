package org.migracap.planning.optimiser;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.assertj.core.data.Offset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over many random small problems with every kind of constraint: both exact engines find the value exhaustive search
 * finds (or both agree there is no feasible plan), their plans meet every constraint, they never do worse than the
 * greedy ranking when that ranking is feasible, and a reported conflict is both conflicting and minimal.
 */
class OptimiserProperties {

	static final Engine.Options EXACT = new Engine.Options(20, 0, 1);

	static final Engine MIP = new MipEngine();

	static final Engine CP_SAT = new CpSatEngine();

	@Property(tries = 300)
	void mipEqualsExhaustiveSearch(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
		checkAgainstExhaustive(MIP, Instances.random(seed, 10));
	}

	@Property(tries = 200)
	void cpSatEqualsExhaustiveSearch(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
		checkAgainstExhaustive(CP_SAT, Instances.random(seed, 10));
	}

	@Property(tries = 300)
	void optimiserIsNeverWorseThanGreedy(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
		Problem p = Instances.random(seed, 14);
		boolean[] greedy = Greedy.solve(p);
		Result best = MIP.solve(p, EXACT);
		if (Oracle.violations(p, greedy).isEmpty()) {
			assertThat(best.hasSolution()).isTrue();
			assertThat(best.objective()).isGreaterThanOrEqualTo(Oracle.objective(p, greedy) - 1e-6);
		}
	}

	@Property(tries = 150)
	void aReportedConflictConflictsAndIsMinimal(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
		Problem p = Instances.random(seed, 9);
		List<Constraint> conflict = new ConflictFinder(MIP, EXACT).conflict(p);
		boolean feasible = Instances.exhaustive(p) != null;
		assertThat(conflict.isEmpty()).isEqualTo(feasible);
		if (!feasible) {
			assertThat(Instances.exhaustive(p, new HashSet<>(conflict))).as("the conflict alone is infeasible").isNull();
			for (Constraint dropped : conflict) {
				Set<Constraint> rest = new HashSet<>(conflict);
				rest.remove(dropped);
				assertThat(Instances.exhaustive(p, rest)).as("without %s the rest can be met", dropped).isNotNull();
			}
		}
	}

	/** The production scoring agrees with the oracle on every choice of a random problem. */
	@Property(tries = 100)
	void evaluationAgreesWithTheOracle(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
		Problem p = Instances.random(seed, 8);
		int n = p.items().size();
		for (long mask = 0; mask < (1L << n); mask++) {
			boolean[] chosen = new boolean[n];
			for (int i = 0; i < n; i++) {
				chosen[i] = (mask >> i & 1) == 1;
			}
			assertThat(Evaluation.objective(p, chosen)).isCloseTo(Oracle.objective(p, chosen), Offset.offset(1e-9));
			assertThat(new HashSet<>(Evaluation.violations(p, chosen)))
				.isEqualTo(new HashSet<>(Oracle.violations(p, chosen)));
		}
	}

	private static void checkAgainstExhaustive(Engine engine, Problem p) {
		boolean[] expected = Instances.exhaustive(p);
		Result result = engine.solve(p, EXACT);
		if (expected == null) {
			assertThat(result.status()).isEqualTo(Result.Status.INFEASIBLE);
			return;
		}
		assertThat(result.status()).isEqualTo(Result.Status.OPTIMAL);
		assertThat(Oracle.violations(p, result.chosen())).as("the oracle finds the plan meets every constraint").isEmpty();
		double best = Oracle.objective(p, expected);
		Offset<Double> close = Offset.offset(1e-6 * Math.max(1, best));
		assertThat(result.objective()).isCloseTo(best, close);
		assertThat(Oracle.objective(p, result.chosen())).as("the plan is worth what the engine says").isCloseTo(best, close);
		assertThat(result.bound()).isGreaterThanOrEqualTo(result.objective() - 1e-6);
	}

}
