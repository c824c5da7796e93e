package org.migracap.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Embeddable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * Content written by people (a framework's title, a question, a workshop's agenda) in the IOM languages: English,
 * French and Spanish, each one given or not. Blank texts are held as {@code null}.
 *
 * <p>
 * Embedded in entities as three columns named by the embedding attribute ({@code title_en}, {@code title_fr},
 * {@code title_es}); Hibernate loads a text whose three columns are empty as {@code null}, hence {@link #orEmpty}. In
 * the API it is {@code {"en": …, "fr": …, "es": …}}.
 *
 * <p>
 * Two ways of reading it: {@link #in(Locale)} for content that always has English (assessment frameworks), and
 * {@link #resolve(Locale, List)} for content given in a workshop's working languages only.
 */
@Embeddable
public record Text(@Nullable String en, @Nullable String fr, @Nullable String es) implements Serializable {

	/** The IOM languages, in the order a text falls back through them. */
	public static final List<String> LANGUAGES = List.of("en", "fr", "es");

	private static final Text EMPTY = new Text(null, null, null);

	public Text {
		en = blankToNull(en);
		fr = blankToNull(fr);
		es = blankToNull(es);
	}

	public static Text of(@Nullable String en, @Nullable String fr, @Nullable String es) {
		return new Text(en, fr, es);
	}

	public static Text english(@Nullable String en) {
		return new Text(en, null, null);
	}

	/** The text, or one with no language given when there is none. */
	public static Text orEmpty(@Nullable Text text) {
		return text == null ? EMPTY : text;
	}

	/** The text in the language {@code language} ({@code en}, {@code fr} or {@code es}), if given. */
	public @Nullable String in(String language) {
		return switch (language) {
			case "en" -> en;
			case "fr" -> fr;
			case "es" -> es;
			default -> null;
		};
	}

	public boolean has(String language) {
		return in(language) != null;
	}

	/**
	 * The text in the language of {@code locale}, English when it has no translation there (then French, then
	 * Spanish); empty when no language is given.
	 */
	public String in(Locale locale) {
		return resolve(locale, LANGUAGES);
	}

	/**
	 * The text in {@code locale}'s language if it is a working language and given, else in the first working language
	 * that has it, else in the first IOM language that has it; empty when none does.
	 */
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

	/** The language {@link #resolve} picks for the reader (the first working language when none has the text). */
	public String languageFor(Locale locale, List<String> workingLanguages) {
		String language = locale.getLanguage();
		if (workingLanguages.contains(language) && has(language)) {
			return language;
		}
		return workingLanguages.stream()
			.filter(this::has)
			.findFirst()
			.orElse(workingLanguages.isEmpty() ? "en" : workingLanguages.get(0));
	}

	/** The working languages in which the text is missing. */
	public List<String> missingIn(List<String> workingLanguages) {
		return workingLanguages.stream().filter(l -> !has(l)).toList();
	}

	/** Whether no language is given. Not part of the JSON, which has the three languages only. */
	@JsonIgnore
	public boolean isEmpty() {
		return en == null && fr == null && es == null;
	}

	@Override
	public String toString() {
		return "en=" + en + " | fr=" + fr + " | es=" + es;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
