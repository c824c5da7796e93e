package org.migracap.library;

import java.util.List;
import java.util.Optional;

import org.migracap.library.domain.DocumentService;
import org.migracap.library.domain.LibrarySearch;
import org.migracap.library.domain.SearchHit;
import org.migracap.library.domain.SearchQuery;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Service;

/**
 * The library as other modules see it: a country's documents and a full-text search, always limited to what
 * {@code viewer} may see (empty for the public): confidential documents only reach their country's focal points and
 * IOM staff.
 */
@Service
public class LibraryApi {

	private final DocumentService documents;

	private final LibrarySearch search;

	LibraryApi(DocumentService documents, LibrarySearch search) {
		this.documents = documents;
		this.search = search;
	}

	/** A country's documents, newest first (at most 500). */
	public List<DocumentSummary> documentsOf(String iso3, Optional<CurrentUser> viewer) {
		return documents.ofCountry(iso3, viewer, 500);
	}

	/** A country's documents in one area, newest first. */
	public List<DocumentSummary> documentsOf(String iso3, FocusArea area, Optional<CurrentUser> viewer) {
		return documentsOf(iso3, viewer).stream().filter(d -> d.areas().contains(area)).toList();
	}

	/**
	 * Documents matching the words (simple query syntax) in any of English, French and Spanish, best first.
	 * @param limit at most 100
	 */
	public List<DocumentSummary> search(String words, Optional<CurrentUser> viewer, int limit) {
		SearchQuery query = new SearchQuery(words, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				null, 0, limit);
		return search.search(query, viewer).hits().stream().map(SearchHit::toSummary).toList();
	}

}
