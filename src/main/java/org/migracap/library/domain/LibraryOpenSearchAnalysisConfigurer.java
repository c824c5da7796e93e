package org.migracap.library.domain;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link LibraryAnalysisConfigurer}, under the same names, for the clustered mode's OpenSearch index
 * (ADR library-03): one mapping ({@link Document}) and the same chain of filters, spelled as OpenSearch's
 * {@code analysis-common} plugin names them. Each filter below is the OpenSearch twin of the Lucene factory used by
 * the embedded index (the filters are Lucene's own classes on both sides), so both indexes stem, fold and cut words
 * alike. Referenced from {@code hibernate.search.backend.analysis.configurer} in {@code application-clustered.properties}.
 */
public class LibraryOpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	/** Lucene's ElisionFilterFactory default: FrenchAnalyzer.DEFAULT_ARTICLES, ignoring case. */
	static final String[] FRENCH_ARTICLES = { "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu",
			"lorsqu", "puisqu" };

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("library_english_possessive").type("stemmer").param("language", "possessive_english");
		context.tokenFilter("library_french_elision")
			.type("elision")
			.param("articles", FRENCH_ARTICLES)
			.param("articles_case", true);
		context.tokenFilter("library_french_light_stem").type("stemmer").param("language", "light_french");
		context.tokenFilter("library_spanish_light_stem").type("stemmer").param("language", "light_spanish");
		context.tokenFilter("library_edge_ngram").type("edge_ngram").param("min_gram", 1).param("max_gram", 20);

		context.analyzer(LibraryAnalysisConfigurer.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("library_english_possessive", "lowercase", "porter_stem", "asciifolding");
		context.analyzer(LibraryAnalysisConfigurer.FRENCH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("library_french_elision", "lowercase", "library_french_light_stem", "asciifolding");
		context.analyzer(LibraryAnalysisConfigurer.SPANISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "library_spanish_light_stem", "asciifolding");
		context.analyzer(LibraryAnalysisConfigurer.STANDARD)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding");
		context.analyzer(LibraryAnalysisConfigurer.AUTOCOMPLETE)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "library_edge_ngram");
		context.normalizer(LibraryAnalysisConfigurer.SORT).custom().tokenFilters("lowercase", "asciifolding");
	}

}
