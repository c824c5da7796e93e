package org.migracap.library.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.migracap.library.DocumentKind;
import org.migracap.library.DocumentStatus;
import org.migracap.library.domain.LibraryIndex;
import org.migracap.library.domain.LibrarySearch;
import org.migracap.library.domain.SearchHit;
import org.migracap.library.domain.SearchQuery;
import org.migracap.library.domain.SearchResults;
import org.migracap.library.domain.Suggestion;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Htmx;
import org.migracap.platform.TabularExport;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The library's search page: search as you type, facets with counts, highlighted passages, pages, and the export of
 * everything found. Only documents the user may see are found, counted, suggested or exported.
 */
@Controller
@Access(anonymous = true)
class LibraryController {

	static final int EXPORT_LIMIT = 10_000;

	private final LibrarySearch search;

	private final ReferenceApi reference;

	private final MessageSource messages;

	private final LibraryIndex index;

	LibraryController(LibrarySearch search, ReferenceApi reference, MessageSource messages, LibraryIndex index) {
		this.index = index;
		this.search = search;
		this.reference = reference;
		this.messages = messages;
	}

	/** One facet as the page shows it: values with their labels, counts and the link that toggles each. */
	public record FacetView(String name, List<FacetValue> values) {
	}

	public record FacetValue(String value, String label, long count, boolean selected, String href) {
	}

	@GetMapping("/library")
	String search(SearchParams params, Locale locale, Model model, HttpServletRequest request) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		SearchQuery query = params.toQuery();
		SearchResults results = search.search(query, viewer);
		List<Suggestion> suggestions = query.hasWords() ? search.suggest(query.q(), viewer, 5) : List.of();
		model.addAttribute("params", params);
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("page", results.asPage());
		model.addAttribute("base", "/library?" + params.queryString(null, null));
		model.addAttribute("exportQuery", params.queryString(null, null));
		model.addAttribute("facets", facets(results, params, locale));
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("sorts", SearchQuery.SORTS);
		model.addAttribute("reindexing", index.rebuilding());
		model.addAttribute("canAdd", viewer.map(u -> u.isStaff() || u.countryCode() != null
				&& u.canEditCountry(u.countryCode())).orElse(false));
		return Htmx.view(request, "library/search", "results");
	}

	@GetMapping("/library/export")
	ResponseEntity<byte[]> export(SearchParams params, @RequestParam(defaultValue = "csv") String format,
			Locale locale) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		List<List<?>> rows = new ArrayList<>();
		SearchQuery query = params.toQuery();
		int page = 0;
		while (rows.size() < EXPORT_LIMIT) {
			SearchResults results = search.search(query.withPage(page++, SearchQuery.MAX_SIZE), viewer);
			for (SearchHit hit : results.hits()) {
				rows.add(List.of(hit.id(), hit.iso3(), reference.country(hit.iso3()).map(c -> c.name(locale)).orElse(""),
						text(hit.kind().messageKey(), locale), hit.titleOriginal(),
						hit.titleEnglish() == null ? "" : hit.titleEnglish(), hit.language(),
						hit.adoptedOn() == null ? "" : hit.adoptedOn().toString(), text(hit.status().messageKey(), locale),
						String.join(" ", hit.areas().stream().map(FocusArea::name).toList()),
						text(hit.visibility().messageKey(), locale), hit.demo() ? "demo" : ""));
			}
			if (results.hits().size() < SearchQuery.MAX_SIZE) {
				break;
			}
		}
		List<String> header = List.of("id", "iso3", "country", "kind", "title_original", "title_english", "language",
				"adopted_on", "status", "areas", "visibility", "demo");
		return TabularExport.download(TabularExport.Format.of(format), "migracap-library", header, rows);
	}

	private List<FacetView> facets(SearchResults results, SearchParams params, Locale locale) {
		List<FacetView> facets = new ArrayList<>();
		for (Map.Entry<String, List<SearchResults.FacetCount>> facet : results.facets().entrySet()) {
			List<FacetValue> values = new ArrayList<>();
			for (SearchResults.FacetCount count : facet.getValue()) {
				values.add(new FacetValue(count.value(), label(facet.getKey(), count.value(), locale), count.count(),
						count.selected(), "/library?" + params.queryString(facet.getKey(), count.value())));
			}
			facets.add(new FacetView(facet.getKey(), values));
		}
		return facets;
	}

	private String label(String facet, String value, Locale locale) {
		return switch (facet) {
			case "country" -> reference.country(value).map(c -> c.name(locale)).orElse(value);
			case "region" -> text("m49." + value, locale);
			case "area" -> FocusArea.isCode(value) ? value + " · " + text(FocusArea.of(value).shortKey(), locale) : value;
			case "kind" -> enumLabel(DocumentKind.class, value, locale);
			case "status" -> enumLabel(DocumentStatus.class, value, locale);
			default -> value;
		};
	}

	private <E extends Enum<E>> String enumLabel(Class<E> type, String value, Locale locale) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value)) {
				return text("library." + (type == DocumentKind.class ? "kind." : "status.") + constant.name(), locale);
			}
		}
		return value;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
