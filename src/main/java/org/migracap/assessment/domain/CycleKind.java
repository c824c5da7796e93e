package org.migracap.assessment.domain;

/**
 * Who assessed: the State itself, the State with IOM, or an external team.
 */
public enum CycleKind {

	SELF, JOINT, EXTERNAL;

	public String messageKey() {
		return "assessment.kind." + name();
	}

}
