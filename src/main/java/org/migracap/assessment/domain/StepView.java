package org.migracap.assessment.domain;

import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step in the history of a cycle.
 * @param action CREATED, SUBMITTED, RETURNED, VALIDATED, PUBLISHED, CONFIDENTIALITY or IMPORTED
 */
public record StepView(String action, String actor, Instant at, @Nullable String note) implements Serializable {

	public String messageKey() {
		return "assessment.step." + action;
	}

}
