package org.migracap.library.domain;

import org.junit.jupiter.api.Test;
import org.migracap.library.LibraryFixtures;
import org.migracap.platform.RuleViolationException;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tika reads the five accepted formats from real files made here, tells their type from the bytes whatever the name,
 * and refuses empty, oversized, unsupported, password-protected and damaged files with a message key.
 */
class TextExtractorTests {

	final TextExtractor extractor = new TextExtractor(new LibrarySettings(DataSize.ofKilobytes(200), 1_000, false));

	@Test
	void readsThePdfTextAndSeesItsLanguage() {
		ExtractedText text = extractor.extract(LibraryFixtures.pdf("The recruitment agencies shall be licensed by the",
				"ministry and shall not charge any fee to the workers that they place abroad."));
		assertThat(text.mediaType()).isEqualTo(TextExtractor.PDF);
		assertThat(text.text()).contains("recruitment agencies shall be licensed");
		assertThat(text.language()).isEqualTo("en");
		assertThat(text.truncated()).isFalse();
	}

	@Test
	void readsDocxOdtHtmlAndPlainText() {
		assertThat(extractor.extract(LibraryFixtures.docx("Les victimes de la traite reçoivent un hébergement et une aide pour leur retour.")))
			.satisfies(t -> {
				assertThat(t.mediaType()).isEqualTo(TextExtractor.DOCX);
				assertThat(t.text()).contains("victimes de la traite");
				assertThat(t.language()).isEqualTo("fr");
			});
		assertThat(extractor.extract(LibraryFixtures.odt("Las personas retornadas reciben orientación y apoyo para su reintegración en el país.")))
			.satisfies(t -> {
				assertThat(t.mediaType()).isEqualTo(TextExtractor.ODT);
				assertThat(t.text()).contains("personas retornadas");
				assertThat(t.language()).isEqualTo("es");
			});
		assertThat(extractor.extract(LibraryFixtures.html("fr", "Loi", "Texte court.")))
			.satisfies(t -> {
				assertThat(t.mediaType()).isEqualTo(TextExtractor.HTML);
				assertThat(t.text()).contains("Texte court.").doesNotContain("<p>");
				assertThat(t.language()).as("declared by the lang attribute").isEqualTo("fr");
			});
		assertThat(extractor.extract(LibraryFixtures.text("Plain words of a policy on the return of the nationals and their reintegration.")))
			.satisfies(t -> assertThat(t.mediaType()).isEqualTo(TextExtractor.TEXT));
	}

	@Test
	void cutsLongTextAtTheLimitAndSaysSo() {
		ExtractedText text = extractor.extract(LibraryFixtures.text("word ".repeat(1_000)));
		assertThat(text.truncated()).isTrue();
		assertThat(text.text().length()).isLessThanOrEqualTo(1_000);
	}

	@Test
	void refusesPasswordProtectedPdf() {
		assertThatThrownBy(() -> extractor.extract(LibraryFixtures.protectedPdf("secret", "Confidential text")))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("library.upload.encrypted"));
	}

	@Test
	void refusesTruncatedFiles() {
		byte[] docx = LibraryFixtures.docx("A paragraph long enough to be worth cutting in two halves for the test.");
		assertThatThrownBy(() -> extractor.extract(LibraryFixtures.truncated(docx)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageKey()).isIn("library.upload.broken", "library.upload.unsupportedType"));
		byte[] pdf = LibraryFixtures.pdf("Some text on a page of a document that will be cut.");
		assertThatThrownBy(() -> extractor.extract(LibraryFixtures.truncated(pdf)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("library.upload.broken"));
	}

	@Test
	void refusesEmptyOversizedAndUnsupportedFiles() {
		assertThatThrownBy(() -> extractor.extract(new byte[0])).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("library.upload.empty"));
		assertThatThrownBy(() -> extractor.extract(new byte[300 * 1024]))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("library.upload.tooLarge"));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
				0, 0, 0, 1, 8, 2, 0, 0, 0 };
		assertThatThrownBy(() -> extractor.extract(png)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("library.upload.unsupportedType"));
	}

	@Test
	void guessesTheLanguageOnlyWhenOneStandsOut() {
		assertThat(LanguageGuess.guess("The State shall review the law and the policy of the ministry.")).isEqualTo("en");
		assertThat(LanguageGuess.guess("Le ministère révise le cadre et la politique des migrations pour les États.")).isEqualTo("fr");
		assertThat(LanguageGuess.guess("El ministerio revisa el marco y la política de las migraciones con los Estados.")).isEqualTo("es");
		assertThat(LanguageGuess.guess("Kenya Uganda Tanzania Rwanda Burundi")).isNull();
		assertThat(LanguageGuess.guess("")).isNull();
	}

}
