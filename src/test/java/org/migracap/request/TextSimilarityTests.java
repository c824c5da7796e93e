package org.migracap.request;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migracap.request.domain.TextSimilarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * TF-IDF cosine on cases computed by hand.
 */
class TextSimilarityTests {

	@Test
	void cosineOfTwoTextsSharingOneOfTwoTermsMatchesTheHandComputation() {
		TextSimilarity corpus = new TextSimilarity();
		int a = corpus.add("Border training");
		int b = corpus.add("Border police");
		int c = corpus.add("Health");
		// n = 3; df(border) = 2 -> idf = ln(4/3) + 1 = 1.287682; df(training) = df(police) = 1 -> idf = ln(4/2) + 1 = 1.693147
		double border = Math.log(4.0 / 3.0) + 1;
		double single = Math.log(2.0) + 1;
		assertThat(corpus.idf("border")).isCloseTo(1.287682, within(1e-6));
		assertThat(corpus.idf("training")).isCloseTo(1.693147, within(1e-6));
		double expected = border * border / (border * border + single * single);
		assertThat(expected).isCloseTo(0.366447, within(1e-6));
		assertThat(corpus.cosine(a, b)).isCloseTo(expected, within(1e-9));
		assertThat(corpus.cosine(a, c)).isZero();
		assertThat(corpus.cosine(a, a)).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void repeatedTermsWeighMore() {
		TextSimilarity corpus = new TextSimilarity();
		int a = corpus.add("border border training");
		int b = corpus.add("border police");
		corpus.add("health");
		// a = (2*1.287682, 1.693147), b = (1.287682, 1.693147 on police): cos = 2*1.658125 / (|a| |b|)
		double border = Math.log(4.0 / 3.0) + 1;
		double single = Math.log(2.0) + 1;
		double na = Math.sqrt(4 * border * border + single * single);
		double nb = Math.sqrt(border * border + single * single);
		assertThat(corpus.cosine(a, b)).isCloseTo(2 * border * border / (na * nb), within(1e-9));
	}

	@Test
	void textsAreFoldedStemmedAndStrippedOfStopWords() {
		assertThat(TextSimilarity.terms("The Officers and the POLICIES for Réintégration, de l'État"))
			.containsExactly("officer", "policy", "reintegration", "etat");
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

}
