package org.migracap.request;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migracap.request.domain.TextSimilarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * TF-IDF cosine on cases computed by hand, on the terms of Lucene's English, French and Spanish analyzers.
 */
class TextSimilarityTests {

	@Test
	void cosineOfTwoTextsSharingOneOfTwoTermsMatchesTheHandComputation() {
		TextSimilarity corpus = new TextSimilarity();
		int a = corpus.add("Border training", TextSimilarity.Language.EN);
		int b = corpus.add("Border police", TextSimilarity.Language.EN);
		int c = corpus.add("Health", TextSimilarity.Language.EN);
		// English stems border, train, polic, health
		// n = 3; df(border) = 2 -> idf = ln(4/3) + 1 = 1.287682; df(train) = df(polic) = 1 -> idf = ln(4/2) + 1 = 1.693147
		double border = Math.log(4.0 / 3.0) + 1;
		double single = Math.log(2.0) + 1;
		assertThat(corpus.idf("border")).isCloseTo(1.287682, within(1e-6));
		assertThat(corpus.idf("train")).isCloseTo(1.693147, within(1e-6));
		double expected = border * border / (border * border + single * single);
		assertThat(expected).isCloseTo(0.366447, within(1e-6));
		assertThat(corpus.cosine(a, b)).isCloseTo(expected, within(1e-9));
		assertThat(corpus.cosine(a, c)).isZero();
		assertThat(corpus.cosine(a, a)).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void repeatedTermsWeighMore() {
		TextSimilarity corpus = new TextSimilarity();
		int a = corpus.add("border border training", TextSimilarity.Language.EN);
		int b = corpus.add("border police", TextSimilarity.Language.EN);
		corpus.add("health", TextSimilarity.Language.EN);
		// a = (2*1.287682, 1.693147), b = (1.287682, 1.693147 on police): cos = 2*1.658125 / (|a| |b|)
		double border = Math.log(4.0 / 3.0) + 1;
		double single = Math.log(2.0) + 1;
		double na = Math.sqrt(4 * border * border + single * single);
		double nb = Math.sqrt(border * border + single * single);
		assertThat(corpus.cosine(a, b)).isCloseTo(2 * border * border / (na * nb), within(1e-9));
	}

	@Test
	void textsAreAnalyzedInTheirLanguageAndFolded() {
		assertThat(TextSimilarity.terms("The Officers and the POLICIES for the Réintégration"))
			.containsExactly("offic", "polici", "reintegrat");
		assertThat(TextSimilarity.terms("Les agents de l'État", EnumSet.of(TextSimilarity.Language.FR)))
			.as("elision removed, accents folded").containsExactly("agent", "etat");
		TextSimilarity corpus = new TextSimilarity();
		int en = corpus.add("Training of border officers");
		int same = corpus.add("training for the border officer");
		assertThat(corpus.cosine(en, same)).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void jaccardOfAreaSets() {
		assertThat(TextSimilarity.jaccard(Set.of("B", "I"), Set.of("B"))).isEqualTo(0.5);
		assertThat(TextSimilarity.jaccard(Set.of("B", "I", "C"), Set.of("B", "D"))).isEqualTo(0.25);
		assertThat(TextSimilarity.jaccard(Set.of(), Set.of())).isZero();
	}


	@Test
	void frenchSpanishAndEnglishInflectionsMeetOnOneStem() {
		// the hand-made plural stemmer kept "nationau" apart from "national", "migracione" from "migracion",
		// "trafficking" from "trafficked" and "migrante" from "migrant"
		Set<TextSimilarity.Language> fr = EnumSet.of(TextSimilarity.Language.FR);
		Set<TextSimilarity.Language> spanish = EnumSet.of(TextSimilarity.Language.ES);
		assertThat(TextSimilarity.terms("les services nationaux", fr))
			.isEqualTo(TextSimilarity.terms("le service national", fr));
		assertThat(TextSimilarity.terms("las migraciones laborales", spanish))
			.isEqualTo(TextSimilarity.terms("la migración laboral", spanish));
		assertThat(TextSimilarity.terms("the trafficking of persons"))
			.isEqualTo(TextSimilarity.terms("the trafficked persons"));
		TextSimilarity corpus = new TextSimilarity();
		int en = corpus.add("Protection of migrants at the border");
		int es = corpus.add("La protección de los migrantes en la frontera");
		corpus.add("Health of the labour force");
		assertThat(corpus.cosine(en, es)).as("migrants / migrantes share a term").isGreaterThan(0);
	}

	@Test
	void theLanguageOfATextIsGuessedFromTheAnalyzersStopWords() {
		assertThat(TextSimilarity.language("The training of the border officers")).contains(TextSimilarity.Language.EN);
		assertThat(TextSimilarity.language("La formation des agents aux frontières")).contains(TextSimilarity.Language.FR);
		assertThat(TextSimilarity.language("La formación de los agentes en las fronteras"))
			.contains(TextSimilarity.Language.ES);
		assertThat(TextSimilarity.language("Border training")).isEmpty();
	}

}
