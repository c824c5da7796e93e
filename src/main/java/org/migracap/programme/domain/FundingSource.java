package org.migracap.programme.domain;

/**
 * Where the money for a budget line comes from.
 */
public enum FundingSource {

	DONOR_GRANT, IOM_FUND, GOVERNMENT, PRIVATE_SECTOR, OTHER;

	public String messageKey() {
		return "programme.funding." + name();
	}

}
