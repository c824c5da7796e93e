package org.migracap.workshop.domain;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * A text a participant reads, held once per IOM language (English, French, Spanish). A workshop's working languages
 * say which of them it is given in; a reader sees the text in their own language when it is one of them, otherwise in
 * the workshop's first language that has it.
 */
@Embeddable
public class Texts implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final List<String> LANGUAGES = List.of("en", "fr", "es");

	private @Nullable String en;

	private @Nullable String fr;

	private @Nullable String es;

	protected Texts() {
	}

	public static Texts of(@Nullable String en, @Nullable String fr, @Nullable String es) {
		Texts texts = new Texts();
		texts.en = blankToNull(en);
		texts.fr = blankToNull(fr);
		texts.es = blankToNull(es);
		return texts;
	}

	/** Hibernate loads an embedded text whose columns are all empty as {@code null}. */
	public static Texts orEmpty(@Nullable Texts texts) {
		return texts == null ? of(null, null, null) : texts;
	}

	public static Texts english(String en) {
		return of(en, null, null);
	}

	public @Nullable String in(String language) {
		return switch (language) {
			case "fr" -> fr;
			case "es" -> es;
			default -> en;
		};
	}

	public boolean has(String language) {
		return in(language) != null;
	}

	/** The text in {@code locale}'s language if it is a working language and given, else the first one given. */
	public String resolve(Locale locale, List<String> workingLanguages) {
		String language = locale.getLanguage();
		if (workingLanguages.contains(language) && has(language)) {
			return Objects.requireNonNull(in(language));
		}
		for (String working : workingLanguages) {
			if (has(working)) {
				return Objects.requireNonNull(in(working));
			}
		}
		for (String any : LANGUAGES) {
			if (has(any)) {
				return Objects.requireNonNull(in(any));
			}
		}
		return "";
	}

	/** The language {@link #resolve} picks for the reader. */
	public String languageFor(Locale locale, List<String> workingLanguages) {
		String language = locale.getLanguage();
		if (workingLanguages.contains(language) && has(language)) {
			return language;
		}
		return workingLanguages.stream().filter(this::has).findFirst().orElse(workingLanguages.isEmpty() ? "en" : workingLanguages.get(0));
	}

	/** Working languages in which the text is missing. */
	public List<String> missingIn(List<String> workingLanguages) {
		return workingLanguages.stream().filter(l -> !has(l)).toList();
	}

	public boolean isEmpty() {
		return en == null && fr == null && es == null;
	}

	public @Nullable String getEn() {
		return en;
	}

	public @Nullable String getFr() {
		return fr;
	}

	public @Nullable String getEs() {
		return es;
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Texts t && Objects.equals(en, t.en) && Objects.equals(fr, t.fr) && Objects.equals(es, t.es);
	}

	@Override
	public int hashCode() {
		return Objects.hash(en, fr, es);
	}

	@Override
	public String toString() {
		return "en=" + en + " | fr=" + fr + " | es=" + es;
	}

}
