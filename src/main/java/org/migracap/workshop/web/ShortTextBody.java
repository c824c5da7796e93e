package org.migracap.workshop.web;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Text;

/** A short text of the workshop API (a title, an option's label) in English, French and Spanish. */
@Schema(description = "A short text in the IOM languages (300 characters each, as the title and label columns); "
		+ "each working language of the workshop needs one.",
		example = "{\"en\": \"Labour migration governance\", \"fr\": \"Gouvernance des migrations de main-d’œuvre\"}")
record ShortTextBody(@Nullable @Size(max = 300) String en, @Nullable @Size(max = 300) String fr,
		@Nullable @Size(max = 300) String es) {

	Text toTexts() {
		return Text.of(en, fr, es);
	}

	static Text of(@Nullable ShortTextBody text) {
		return text == null ? Text.of(null, null, null) : text.toTexts();
	}

}
