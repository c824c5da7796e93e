package org.migracap.workshop.domain;

/**
 * The standpoint a participant speaks from on migration: a country of origin, transit or destination (MC/INF/265 para. 17(b)).
 */
public enum Perspective {

	ORIGIN, TRANSIT, DESTINATION;

	public String messageKey() {
		return "workshop.perspective." + name();
	}

}
