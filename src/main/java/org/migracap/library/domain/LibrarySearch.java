package org.migracap.library.domain;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.migracap.library.DocumentKind;
import org.migracap.library.DocumentStatus;
import org.migracap.library.DocumentSummary;
import org.migracap.library.Visibility;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Service;

/**
 * Full-text search of the library with Hibernate Search and Lucene. Every query, facet count and suggestion is
 * filtered inside Lucene on the {@code audience} field, so that a confidential document is never found, counted or
 * suggested for anybody but its country's focal points and IOM staff. Results are read from the index alone (no
 * database round trip).
 */
@Service
public class LibrarySearch {

	static final String MARK_START = "\uE000";

	static final String MARK_END = "\uE001";

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	static final List<String> BODY_FIELDS = List.of("body_en", "body_fr", "body_es", "body_std");

	private final EntityManagerFactory entityManagerFactory;

	private final ReferenceApi reference;

	LibrarySearch(EntityManagerFactory entityManagerFactory, ReferenceApi reference) {
		this.entityManagerFactory = entityManagerFactory;
		this.reference = reference;
	}

	/** The audiences a viewer belongs to, or empty for IOM staff, who see everything. */
	static Optional<List<String>> audiences(Optional<CurrentUser> viewer) {
		if (viewer.isPresent() && viewer.get().isStaff()) {
			return Optional.empty();
		}
		List<String> audiences = new ArrayList<>();
		audiences.add(Document.PUBLIC_AUDIENCE);
		viewer.filter(user -> user.has(Role.FOCAL_POINT) && user.countryCode() != null)
			.ifPresent(user -> audiences.add(Document.audienceOf(Visibility.CONFIDENTIAL, user.countryCode())));
		return Optional.of(audiences);
	}

