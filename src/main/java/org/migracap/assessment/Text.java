package org.migracap.assessment;

import java.io.Serializable;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Content written by people (framework titles, questions, level descriptors) in English, and where given in French
 * and Spanish. A missing translation falls back to English.
 */
public record Text(String en, @Nullable String fr, @Nullable String es) implements Serializable {

	public Text {
		en = en == null ? "" : en.strip();
		fr = blankToNull(fr);
		es = blankToNull(es);
	}

	public static Text en(String en) {
		return new Text(en, null, null);
	}

	/** The text in the language of {@code locale}, English when there is no translation. */
	public String in(Locale locale) {
		String translated = switch (locale.getLanguage()) {
			case "fr" -> fr;
			case "es" -> es;
			default -> null;
		};
		return translated != null ? translated : en;
	}

	/** Whether the text exists in the language of {@code locale} rather than falling back to English. */
	public boolean translatedIn(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> fr != null;
			case "es" -> es != null;
			default -> true;
		};
	}

	public boolean missing() {
		return en.isBlank();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
