package org.migracap.cooperation.domain;

/**
 * Kinds of agreements and partnerships among States and with non-state actors.
 */
public enum AgreementType {

	BILATERAL_LABOUR_AGREEMENT, READMISSION_AGREEMENT, MEMORANDUM_OF_UNDERSTANDING, REGIONAL_CONSULTATIVE_PROCESS,
	JOINT_PROGRAMME;

	public String messageKey() {
		return "cooperation.agreementType." + name();
	}

}
