package org.migracap.assessment;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;

/**
 * The level a country reached on one indicator of the core framework in a published cycle.
 * @param level 1 (no capacity) to 5 (sustainable)
 */
public record IndicatorScore(String iso3, String indicatorCode, FocusArea area, CapacityDimension dimension, int level,
		@Nullable Integer targetLevel, @Nullable Integer targetYear, double weight, long cycleId, int year) {

	/** (level - 1) / 4 * 100. */
	public double normalised() {
		return (level - 1) / 4.0 * 100.0;
	}

	/** Target level minus level, never below 0; 0 without a target. */
	public int gap() {
		return targetLevel == null ? 0 : Math.max(0, targetLevel - level);
	}

}
