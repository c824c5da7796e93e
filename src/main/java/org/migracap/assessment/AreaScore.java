package org.migracap.assessment;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Confidentiality;
import org.migracap.reference.FocusArea;

/**
 * A country's capacity in one focus area, from one published assessment cycle of the core framework.
 * @param score weighted mean of the normalised levels ((level - 1) / 4 * 100) of the answered indicators, 0 to 100
 * @param completeness share of the area's indicators that were answered, 0 to 1
 * @param targetScore the score the area would have if every target were met (indicators without a target count at
 * their current level), 0 to 100; {@code null} when no indicator of the area has a target
 * @param gap mean of (target level - level) over the answered indicators that have a target, never below 0 per
 * indicator; 0 when none has a target
 */
public record AreaScore(String iso3, FocusArea area, double score, double completeness, @Nullable Double targetScore,
		double gap, long cycleId, int year, Confidentiality confidentiality) {
}
