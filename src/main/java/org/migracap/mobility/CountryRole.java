package org.migracap.mobility;

/**
 * The part a country plays on a route, or mostly plays in migration: where people leave from, pass through, or go to.
 */
public enum CountryRole {

	ORIGIN, TRANSIT, DESTINATION;

	public String messageKey() {
		return "mobility.role." + name();
	}

}
