package org.migracap.library.web;

import java.util.List;
import java.util.Map;

import org.migracap.library.domain.SearchHit;
import org.migracap.library.domain.SearchResults;
import org.springframework.data.web.PagedModel;

/**
 * A page of the library's search in the envelope of every list under {@code /api} ({@code content}, {@code page}),
 * with the facet counts over all matching documents and the time the search took.
 */
public record LibrarySearchPage(List<SearchHit> content, PagedModel.PageMetadata page,
		Map<String, List<SearchResults.FacetCount>> facets, long tookMillis, double cpuMillis) {

	static LibrarySearchPage of(SearchResults results) {
		long pages = results.size() == 0 ? 0 : (results.total() + results.size() - 1) / results.size();
		return new LibrarySearchPage(results.hits(),
				new PagedModel.PageMetadata(results.size(), results.page(), results.total(), pages), results.facets(),
				results.tookMillis(), results.cpuMillis());
	}

}
