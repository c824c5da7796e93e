package org.migracap.request.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF cosine similarity between short texts in English, French or Spanish. Texts are folded (lower case, accents
 * removed), split into words, stripped of stop words and of words shorter than three letters, and reduced by a light
 * plural stemmer. A term's weight in a text is {@code tf × idf} with {@code idf = ln((1 + n) / (1 + df)) + 1} (n texts,
 * df of them containing the term); the similarity of two texts is the cosine of their weight vectors, from 0 (no word
 * in common) to 1 (same words in the same proportions).
 */
public final class TextSimilarity {

	static final Set<String> STOP_WORDS = Set.copyOf(java.util.List.of(
			// English
			"the", "and", "for", "with", "from", "that", "this", "into", "our", "their", "its", "are", "was", "were", "has",
			"have", "had", "will", "would", "should", "can", "could", "not", "but", "all", "any", "more", "most", "other",
			"such", "than", "too", "very", "also", "who", "which", "what", "when", "where", "how", "need", "needs",
			"help", "request", "support", "about", "between", "through", "within", "these", "those", "they", "them",
			"been", "being", "per", "via", "new",
			// French
			"les", "des", "une", "pour", "par", "dans", "sur", "avec", "aux", "est", "sont", "qui", "que", "quoi", "ses",
			"son", "leur", "leurs", "nos", "notre", "votre", "cette", "ces", "plus", "pas", "ont", "etre", "avoir",
			"demande", "appui", "entre",
			// Spanish
			"los", "las", "del", "para", "por", "con", "una", "uno", "unos", "unas", "que", "sus", "como", "mas", "este",
			"esta", "estos", "estas", "entre", "sobre", "solicitud", "apoyo", "nuestro", "nuestra"));

	private final List<Map<String, Integer>> counts = new ArrayList<>();

	private final Map<String, Integer> documentFrequency = new HashMap<>();

	/** Weighted vectors and their norms, computed once per text after the corpus last changed. */
	private final Map<Integer, Map<String, Double>> vectors = new HashMap<>();

	private final Map<Integer, Double> norms = new HashMap<>();

	/** Adds a text to the corpus and answers its position. */
	public int add(String text) {
		Map<String, Integer> terms = new HashMap<>();
		for (String term : terms(text)) {
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

	/** Inverse document frequency of a term (already folded and stemmed) in the corpus. */
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

	/** The terms of a text: folded, split, stop words and short words removed, plurals stemmed. */
	public static List<String> terms(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		List<String> terms = new ArrayList<>();
		for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
			if (word.length() < 3 || STOP_WORDS.contains(word)) {
				continue;
			}
			terms.add(stem(word));
		}
		return terms;
	}

	static String stem(String word) {
		if (word.length() > 4 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.length() > 4 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
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
