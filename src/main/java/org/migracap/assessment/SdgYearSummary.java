package org.migracap.assessment;

/**
 * How many countries fell in each SDG 10.7.2 category in one survey year (all domains combined).
 */
public record SdgYearSummary(int year, int countries, int requiresFurtherProgress, int partiallyMeets, int meets,
		int fullyMeets) {

	/** Share of the countries that meet or fully meet the policy criteria, 0 to 1. */
	public double shareMeeting() {
		return countries == 0 ? 0 : (double) (meets + fullyMeets) / countries;
	}

	public int count(int category) {
		return switch (category) {
			case 1 -> requiresFurtherProgress;
			case 2 -> partiallyMeets;
			case 3 -> meets;
			case 4 -> fullyMeets;
			default -> 0;
		};
	}

}
