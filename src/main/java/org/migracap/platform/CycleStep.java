package org.migracap.platform;

/**
 * The steps of the capacity-building cycle, used as the navigation of the application, plus the entries that sit
 * beside the cycle.
 */
public enum CycleStep {

	ASSESS, ANALYSE, DELIBERATE, PRIORITISE, DELIVER, EVALUATE, LEARN, COUNTRIES, ADMIN;

	public String messageKey() {
		return "cycle." + name().toLowerCase(java.util.Locale.ROOT);
	}

	public boolean inCycle() {
		return ordinal() <= EVALUATE.ordinal();
	}

}
