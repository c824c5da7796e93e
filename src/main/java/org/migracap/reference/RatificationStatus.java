package org.migracap.reference;

/**
 * A country's status towards an international instrument.
 */
public enum RatificationStatus {

	/** Ratified, acceded or succeeded: a State party. */
	PARTY,
	/** Signed but not ratified. */
	SIGNATORY,
	/** Neither signed nor ratified. */
	NONE;

	public String messageKey() {
		return "ratification." + name();
	}

}
