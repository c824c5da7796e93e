package org.migracap.mobility.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a figure of the migration data counts. Bilateral measures sit on a corridor (origin -> destination); the others
 * on one country.
 */
public enum Measure {

	/** People born in (or citizens of) the origin living in the destination, at mid-year. */
	MIGRANT_STOCK(true, "persons"),
	/** People who moved from the origin to the destination during the year. */
	MIGRANT_FLOW(true, "persons"),
	/** Money migrants in the destination sent to the origin, in US$ million. */
	REMITTANCES(true, "US$ million"),
	/** Personal remittances a country received, in current US$. */
	REMITTANCES_RECEIVED(false, "US$");

	private final boolean bilateral;

	private final String unit;

	Measure(boolean bilateral, String unit) {
		this.bilateral = bilateral;
		this.unit = unit;
	}

	public boolean bilateral() {
		return bilateral;
	}

	public String unit() {
		return unit;
	}

	public String messageKey() {
		return "mobility.measure." + name();
	}

	public static List<Measure> bilateralMeasures() {
		return Arrays.stream(values()).filter(Measure::bilateral).toList();
	}

	public static Optional<Measure> parse(String text) {
		String code = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return Arrays.stream(values()).filter(m -> m.name().equals(code)).findFirst();
	}

}