	public SearchResults search(SearchQuery query, Optional<CurrentUser> viewer) {
		long started = System.nanoTime();
		long cpuStarted = THREADS.getCurrentThreadCpuTime();
		Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		for (String facet : List.of("country", "area")) {
			keys.put(facet, AggregationKey.of(facet));
		}
		AggregationKey<Map<String, Long>> yearKey = AggregationKey.of("year");
		AggregationKey<Map<DocumentKind, Long>> kindKey = AggregationKey.of("kind");
		AggregationKey<Map<DocumentStatus, Long>> statusKey = AggregationKey.of("status");
		try (EntityManager em = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(em);
			var search = session.search(Document.class)
				.select(f -> f.composite()
					.from(f.id(Long.class), f.field("country", String.class), f.field("kind", DocumentKind.class),
							f.field("status", DocumentStatus.class), f.field("title_original", String.class),
							f.field("title_english", String.class), f.field("language", String.class),
							f.field("adopted", LocalDate.class), f.field("areas_text", String.class),
							f.field("visibility", Visibility.class), f.field("demo", Boolean.class),
							f.field("summary_stored", String.class), f.highlight("body_en"), f.highlight("body_fr"),
							f.highlight("body_es"), f.highlight("body_std"))
					.asList())
				.where(f -> predicate(f, query, viewer));
			var options = search
				.aggregation(keys.get("country"), f -> f.terms().field("country", String.class).maxTermCount(300))
				.aggregation(keys.get("area"), f -> f.terms().field("area", String.class).maxTermCount(20))
				.aggregation(kindKey, f -> f.terms().field("kind", DocumentKind.class).maxTermCount(20))
				.aggregation(statusKey, f -> f.terms().field("status", DocumentStatus.class).maxTermCount(10))
				.aggregation(yearKey, f -> f.terms().field("year", String.class).maxTermCount(300))
				.highlighter(f -> f.unified()
					.tag(MARK_START, MARK_END)
					.numberOfFragments(2)
					.noMatchSize(0))
				.sort(f -> switch (query.sortKey()) {
					case "newest" -> f.field("adopted").desc().missing().last().then().score();
					case "oldest" -> f.field("adopted").asc().missing().last().then().score();
					case "title" -> f.field("title_sort").asc();
					case "title-desc" -> f.field("title_sort").desc();
					default -> f.score().then().field("adopted").desc().missing().last();
				});
			SearchResult<List<?>> result = options.fetch(query.page() * query.size(), query.size());
			List<SearchHit> hits = result.hits().stream().map(LibrarySearch::hit).toList();
			Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
			Map<String, Long> countries = result.aggregation(keys.get("country"));
			facets.put("country", facet(countries, query.country()));
			facets.put("region", facet(regionCounts(countries), query.region()));
			facets.put("area", facet(sortedByKey(result.aggregation(keys.get("area"))), query.area()));
			facets.put("kind", facet(names(result.aggregation(kindKey)), query.kind()));
			facets.put("status", facet(names(result.aggregation(statusKey)), query.status()));
			Map<String, Long> years = new LinkedHashMap<>();
			result.aggregation(yearKey)
				.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByKey().reversed())
				.forEach(e -> years.put(e.getKey(), e.getValue()));
			facets.put("year", facet(years, query.year().stream().map(String::valueOf).toList()));
			return new SearchResults(hits, result.total().hitCount(), query.page(), query.size(), facets,
					(System.nanoTime() - started) / 1_000_000,
					Math.round((THREADS.getCurrentThreadCpuTime() - cpuStarted) / 10_000.0) / 100.0);
		}
	}

	/** A page of one country's documents (in one area, if given) as the viewer may see them, newest first. */
	public record Listing(List<DocumentSummary> documents, long total) {
	}

	public Listing list(String iso3, @Nullable FocusArea area, Optional<CurrentUser> viewer, int limit) {
		SearchQuery query = new SearchQuery(null, List.of(iso3), List.of(), area == null ? List.of() : List.of(area.name()),
				List.of(), List.of(), List.of(), "newest", 0, limit);
		SearchResults results = search(query, viewer);
		return new Listing(results.hits().stream().map(SearchHit::toSummary).toList(), results.total());
	}

	/** Titles that start with what the person typed, for search as you type; confidential ones only for who may see them. */
	public List<Suggestion> suggest(@Nullable String typed, Optional<CurrentUser> viewer, int limit) {
		List<String> words = words(typed);
		if (words.isEmpty()) {
			return List.of();
		}
		try (EntityManager em = entityManagerFactory.createEntityManager()) {
			return Search.session(em)
				.search(Document.class)
				.select(f -> f.composite()
					.from(f.id(Long.class), f.field("country", String.class), f.field("title_original", String.class),
							f.field("title_english", String.class))
					.asList())
				.where((f, root) -> {
					for (String word : words) {
						root.add(f.match().field("title_suggest").matching(word));
					}
					audiences(viewer).ifPresent(list -> root.add(f.terms().field("audience").matchingAny(list)));
				})
				.fetchHits(Math.min(Math.max(limit, 1), 20))
				.stream()
				.map(row -> {
					String original = (String) row.get(2);
					String english = (String) row.get(3);
					return new Suggestion((Long) row.get(0), (String) row.get(1),
							english == null || english.isBlank() ? original : english);
				})
				.toList();
		}
	}

	/** The number of documents in the index (every audience). */
	public long indexedCount() {
		try (EntityManager em = entityManagerFactory.createEntityManager()) {
			return Search.session(em).search(Document.class).where(f -> f.matchAll()).fetchTotalHitCount();
		}
	}

	private PredicateFinalStep predicate(SearchPredicateFactory f, SearchQuery query, Optional<CurrentUser> viewer) {
		var bool = f.bool();
		if (query.hasWords()) {
			bool.must(f.simpleQueryString()
				.field("title_en")
				.boost(3f)
				.field("all_std")
				.boost(2f)
				.fields(BODY_FIELDS.toArray(String[]::new))
				.matching(query.q())
				.defaultOperator(BooleanOperator.AND));
		}
		else {
			bool.must(f.matchAll());
		}
		audiences(viewer).ifPresent(list -> bool.filter(f.terms().field("audience").matchingAny(list)));
		Set<String> countries = new LinkedHashSet<>(query.country());
		if (!query.region().isEmpty()) {
			Set<String> inRegions = new LinkedHashSet<>();
			for (String region : query.region()) {
				reference.countriesInRegion(region).forEach(c -> inRegions.add(c.iso3()));
			}
			if (inRegions.isEmpty()) {
				inRegions.add("-");
			}
			bool.filter(f.terms().field("country").matchingAny(inRegions));
		}
		if (!countries.isEmpty()) {
			bool.filter(f.terms().field("country").matchingAny(countries));
		}
		if (!query.area().isEmpty()) {
			bool.filter(f.terms().field("area").matchingAny(query.area()));
		}
		if (!query.kind().isEmpty()) {
			bool.filter(f.terms().field("kind").matchingAny(enums(DocumentKind.class, query.kind())));
		}
		if (!query.status().isEmpty()) {
			bool.filter(f.terms().field("status").matchingAny(enums(DocumentStatus.class, query.status())));
		}
		if (!query.year().isEmpty()) {
			bool.filter(f.terms().field("year").matchingAny(query.year().stream().map(String::valueOf).toList()));
		}
		return bool;
	}

	private static <E extends Enum<E>> List<E> enums(Class<E> type, List<String> names) {
		List<E> values = new ArrayList<>();
		for (String name : names) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equalsIgnoreCase(name)) {
					values.add(constant);
				}
			}
		}
		return values.isEmpty() ? List.of(type.getEnumConstants()[0]) : values;
	}

	private Map<String, Long> regionCounts(Map<String, Long> countries) {
		Map<String, Long> regions = new HashMap<>();
		for (Map.Entry<String, Long> entry : countries.entrySet()) {
			reference.country(entry.getKey())
				.map(CountryView::regionCode)
				.ifPresent(code -> regions.merge(code, entry.getValue(), Long::sum));
		}
		Map<String, Long> sorted = new LinkedHashMap<>();
		regions.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	private static Map<String, Long> names(Map<? extends Enum<?>, Long> counts) {
		Map<String, Long> named = new LinkedHashMap<>();
		counts.forEach((key, count) -> named.put(key.name(), count));
		return named;
	}

	private static Map<String, Long> sortedByKey(Map<String, Long> counts) {
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	private static List<SearchResults.FacetCount> facet(Map<String, Long> counts, List<String> selected) {
		List<SearchResults.FacetCount> facet = new ArrayList<>();
		counts.forEach((value, count) -> facet.add(new SearchResults.FacetCount(value, count,
				selected.stream().anyMatch(s -> s.equalsIgnoreCase(value)))));
		for (String value : selected) {
			if (facet.stream().noneMatch(c -> c.value().equalsIgnoreCase(value))) {
				facet.add(new SearchResults.FacetCount(value, 0, true));
			}
		}
		return facet;
	}

	@SuppressWarnings("unchecked")
	private static SearchHit hit(List<?> row) {
		List<SearchHit.Passage> passages = new ArrayList<>();
		for (int i = 12; i < 16; i++) {
			for (String fragment : (List<String>) row.get(i)) {
				SearchHit.Passage passage = passage(fragment);
				if (passages.stream().noneMatch(p -> p.plain().equals(passage.plain()))) {
					passages.add(passage);
				}
			}
		}
		Set<FocusArea> areas = EnumSet.noneOf(FocusArea.class);
		Document.split((String) row.get(8)).forEach(code -> areas.add(FocusArea.of(code)));
		return new SearchHit((Long) row.get(0), (String) row.get(1), (DocumentKind) row.get(2),
				(DocumentStatus) row.get(3), (String) row.get(4), (String) row.get(5), (String) row.get(6),
				(LocalDate) row.get(7), areas, (Visibility) row.get(9), Boolean.TRUE.equals(row.get(10)),
				(String) row.get(11), passages);
	}

	/** Splits a highlighted fragment at the marks; the text stays text, to be escaped when shown. */
	static SearchHit.Passage passage(String fragment) {
		List<SearchHit.Piece> pieces = new ArrayList<>();
		int at = 0;
		while (at < fragment.length()) {
			int start = fragment.indexOf(MARK_START, at);
			if (start < 0) {
				pieces.add(new SearchHit.Piece(fragment.substring(at), false));
				break;
			}
			if (start > at) {
				pieces.add(new SearchHit.Piece(fragment.substring(at, start), false));
			}
			int end = fragment.indexOf(MARK_END, start);
			if (end < 0) {
				pieces.add(new SearchHit.Piece(fragment.substring(start + 1), true));
				break;
			}
			pieces.add(new SearchHit.Piece(fragment.substring(start + 1, end), true));
			at = end + 1;
		}
		return new SearchHit.Passage(trim(pieces));
	}

	static final int PASSAGE_BEFORE = 120;

	static final int PASSAGE_LENGTH = 320;

	/** Cuts a long sentence to a window that starts shortly before its first match. */
	static List<SearchHit.Piece> trim(List<SearchHit.Piece> pieces) {
		List<SearchHit.Piece> trimmed = new ArrayList<>();
		int length = 0;
		boolean seenMatch = false;
		for (SearchHit.Piece piece : pieces) {
			String text = piece.text();
			if (!seenMatch && !piece.match() && text.length() > PASSAGE_BEFORE) {
				text = text.substring(text.length() - PASSAGE_BEFORE);
				int space = text.indexOf(' ');
				text = space > 0 && space < 30 ? text.substring(space) : text;
			}
			seenMatch |= piece.match();
			if (length + text.length() > PASSAGE_LENGTH) {
				if (!piece.match()) {
					int cut = Math.max(0, PASSAGE_LENGTH - length);
					int space = text.lastIndexOf(' ', cut);
					trimmed.add(new SearchHit.Piece(text.substring(0, space > 0 ? space : cut), false));
				}
				else if (length < PASSAGE_LENGTH) {
					trimmed.add(piece);
				}
				break;
			}
			trimmed.add(new SearchHit.Piece(text, piece.match()));
			length += text.length();
		}
		return trimmed;
	}

	static List<String> words(@Nullable String typed) {
		if (typed == null) {
			return List.of();
		}
		List<String> words = new ArrayList<>();
		for (String word : typed.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isBlank() && words.size() < 8) {
				words.add(word.length() > 20 ? word.substring(0, 20) : word);
			}
		}
		return words;
	}


}
