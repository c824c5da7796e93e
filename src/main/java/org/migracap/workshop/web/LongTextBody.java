package org.migracap.workshop.web;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Text;

/** A longer text of the workshop API (a description, a ballot's question) in English, French and Spanish. */
@Schema(description = "A longer text in the IOM languages (1,000 characters each).",
		example = "{\"en\": \"Three days on bilateral labour agreements.\", \"fr\": \"Trois jours sur les accords bilatéraux de main-d’œuvre.\"}")
record LongTextBody(@Nullable @Size(max = 1000) String en, @Nullable @Size(max = 1000) String fr,
		@Nullable @Size(max = 1000) String es) {

	static Text of(@Nullable LongTextBody text) {
		return text == null ? Text.of(null, null, null) : Text.of(text.en(), text.fr(), text.es());
	}

}
