package org.migracap.cooperation.domain;

/**
 * Where an agreement stands. Only signed agreements and agreements in force (within their dates) cover a corridor.
 */
public enum AgreementStatus {

	DRAFT, NEGOTIATION, SIGNED, IN_FORCE, EXPIRED, TERMINATED;

	public boolean operative() {
		return this == SIGNED || this == IN_FORCE;
	}

	public String messageKey() {
		return "cooperation.agreementStatus." + name();
	}

}
