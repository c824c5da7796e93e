package org.migracap.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.Text;

/**
 * A text held in English, and optionally in French and Spanish; stored as three columns named by the embedding
 * attribute ({@code question_en}, {@code question_fr}, {@code question_es}).
 */
@Embeddable
class LocalizedText {

	@Column(name = "en")
	private @Nullable String en;

	@Column(name = "fr")
	private @Nullable String fr;

	@Column(name = "es")
	private @Nullable String es;

	protected LocalizedText() {
	}

	private LocalizedText(@Nullable String en, @Nullable String fr, @Nullable String es) {
		this.en = en;
		this.fr = fr;
		this.es = es;
	}

	static LocalizedText of(@Nullable Text text) {
		return text == null ? new LocalizedText() : new LocalizedText(text.en(), text.fr(), text.es());
	}

	/** The text, or null when there is none (Hibernate leaves an embedded value null when all its columns are). */
	static @Nullable Text optional(@Nullable LocalizedText text) {
		return text == null || text.en == null || text.en.isBlank() ? null : new Text(text.en, text.fr, text.es);
	}

	static Text required(@Nullable LocalizedText text) {
		Text value = optional(text);
		return value != null ? value : new Text("", text == null ? null : text.fr, text == null ? null : text.es);
	}

}
