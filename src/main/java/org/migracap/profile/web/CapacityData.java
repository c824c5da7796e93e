package org.migracap.profile.web;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.migracap.assessment.AreaScore;
import org.migracap.assessment.AssessmentApi;
import org.migracap.platform.DataStamps;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Component;

/**
 * The latest capacity of every country the viewer may see, as rows for the comparison, the map and the aggregates.
 */
@Component
class CapacityData {

	private final AssessmentApi assessments;

	private final ReferenceApi reference;

	private final DataStamps stamps;

	/** The comparison as the viewer asked for it: the rows, filtered and sorted, and their table rows as HTML. */
	record Heatmap(List<CapacityRow> rows, String rowsHtml) {
	}

	CapacityData(AssessmentApi assessments, ReferenceApi reference, DataStamps stamps) {
		this.assessments = assessments;
		this.reference = reference;
		this.stamps = stamps;
	}

	/** What the rows are computed from: the scores and the countries (names, regions, income groups, IOM status). */
	private StampKey stamp() {
		return new StampKey(assessments.dataStamp(), stamps.current(ReferenceApi.COUNTRIES_STAMP));
	}

	private record StampKey(long scores, long countries) {
	}

	/**
	 * The comparison for a viewer, a query and a language, cached like the rows (until a publication or a change of
	 * confidentiality): the same heatmap is asked for again and again between publications.
	 */
	Heatmap heatmap(Optional<CurrentUser> viewer, CompareQuery query, Locale locale, String contextPath) {
		String key = assessments.visibilityKey(viewer) + "/" + locale.getLanguage() + "/" + query.parameters(v -> java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8), true);
		StampKey stamp = stamp();
		return stamps.cached("profile.heatmaps", stamp.scores(), List.of(stamp.countries(), key), () -> {
			List<CapacityRow> rows = filterAndSort(rows(viewer), query, locale);
			return new Heatmap(rows, HeatmapRows.html(rows, locale, contextPath));
		});
	}

	/** The latest capacity of every country the viewer may see (cached until the data changes). */
	List<CapacityRow> rows(Optional<CurrentUser> viewer) {
		StampKey stamp = stamp();
		return stamps.cached("profile.capacity-rows", stamp.scores(), List.of(stamp.countries(), assessments.visibilityKey(viewer)),
				() -> List.copyOf(compute(viewer)));
	}

	private List<CapacityRow> compute(Optional<CurrentUser> viewer) {
		Map<String, CountryView> countries = reference.countries()
			.stream()
			.collect(Collectors.toMap(CountryView::iso3, Function.identity()));
		Map<String, Map<FocusArea, AreaScore>> byCountry = new LinkedHashMap<>();
		for (AreaScore score : assessments.latestAreaScores(viewer)) {
			byCountry.computeIfAbsent(score.iso3(), c -> new EnumMap<>(FocusArea.class)).put(score.area(), score);
		}
		List<CapacityRow> rows = new ArrayList<>();
		for (Map.Entry<String, Map<FocusArea, AreaScore>> entry : byCountry.entrySet()) {
			CountryView country = countries.get(entry.getKey());
			if (country == null || entry.getValue().isEmpty()) {
				continue;
			}
			AreaScore any = entry.getValue().values().iterator().next();
			double mean = entry.getValue().values().stream().mapToDouble(AreaScore::score).average().orElse(0);
			rows.add(CapacityRow.of(country, java.util.Collections.unmodifiableMap(entry.getValue()), mean, any.year(),
					any.confidentiality()));
		}
		return rows;
	}

	static List<CapacityRow> filterAndSort(List<CapacityRow> rows, CompareQuery query, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		// One collation key per country rather than a collation per comparison.
		Map<String, CollationKey> names = new java.util.HashMap<>();
		for (CapacityRow row : rows) {
			names.put(row.country().iso3(), collator.getCollationKey(row.country().name(locale)));
		}
		Comparator<CapacityRow> byName = Comparator.comparing(r -> names.get(r.country().iso3()));
		Comparator<CapacityRow> order;
		String key = query.sortKey();
		if (key.equals("name")) {
			order = query.descending() ? byName.reversed() : byName;
		}
		else {
			Function<CapacityRow, Double> value = key.equals("mean") ? CapacityRow::mean
					: r -> r.value(FocusArea.of(key));
			Comparator<Double> direction = query.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
			order = Comparator.comparing(value, Comparator.nullsLast(direction)).thenComparing(byName);
		}
		return rows.stream().filter(r -> query.matches(r.country())).sorted(order).toList();
	}

}
