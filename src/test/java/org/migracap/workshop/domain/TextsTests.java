package org.migracap.workshop.domain;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant reads a text in their own language when it is a working language and given; otherwise in the first
 * working language that has it.
 */
class TextsTests {

	@Test
	void aReaderSeesTheirLanguageOrTheFirstWorkingLanguageThatHasTheText() {
		Texts texts = Texts.of("Opening", "Ouverture", "Apertura");
		List<String> bilingual = List.of("en", "fr");
		assertThat(texts.resolve(Locale.FRENCH, bilingual)).isEqualTo("Ouverture");
		assertThat(texts.resolve(Locale.ENGLISH, bilingual)).isEqualTo("Opening");
		assertThat(texts.resolve(Locale.of("es"), bilingual)).as("Spanish is not a working language")
			.isEqualTo("Opening");
		Texts missing = Texts.of("Opening", "  ", null);
		assertThat(missing.resolve(Locale.FRENCH, bilingual)).isEqualTo("Opening");
		assertThat(missing.languageFor(Locale.FRENCH, bilingual)).isEqualTo("en");
		assertThat(missing.missingIn(bilingual)).containsExactly("fr");
		assertThat(Texts.of(null, null, "Solo").resolve(Locale.ENGLISH, bilingual)).isEqualTo("Solo");
		assertThat(Texts.orEmpty(null).isEmpty()).isTrue();
	}

}
