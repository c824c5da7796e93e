package org.migracap.library.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.library.DocumentSummary;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.InstrumentView;
import org.migracap.reference.RatificationView;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Service;

/**
 * Side-by-side comparison of countries in one area (their documents, their ratifications of the instruments that
 * bear on the area, their assessed indicators), and peer approaches: for a country's gap in an area, the countries
 * that score well there and the documents behind their capacity. Everything is limited to what the viewer may see.
 */
@Service
public class Comparisons {

	public static final int MAX_COUNTRIES = 6;

	/** An area score at or above this counts as doing well (level 3.4 of 5: developed and being demonstrated). */
	public static final double GOOD_SCORE = 60;

	public static final int MAX_PEERS = 8;

	/** Documents listed per country; the rest are a link to the library away. */
	public static final int DOCUMENTS_SHOWN = 10;

	private final LibrarySearch documents;

	private final ReferenceApi reference;

	private final CapacityScores scores;

	Comparisons(LibrarySearch documents, ReferenceApi reference, CapacityScores scores) {
		this.documents = documents;
		this.reference = reference;
		this.scores = scores;
	}

	public record Comparison(FocusArea area, List<Column> columns, List<InstrumentView> instruments,
			List<String> indicatorCodes, boolean scoresAvailable) {
	}

	public record Column(CountryView country, List<DocumentSummary> documents, long documentCount,
			Map<String, RatificationView> ratifications, Map<String, CapacityScores.IndicatorScoreView> indicators,
			CapacityScores.@Nullable AreaScoreView areaScore) {
	}

	public record PeerApproaches(CountryView country, FocusArea area, CapacityScores.@Nullable AreaScoreView own,
			List<Peer> peers, List<DocumentSummary> ownDocuments, long ownDocumentCount, boolean scoresAvailable) {
	}

	public record Peer(CountryView country, CapacityScores.AreaScoreView score, List<DocumentSummary> documents,
			long documentCount, boolean sameRegion) {
	}

	public Comparison compare(FocusArea area, List<String> iso3s, Optional<CurrentUser> viewer) {
		Set<String> countries = new LinkedHashSet<>();
		for (String code : iso3s) {
			reference.country(code).ifPresent(c -> countries.add(c.iso3()));
			if (countries.size() == MAX_COUNTRIES) {
				break;
			}
		}
		List<InstrumentView> instruments = reference.instruments()
			.stream()
			.filter(i -> i.areas().contains(area))
			.toList();
		Map<String, CapacityScores.AreaScoreView> areaScores = scores.latestAreaScores(viewer)
			.stream()
			.filter(s -> s.area() == area && countries.contains(s.iso3()))
			.collect(Collectors.toMap(CapacityScores.AreaScoreView::iso3, Function.identity(), (a, b) -> a));
		Set<String> codes = new java.util.TreeSet<>();
		List<Column> columns = new ArrayList<>();
		for (String iso3 : countries) {
			Map<String, RatificationView> ratifications = reference.ratificationsOf(iso3)
				.stream()
				.collect(Collectors.toMap(RatificationView::instrumentCode, Function.identity(), (a, b) -> a));
			Map<String, CapacityScores.IndicatorScoreView> indicators = new LinkedHashMap<>();
			for (CapacityScores.IndicatorScoreView indicator : scores.latestIndicatorScores(iso3, viewer)) {
				if (indicator.area() == area) {
					indicators.put(indicator.code(), indicator);
					codes.add(indicator.code());
				}
			}
			LibrarySearch.Listing listing = documents.list(iso3, area, viewer, DOCUMENTS_SHOWN);
			columns.add(new Column(reference.getCountry(iso3), listing.documents(), listing.total(), ratifications,
					indicators, areaScores.get(iso3)));
		}
		return new Comparison(area, columns, instruments, List.copyOf(codes), scores.available());
	}

	public PeerApproaches peers(String iso3, FocusArea area, Optional<CurrentUser> viewer) {
		CountryView country = reference.getCountry(iso3);
		List<CapacityScores.AreaScoreView> inArea = scores.latestAreaScores(viewer)
			.stream()
			.filter(s -> s.area() == area)
			.toList();
		CapacityScores.AreaScoreView ownScore = inArea.stream()
			.filter(s -> s.iso3().equals(country.iso3()))
			.findFirst()
			.orElse(null);
		double bar = Math.max(GOOD_SCORE, ownScore == null ? 0 : ownScore.score());
		List<CapacityScores.AreaScoreView> strong = inArea.stream()
			.filter(s -> !s.iso3().equals(country.iso3()) && s.score() >= bar
					&& (ownScore == null || s.score() > ownScore.score()))
			.sorted(Comparator.comparingDouble(CapacityScores.AreaScoreView::score).reversed())
			.limit(MAX_PEERS)
			.toList();
		List<Peer> peers = strong.stream()
			.map(s -> {
				CountryView peer = reference.getCountry(s.iso3());
				boolean sameRegion = peer.regionCode() != null && peer.regionCode().equals(country.regionCode());
				LibrarySearch.Listing listing = documents.list(s.iso3(), area, viewer, DOCUMENTS_SHOWN);
				return new Peer(peer, s, listing.documents(), listing.total(), sameRegion);
			})
			.toList();
		LibrarySearch.Listing own = documents.list(country.iso3(), area, viewer, DOCUMENTS_SHOWN);
		return new PeerApproaches(country, area, ownScore, peers, own.documents(), own.total(), scores.available());
	}

}
