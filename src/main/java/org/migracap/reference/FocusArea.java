package org.migracap.reference;

import java.util.Locale;

/**
 * The focus areas of capacity-building in migration management: nine areas (codes A to I, after the paragraph letters
 * of IOM's background paper MC/INF/265) and cooperation and dialogue among States (X), which runs through all of
 * them. Names and descriptions are translated messages {@code area.<code>.name} and {@code area.<code>.description}.
 */
public enum FocusArea {

	A, B, C, D, E, F, G, H, I, X;

	public String code() {
		return name();
	}

	public String nameKey() {
		return "area." + name() + ".name";
	}

	public String shortKey() {
		return "area." + name() + ".short";
	}

	public String descriptionKey() {
		return "area." + name() + ".description";
	}

	public static FocusArea of(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT));
	}

	public static boolean isCode(String code) {
		for (FocusArea area : values()) {
			if (area.name().equalsIgnoreCase(code.trim())) {
				return true;
			}
		}
		return false;
	}

}
