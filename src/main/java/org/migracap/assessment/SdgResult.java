package org.migracap.assessment;

/**
 * A country's published result for SDG indicator 10.7.2, all policy domains combined.
 * @param category 1 requires further progress, 2 partially meets, 3 meets, 4 fully meets
 */
public record SdgResult(String iso3, int year, int category) {

	/** Whether the country meets or fully meets the policy criteria. */
	public boolean meets() {
		return category >= 3;
	}

}
