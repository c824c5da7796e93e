package org.migracap.library.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Tells English, French and Spanish apart by their most frequent function words, for files that do not declare their
 * language. Words shared by two of the languages ("la", "en", "que") are left out. Answers nothing when no language
 * stands out, so that the person uploading chooses.
 */
final class LanguageGuess {

	private static final Map<String, Set<String>> WORDS = Map.of(
			"en", Set.of("the", "and", "of", "to", "is", "for", "that", "with", "shall", "be", "by", "are", "this",
					"which", "or", "from", "its", "any"),
			"fr", Set.of("le", "les", "des", "et", "du", "une", "est", "pour", "dans", "qui", "sur", "au", "aux", "par",
					"sont", "ne", "pas", "leur"),
			"es", Set.of("el", "los", "las", "del", "y", "por", "con", "una", "para", "se", "al", "sus", "su", "como",
					"lo", "está", "son"));

	private static final int SAMPLE = 20_000;

	private LanguageGuess() {
	}

	static @Nullable String guess(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
		String[] tokens = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
		int words = 0;
		Map<String, Integer> hits = new java.util.HashMap<>();
		for (String token : tokens) {
			if (token.isEmpty()) {
				continue;
			}
			words++;
			for (Map.Entry<String, Set<String>> language : WORDS.entrySet()) {
				if (language.getValue().contains(token)) {
					hits.merge(language.getKey(), 1, Integer::sum);
				}
			}
		}
		if (words < 5) {
			return null;
		}
		String best = null;
		int bestHits = 0;
		int second = 0;
		for (Map.Entry<String, Integer> entry : hits.entrySet()) {
			if (entry.getValue() > bestHits) {
				second = bestHits;
				bestHits = entry.getValue();
				best = entry.getKey();
			}
			else if (entry.getValue() > second) {
				second = entry.getValue();
			}
		}
		boolean frequent = bestHits * 100 >= words * 5;
		boolean clear = bestHits >= 2 * second;
		return frequent && clear ? best : null;
	}

}
