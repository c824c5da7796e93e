package org.migracap.planning.optimiser;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Why an item is in or out of the best plan. {@code loss} is how much worse the best plan gets when the item's choice
 * is flipped (re-solved, or estimated by removing it alone); {@code costThreshold} the total cost at or below which it
 * would enter; {@code weightFactor} the factor on the weights of its gaps at which it would enter; {@code related}
 * other items (alternatives chosen, missing prerequisites, dependants); {@code conflict} the constraints that make
 * forcing it impossible. {@link Method#EXACT} figures come from re-solving; {@link Method#ESTIMATE} ones from the
 * benefit-per-cost rule, without re-solving.
 */
public record Explanation(int item, boolean chosen, Reason reason, double benefit, double loss,
		@Nullable Double costThreshold, @Nullable Double weightFactor, List<Integer> related,
		List<Constraint> conflict, Method method) {

	public Explanation {
		related = List.copyOf(related);
		conflict = List.copyOf(conflict);
	}

	public enum Method {

		EXACT, ESTIMATE

	}

	public enum Reason {

		/** In: required by the user. */
		REQUIRED,
		/** In: the constraints cannot be met without it (e.g. a regional floor). */
		NEEDED,
		/** In: chosen items depend on it. */
		PREREQUISITE,
		/** In: the plan is worse without it. */
		VALUE,
		/** In: an equally good plan leaves it out. */
		INTERCHANGEABLE,
		/** Out: ruled out by the user. */
		EXCLUDED,
		/** Out: an alternative of its exclusion group is chosen. */
		ALTERNATIVE,
		/** Out: something it depends on is not chosen. */
		DEPENDENCY,
		/** Out: the gaps it targets are already closed by chosen items. */
		COVERED,
		/** Out: forcing it in breaks the constraints named. */
		CONFLICT,
		/** Out: better uses of the budget; would enter at a lower cost or higher weight. */
		COST,
		/** Out: would not enter even at no cost (others serve its gaps better within the constraints). */
		NO_ENTRY

	}

}
