package org.migracap.planning.optimiser;

/**
 * One constraint of a {@link Problem} that can be named in a conflict and switched off to find one.
 */
public sealed interface Constraint {

	/** The budget of year {@code year} (index from the first year). */
	record Budget(int year) implements Constraint {
	}

	/** The cap on one country's share of total cost. */
	record CountryCap(int country) implements Constraint {
	}

	/** The recurrent cost per year one country can absorb after the horizon. */
	record Absorption(int country) implements Constraint {
	}

	/** The least amount to be spent in a region. */
	record RegionalFloor(int floor) implements Constraint {
	}

	/** An item the user requires. */
	record MustInclude(int item) implements Constraint {
	}

	/** An item the user rules out. */
	record MustExclude(int item) implements Constraint {
	}

	/** Item {@code item} needs item {@code required}. */
	record Dependency(int item, int required) implements Constraint {
	}

	/** At most one item of the exclusion group. */
	record Exclusion(String group) implements Constraint {
	}

}
