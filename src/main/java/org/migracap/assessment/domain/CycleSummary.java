package org.migracap.assessment.domain;

import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Confidentiality;

/**
 * A cycle in a list: who, which framework, where it stands, how complete it is.
 */
public record CycleSummary(long id, String iso3, String frameworkCode, int frameworkVersion, CycleKind kind, int year,
		CycleStatus status, Confidentiality confidentiality, boolean demo, int answered, int indicators,
		@Nullable Instant submittedAt, @Nullable Instant publishedAt) implements Serializable {

	public double completeness() {
		return indicators == 0 ? 0 : (double) answered / indicators;
	}

}
