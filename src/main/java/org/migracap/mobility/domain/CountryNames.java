package org.migracap.mobility.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How country names are compared: without accents, case, punctuation or repeated spaces, so that "Côte d'Ivoire",
 * "COTE D'IVOIRE" and "Cote d Ivoire" are one name.
 */
public final class CountryNames {

	private CountryNames() {
	}

	public static String fold(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT)
			.replace("&", " and ")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.trim();
	}

}
