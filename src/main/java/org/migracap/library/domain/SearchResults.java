package org.migracap.library.domain;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * A page of documents found and the facet counts over all of them (only documents the viewer may see are counted),
 * with the time the search took: wall clock, and processor time of the thread (what it costs on an idle machine).
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int size, Map<String, List<FacetCount>> facets,
		long tookMillis, double cpuMillis) {

	public static final List<String> FACETS = List.of("country", "region", "area", "kind", "status", "year");

	public record FacetCount(String value, long count, boolean selected) {
	}

	public Page<SearchHit> asPage() {
		return new PageImpl<>(hits, PageRequest.of(page, size), total);
	}

}
