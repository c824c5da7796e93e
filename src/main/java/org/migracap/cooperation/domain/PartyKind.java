package org.migracap.cooperation.domain;

/**
 * Who can be party to an agreement or partnership: States, and non-state actors.
 */
public enum PartyKind {

	STATE, PRIVATE_SECTOR, NGO, INTERNATIONAL_ORGANISATION, LOCAL_GOVERNMENT, REGIONAL_GOVERNMENT;

	public String messageKey() {
		return "cooperation.partyKind." + name();
	}

}
