package org.migracap.library.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A search of the library: words (simple query syntax: "phrases", -exclusion, prefix*), facet filters (several values
 * of one facet are alternatives, different facets all apply), order and page.
 */
public record SearchQuery(@Nullable String q, List<String> country, List<String> region, List<String> area,
		List<String> kind, List<String> status, List<Integer> year, @Nullable String sort, int page, int size) {

	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_SIZE = 10;

	public static final List<String> SORTS = List.of("relevance", "newest", "oldest", "title", "title-desc");

	public SearchQuery {
		country = List.copyOf(country);
		region = List.copyOf(region);
		area = List.copyOf(area);
		kind = List.copyOf(kind);
		status = List.copyOf(status);
		year = List.copyOf(year);
		page = org.migracap.platform.Paging.page(page);
		size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		if (q != null) {
			q = q.strip();
			if (q.length() > 300) {
				q = q.substring(0, 300);
			}
		}
	}

	public static SearchQuery all() {
		return new SearchQuery(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, 0, DEFAULT_SIZE);
	}

	public boolean hasWords() {
		return q != null && !q.isBlank();
	}

	public String sortKey() {
		if (sort != null && SORTS.contains(sort)) {
			return sort;
		}
		return hasWords() ? "relevance" : "newest";
	}

	public SearchQuery withPage(int number, int pageSize) {
		return new SearchQuery(q, country, region, area, kind, status, year, sort, number, pageSize);
	}

}
