package org.migracap.mobility.domain;

/**
 * What an alias does with a name or code found in a data file: count it as an ISO country, or leave its rows out.
 */
public enum AliasAction {

	MAP, EXCLUDE;

	public String messageKey() {
		return "mobility.alias.action." + name();
	}

}
