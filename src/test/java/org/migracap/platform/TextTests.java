package org.migracap.platform;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text in the IOM languages: read in the reader's language with English as the fallback, or in a workshop's working
 * languages; blank is no text; the JSON has the three languages and nothing else.
 */
class TextTests {

	@Test
	void aReaderSeesTheirLanguageOrEnglish() {
		Text text = Text.of("Border management", "Gestion des frontières", null);
		assertThat(text.in(Locale.FRENCH)).isEqualTo("Gestion des frontières");
		assertThat(text.in(Locale.of("es"))).as("no Spanish: English").isEqualTo("Border management");
		assertThat(text.in(Locale.GERMAN)).as("not an IOM language: English").isEqualTo("Border management");
		assertThat(Text.of(null, null, "Solo").in(Locale.ENGLISH)).isEqualTo("Solo");
		assertThat(Text.orEmpty(null).in(Locale.ENGLISH)).isEmpty();
	}

	@Test
	void aReaderSeesTheirLanguageOrTheFirstWorkingLanguageThatHasTheText() {
		Text text = Text.of("Opening", "Ouverture", "Apertura");
		List<String> bilingual = List.of("en", "fr");
		assertThat(text.resolve(Locale.FRENCH, bilingual)).isEqualTo("Ouverture");
		assertThat(text.resolve(Locale.ENGLISH, bilingual)).isEqualTo("Opening");
		assertThat(text.resolve(Locale.of("es"), bilingual)).as("Spanish is not a working language")
			.isEqualTo("Opening");
		Text missing = Text.of("Opening", "  ", null);
		assertThat(missing.resolve(Locale.FRENCH, bilingual)).isEqualTo("Opening");
		assertThat(missing.languageFor(Locale.FRENCH, bilingual)).isEqualTo("en");
		assertThat(missing.missingIn(bilingual)).containsExactly("fr");
		assertThat(Text.of(null, null, "Solo").resolve(Locale.ENGLISH, bilingual)).isEqualTo("Solo");
		assertThat(Text.of(null, "Seul", null).languageFor(Locale.ENGLISH, List.of("fr", "en"))).isEqualTo("fr");
	}

	@Test
	void blankIsNoTextAndTextsAreStripped() {
		Text text = Text.of("  Opening ", " ", "");
		assertThat(text).isEqualTo(Text.english("Opening"));
		assertThat(text.fr()).isNull();
		assertThat(text.has("en")).isTrue();
		assertThat(text.has("fr")).isFalse();
		assertThat(text.in("es")).isNull();
		assertThat(text.in("de")).as("not an IOM language").isNull();
		assertThat(text.isEmpty()).isFalse();
		assertThat(Text.of(" ", null, "\t").isEmpty()).isTrue();
		assertThat(Text.orEmpty(null).isEmpty()).isTrue();
	}

	@Test
	void theJsonHoldsTheThreeLanguagesOnly() {
		JsonMapper json = JsonMapper.builder().build();
		assertThat(json.writeValueAsString(Text.of("Opening", null, "Apertura")))
			.isEqualTo("{\"en\":\"Opening\",\"fr\":null,\"es\":\"Apertura\"}");
		assertThat(json.writeValueAsString(Text.orEmpty(null))).isEqualTo("{\"en\":null,\"fr\":null,\"es\":null}");
		assertThat(json.readValue("{\"en\":\" Opening \",\"fr\":\"\"}", Text.class)).isEqualTo(Text.english("Opening"));
	}

}
