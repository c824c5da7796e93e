package org.migracap.planning.domain;

/**
 * Where a scenario stands: being prepared, solved at least once, or adopted (then frozen).
 */
public enum ScenarioStatus {

	DRAFT, SOLVED, ADOPTED;

	public String messageKey() {
		return "planning.status." + name();
	}

}
