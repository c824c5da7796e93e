package org.migracap.assessment;

import org.migracap.reference.FocusArea;

/**
 * An indicator of the MigraCap core framework.
 * @param code area letter and dimension number, e.g. {@code B3}; stable across framework versions
 * @param question the question an assessor answers, in English
 */
public record IndicatorDefinition(String code, FocusArea area, CapacityDimension dimension, double weight,
		String question) {
}
