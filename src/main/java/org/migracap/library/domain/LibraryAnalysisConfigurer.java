package org.migracap.library.domain;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the library index: one per language MigraCap speaks (English, French, Spanish), each with its own
 * stemming and with accents folded after stemming, so that "refugies" finds "réfugiés"; a standard analyzer for other
 * languages and exact words; an edge n-gram analyzer for search-as-you-type suggestions on titles. Referenced from
 * {@code hibernate.search.backend.analysis.configurer}.
 */
public class LibraryAnalysisConfigurer implements LuceneAnalysisConfigurer {

	public static final String ENGLISH = "library_english";

	public static final String FRENCH = "library_french";

	public static final String SPANISH = "library_spanish";

	public static final String STANDARD = "library_standard";

	public static final String AUTOCOMPLETE = "library_autocomplete";

	public static final String SORT = "library_sort";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("porterStem")
			.tokenFilter("asciiFolding");
		context.analyzer(FRENCH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("elision")
			.tokenFilter("lowercase")
			.tokenFilter("frenchLightStem")
			.tokenFilter("asciiFolding");
		context.analyzer(SPANISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("spanishLightStem")
			.tokenFilter("asciiFolding");
		context.analyzer(STANDARD).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
		context.analyzer(AUTOCOMPLETE)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("edgeNGram")
			.param("minGramSize", "1")
			.param("maxGramSize", "20");
		context.normalizer(SORT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
