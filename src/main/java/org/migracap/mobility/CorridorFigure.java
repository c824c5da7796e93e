package org.migracap.mobility;

/**
 * The migrant stock of one corridor (people born in the origin living in the destination) and the data it comes from.
 */
public record CorridorFigure(String originIso3, String destinationIso3, double migrants, String source, int year) {
}
