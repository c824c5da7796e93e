package org.migracap.mobility;

import org.migracap.reference.FocusArea;

/**
 * What raising one country's capacity in one area would bring along the chain of movement: the flow-weighted gain
 * over every route on which the country is the bottleneck in that area, if it rose to the next-weakest link. The unit
 * is people × capacity points (0..100), the same as exposure: {@code peopleGain} is the exposure that would go away.
 */
public record Leverage(String iso3, FocusArea area, double peopleGain) {
}
