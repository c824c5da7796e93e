package org.migracap.request.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * TF-IDF cosine similarity between short texts in English, French or Spanish. A text's terms are what Lucene's
 * analyzer of its language makes of it (tokenised, lower case, elisions and stop words removed, stemmed: "nationaux"
 * and "national" meet on one stem, as do "migraciones" and "migración"), with accents folded afterwards so that
 * "État" and "etat" meet too. The language is the one whose stop words (the analyzers' own lists) the text uses
 * most; when none stands out, the terms of all three analyzers are taken. A term's weight in a text is
 * {@code tf × idf} with {@code idf = ln((1 + n) / (1 + df)) + 1} (n texts, df of them containing the term); the
 * similarity of two texts is the cosine of their weight vectors, from 0 (no term in common) to 1 (same terms in the
 * same proportions).
 */
public final class TextSimilarity {

	/** The languages that have an analyzer here. */
	public enum Language {

		EN(new EnglishAnalyzer()), FR(new FrenchAnalyzer()), ES(new SpanishAnalyzer());

		private final StopwordAnalyzerBase analyzer;

		Language(StopwordAnalyzerBase analyzer) {
			this.analyzer = analyzer;
		}

		Analyzer analyzer() {
			return analyzer;
		}

		CharArraySet stopWords() {
			return analyzer.getStopwordSet();
		}

		/** The language of a code such as {@code "fr"} or {@code "fr-CA"}; empty when there is no analyzer for it. */
		public static Optional<Language> of(@Nullable String code) {
			if (code == null || code.length() < 2) {
				return Optional.empty();
			}
			String prefix = code.substring(0, 2).toUpperCase(Locale.ROOT);
			for (Language language : values()) {
				if (language.name().equals(prefix)) {
					return Optional.of(language);
				}
			}
			return Optional.empty();
		}

	}

	private final List<Map<String, Integer>> counts = new ArrayList<>();

	private final Map<String, Integer> documentFrequency = new HashMap<>();

	/** Weighted vectors and their norms, computed once per text after the corpus last changed. */
	private final Map<Integer, Map<String, Double>> vectors = new HashMap<>();

	private final Map<Integer, Double> norms = new HashMap<>();

	/** Adds a text in the language its stop words suggest (all three when unclear) and answers its position. */
	public int add(String text) {
		return add(terms(text));
	}

	/** Adds a text in a known language and answers its position. */
	public int add(String text, Language language) {
		return add(terms(text, EnumSet.of(language)));
	}

	private int add(List<String> textTerms) {
		Map<String, Integer> terms = new HashMap<>();
		for (String term : textTerms) {
			terms.merge(term, 1, Integer::sum);
		}
		for (String term : terms.keySet()) {
			documentFrequency.merge(term, 1, Integer::sum);
		}
		counts.add(terms);
		vectors.clear();
		norms.clear();
		return counts.size() - 1;
	}

	public int size() {
		return counts.size();
	}

	/** Inverse document frequency of a term (as the analyzer made it) in the corpus. */
	public double idf(String term) {
		int df = documentFrequency.getOrDefault(term, 0);
		return Math.log((1.0 + counts.size()) / (1.0 + df)) + 1.0;
	}

	/** Cosine similarity of the TF-IDF vectors of texts {@code a} and {@code b} of the corpus. */
	public double cosine(int a, int b) {
		Map<String, Double> va = vectors.computeIfAbsent(a, i -> vector(counts.get(i)));
		Map<String, Double> vb = vectors.computeIfAbsent(b, i -> vector(counts.get(i)));
		if (va.size() > vb.size()) {
			Map<String, Double> swap = va;
			va = vb;
			vb = swap;
		}
		double dot = 0;
		for (Map.Entry<String, Double> entry : va.entrySet()) {
			Double other = vb.get(entry.getKey());
			if (other != null) {
				dot += entry.getValue() * other;
			}
		}
		double norm = norms.computeIfAbsent(a, i -> norm(vectors.get(i))) * norms.computeIfAbsent(b, i -> norm(vectors.get(i)));
		return norm == 0 ? 0 : Math.min(1.0, dot / norm);
	}

	private Map<String, Double> vector(Map<String, Integer> terms) {
		Map<String, Double> vector = new HashMap<>();
		terms.forEach((term, tf) -> vector.put(term, tf * idf(term)));
		return vector;
	}

	private static double norm(Map<String, Double> vector) {
		double sum = 0;
		for (double value : vector.values()) {
			sum += value * value;
		}
		return Math.sqrt(sum);
	}

	/**
	 * The language whose analyzer's stop words the text uses most, when one has strictly more of them than the
	 * others; empty when none stands out (no stop word, or a tie).
	 */
	public static Optional<Language> language(String text) {
		String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
		Language best = null;
		int bestCount = 0;
		int secondCount = 0;
		for (Language language : Language.values()) {
			int count = 0;
			for (String word : words) {
				if (!word.isEmpty() && language.stopWords().contains(word)) {
					count++;
				}
			}
			if (count > bestCount) {
				secondCount = bestCount;
				bestCount = count;
				best = language;
			}
			else if (count > secondCount) {
				secondCount = count;
			}
		}
		return bestCount > secondCount ? Optional.ofNullable(best) : Optional.empty();
	}

	/** The terms of a text in the language its stop words suggest, or in all three when unclear. */
	public static List<String> terms(String text) {
		return terms(text, language(text).map(EnumSet::of).orElseGet(() -> EnumSet.allOf(Language.class)));
	}

	/** The terms the analyzers of the given languages make of a text, one after the other, accents folded. */
	public static List<String> terms(String text, Set<Language> languages) {
		List<String> terms = new ArrayList<>();
		for (Language language : languages) {
			try (TokenStream stream = language.analyzer().tokenStream("text", text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					terms.add(fold(term.toString()));
				}
				stream.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return terms;
	}

	private static String fold(String term) {
		return Normalizer.normalize(term, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	/** Jaccard index of two sets: shared members over all members; 0 for two empty sets. */
	public static <T> double jaccard(Set<T> a, Set<T> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		long shared = a.stream().filter(b::contains).count();
		return (double) shared / (a.size() + b.size() - shared);
	}

}
