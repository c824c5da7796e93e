package org.migracap.planning.domain;

import java.util.Locale;

import org.migracap.reference.FocusArea;

/**
 * An action of the intervention catalogue. {@code areas} is {@code *} for every area or area letters separated by
 * {@code ;}; costs are in US dollars, recurrent costs per year; {@code uplift} in levels.
 */
public record CatalogueEntry(long id, long version, String code, String kind, int dimension, String areas,
		int fromLevel, int toLevel, String nameEn, String nameFr, String nameEs, double oneOffMin, double oneOffMax,
		double recurrentMin, double recurrentMax, int durationYears, double uplift, boolean joint, String source) {

	public String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> nameFr;
			case "es" -> nameEs;
			default -> nameEn;
		};
	}

	public boolean appliesTo(FocusArea area) {
		return "*".equals(areas.trim()) || java.util.Arrays.stream(areas.split(";"))
			.anyMatch(code -> code.trim().equalsIgnoreCase(area.code()));
	}

	/** Whether the action lifts an indicator from {@code level}: its step starts at or below it and ends above it. */
	public boolean coversLevel(int level) {
		return fromLevel <= level && level < toLevel;
	}

	public double oneOffMid() {
		return Math.round((oneOffMin + oneOffMax) / 2);
	}

	public double recurrentMid() {
		return Math.round((recurrentMin + recurrentMax) / 2);
	}

	public String kindKey() {
		return "planning.kind." + kind;
	}

}
