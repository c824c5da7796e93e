package org.migracap.planning.optimiser;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The explanations say what re-solving says: the loss of flipping an item equals what exhaustive search finds with the
 * item forced the other way, an item said to conflict cannot be forced in, an item said to be covered adds nothing,
 * and a cost threshold is a cost at which the item does enter. Values come from the test's own {@link Oracle}; the
 * statistics report how many problems had a plan to explain, and the property fails when too few did.
 */
class ExplanationProperties {

	static final Engine.Options EXACT = new Engine.Options(20, 0, 1);

	@Property(tries = 120)
	void explanationsMatchExhaustiveSearch(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
		Problem p = Instances.random(seed, 8);
		Result best = new MipEngine().solve(p, EXACT);
		Statistics.label("problem").collect(best.hasSolution() ? "solvable, explanations checked" : "infeasible, nothing to explain");
		// a run in which too few problems had a plan checks nothing: fail it rather than pass
		Statistics.label("problem").coverage(c -> c.check("solvable, explanations checked").percentage(pc -> pc >= 40));
		if (!best.hasSolution()) {
			assertThat(Instances.exhaustive(p)).as("exhaustive search agrees there is no plan").isNull();
			return;
		}
		List<Explanation> explanations = new Explainer(new MipEngine(), EXACT, 100, 60).explain(p, best,
				Cancellation.NEVER, done -> {
				});
		assertThat(explanations).hasSize(p.items().size());
		double tolerance = 1e-6 * Math.max(1, best.objective());
		for (Explanation e : explanations) {
			int i = e.item();
			assertThat(e.chosen()).isEqualTo(best.chosen()[i]);
			Statistics.label("reason checked").collect(e.reason(), Double.isNaN(e.loss()) ? "no loss" : "loss");
			switch (e.reason()) {
				case VALUE, INTERCHANGEABLE, PREREQUISITE -> {
					if (!Double.isNaN(e.loss())) {
						boolean[] without = Instances.exhaustive(p.withItem(i, p.item(i).withFixed(Problem.Fixed.OUT)));
						double expected = without == null ? Double.NaN : best.objective() - Oracle.objective(p, without);
						assertThat(e.loss()).isCloseTo(expected, within(tolerance));
					}
				}
				case NEEDED -> assertThat(Instances.exhaustive(p.withItem(i, p.item(i).withFixed(Problem.Fixed.OUT)))).isNull();
				case CONFLICT -> assertThat(Instances.exhaustive(p.withItem(i, p.item(i).withFixed(Problem.Fixed.IN)))).isNull();
				case COVERED -> assertThat(marginal(p, best.chosen(), i)).isLessThanOrEqualTo(tolerance);
				case COST, NO_ENTRY -> {
					boolean[] forced = Instances.exhaustive(p.withItem(i, p.item(i).withFixed(Problem.Fixed.IN)));
					assertThat(forced).isNotNull();
					assertThat(e.loss()).isCloseTo(best.objective() - Oracle.objective(p, forced), within(tolerance));
					if (e.costThreshold() != null) {
						double factor = p.item(i).totalCost() == 0 ? 0 : e.costThreshold() / p.item(i).totalCost();
						Result cheaper = new MipEngine().solve(p.withItem(i, p.item(i).withCostFactor(factor)), EXACT);
						boolean[] alt = Instances.exhaustive(p.withItem(i, p.item(i).withCostFactor(factor)));
						boolean[] altForced = Instances.exhaustive(
								p.withItem(i, p.item(i).withCostFactor(factor).withFixed(Problem.Fixed.IN)));
						assertThat(cheaper.hasSolution()).isTrue();
						assertThat(altForced).as("at the threshold cost the item can be in a best plan").isNotNull();
						Problem atThreshold = p.withItem(i, p.item(i).withCostFactor(factor));
						assertThat(Oracle.objective(atThreshold, altForced))
							.isCloseTo(Oracle.objective(atThreshold, alt), within(1e-6 * Math.max(1, Oracle.objective(atThreshold, alt))));
					}
				}
				case REQUIRED -> assertThat(p.item(i).fixed()).isEqualTo(Problem.Fixed.IN);
				case EXCLUDED -> assertThat(p.item(i).fixed()).isEqualTo(Problem.Fixed.OUT);
				case ALTERNATIVE -> assertThat(e.related()).allSatisfy(j -> assertThat(best.chosen()[j]).isTrue());
				case DEPENDENCY -> assertThat(e.related()).allSatisfy(j -> assertThat(best.chosen()[j]).isFalse());
			}
		}
	}

	private static double marginal(Problem p, boolean[] chosen, int i) {
		boolean[] with = chosen.clone();
		with[i] = true;
		return Oracle.objective(p, with) - Oracle.objective(p, chosen);
	}

}
