package org.migracap.planning.domain;

/**
 * The state of an optimiser run. {@code OPTIMAL}: proven best within the configured tolerance; {@code FEASIBLE}: a plan
 * found but not proven best (time limit or cancellation); {@code INFEASIBLE}: the constraints cannot all be met, with
 * the constraints in conflict named.
 */
public enum RunStatus {

	QUEUED, RUNNING, OPTIMAL, FEASIBLE, INFEASIBLE, CANCELLED, FAILED;

	public boolean hasPlan() {
		return this == OPTIMAL || this == FEASIBLE;
	}

	public boolean finished() {
		return this != QUEUED && this != RUNNING;
	}

	public String messageKey() {
		return "planning.runStatus." + name();
	}

}
