package org.migracap.assessment;

import org.migracap.platform.Confidentiality;

/**
 * An assessment cycle was published: its scores are now part of what {@link AssessmentApi} answers (for the viewers
 * its confidentiality allows). Not raised for data loaded at start-up (SDG 10.7.2 results, demo data); read
 * {@link AssessmentApi} for the state at any time.
 */
public record AssessmentPublished(long cycleId, String iso3, String frameworkCode, int year,
		Confidentiality confidentiality) {
}
