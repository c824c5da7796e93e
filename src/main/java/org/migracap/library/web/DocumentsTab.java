package org.migracap.library.web;

import java.util.Map;
import java.util.Optional;

import org.migracap.library.domain.LibrarySearch;
import org.migracap.platform.CountryTab;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ViewFragment;
import org.springframework.stereotype.Component;

/**
 * The documents tab of the country page: the country's policy and legal documents the viewer may see.
 */
@Component
class DocumentsTab implements CountryTab {

	private final LibrarySearch documents;

	DocumentsTab(LibrarySearch documents) {
		this.documents = documents;
	}

	@Override
	public String key() {
		return "documents";
	}

	@Override
	public String labelKey() {
		return "library.tab";
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public ViewFragment render(String iso3, Optional<CurrentUser> user) {
		LibrarySearch.Listing listing = documents.list(iso3, null, user, 50);
		return ViewFragment.of("library/tab", "documents", Map.of("iso3", iso3, "documents", listing.documents(),
				"total", listing.total(), "editable", user.map(u -> u.canEditCountry(iso3)).orElse(false)));
	}

}
