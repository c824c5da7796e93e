package org.migracap.mobility.domain;

/**
 * Why a row of a data file was left out of the corridor figures. Every left-out row is counted and shown.
 */
public enum ExclusionReason {

	/** A regional, income-group or world total: counting it would add its countries twice. */
	AGGREGATE,
	/** A place without an ISO 3166-1 code (Kosovo, the Channel Islands). */
	NOT_ISO,
	/** The cell says the figure is not available ({@code ..}, {@code -}, empty). */
	NOT_AVAILABLE,
	/** Left out by an administrator for another reason (see the alias note). */
	OTHER;

	public String messageKey() {
		return "mobility.exclusion." + name();
	}

}
