package org.migracap.mobility.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.CountryRole;
import org.migracap.mobility.domain.Measure;
import org.migracap.mobility.domain.MigrationQueries;
import org.migracap.mobility.domain.MigrationQueries.Flow;
import org.migracap.mobility.domain.MigrationQueries.Selection;
import org.migracap.mobility.domain.MigrationQueries.YearValue;
import org.migracap.reference.CountryView;
import org.migracap.reference.ReferenceApi;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds what the corridor pages show from the migration data: tables, and the same figures as chart options.
 */
@Component
class CorridorViews {

	static final List<Integer> TOP_SIZES = List.of(10, 20, 50);

	private final MigrationQueries data;

	private final ReferenceApi reference;

	private final Centroids centroids;

	private final MessageSource messages;

	CorridorViews(MigrationQueries data, ReferenceApi reference, Centroids centroids, MessageSource messages) {
		this.data = data;
		this.reference = reference;
		this.centroids = centroids;
		this.messages = messages;
	}

	/** One corridor of a country: the partner, the stock, its share of the country's total, remittances beside. */
	public record CorridorRow(String iso3, String name, double amount, double share, @Nullable Double remittances) {
	}

	public record TrendRow(int year, @Nullable Double emigrants, @Nullable Double immigrants) {
	}

	public record CountryCorridors(CountryView country, Selection selection, List<String> sources,
			List<Integer> years, int top, double emigrants, double immigrants, List<CorridorRow> asOrigin,
			List<CorridorRow> asDestination, int originCount, int destinationCount, @Nullable Selection remittances,
			List<TrendRow> trend, @Nullable String trendSource, String trendChart, Map<Integer, Double> received,
			@Nullable String receivedSource, String receivedChart, String flowMap, String sankey, int notDrawn) {

		public boolean hasTrend() {
			return !trend.isEmpty();
		}

		public boolean hasReceived() {
			return !received.isEmpty();
		}

	}

	String name(String iso3, Locale locale) {
		return reference.country(iso3).map(c -> c.name(locale)).orElse(iso3);
	}

	Optional<CountryCorridors> country(String iso3, @Nullable String source, @Nullable Integer year, int top,
			Locale locale) {
		CountryView country = reference.getCountry(iso3);
		Optional<Selection> chosen = data.select(source, Measure.MIGRANT_STOCK, year);
		if (chosen.isEmpty()) {
			return Optional.empty();
		}
		Selection selection = chosen.get();
		int limit = TOP_SIZES.contains(top) ? top : TOP_SIZES.get(0);
		List<Flow> out = data.corridors(iso3, CountryRole.ORIGIN, selection);
		List<Flow> in = data.corridors(iso3, CountryRole.DESTINATION, selection);
		double emigrants = out.stream().mapToDouble(Flow::amount).sum();
		double immigrants = in.stream().mapToDouble(Flow::amount).sum();
		Selection remittances = data.latest(Measure.REMITTANCES).orElse(null);
		Map<String, Double> received = remittances == null ? Map.of()
				: toMap(data.corridors(iso3, CountryRole.ORIGIN, remittances));
		Map<String, Double> sent = remittances == null ? Map.of()
				: toMap(data.corridors(iso3, CountryRole.DESTINATION, remittances));
		List<CorridorRow> asOrigin = rows(out, emigrants, received, limit, locale);
		List<CorridorRow> asDestination = rows(in, immigrants, sent, limit, locale);

		String trendSource = data.sourcesOf(Measure.MIGRANT_STOCK)
			.stream()
			.filter(s -> s.measure(Measure.MIGRANT_STOCK).map(m -> m.firstYear() < m.lastYear()).orElse(false))
			.map(MigrationQueries.SourceInfo::code)
			.filter(code -> code.equals(selection.source()))
			.findFirst()
			.orElse(data.sourcesOf(Measure.MIGRANT_STOCK)
				.stream()
				.filter(s -> s.measure(Measure.MIGRANT_STOCK).map(m -> m.firstYear() < m.lastYear()).orElse(false))
				.map(MigrationQueries.SourceInfo::code)
				.findFirst()
				.orElse(null));
		List<TrendRow> trend = new ArrayList<>();
		String trendChart = "";
		if (trendSource != null) {
			Map<Integer, Double> e = toYearMap(data.trend(iso3, CountryRole.ORIGIN, trendSource, Measure.MIGRANT_STOCK));
			Map<Integer, Double> i = toYearMap(data.trend(iso3, CountryRole.DESTINATION, trendSource, Measure.MIGRANT_STOCK));
			for (Integer y : data.years(trendSource, Measure.MIGRANT_STOCK)) {
				trend.add(new TrendRow(y, e.get(y), i.get(y)));
			}
			trendChart = Charts.lines(trend.stream().map(t -> String.valueOf(t.year())).toList(),
					List.of(new Charts.Series(text("mobility.explorer.emigrants", locale),
							trend.stream().map(t -> t.emigrants() == null ? 0 : t.emigrants()).toList()),
							new Charts.Series(text("mobility.explorer.immigrants", locale),
									trend.stream().map(t -> t.immigrants() == null ? 0 : t.immigrants()).toList())),
					text("mobility.unit.persons", locale));
		}
		Map<String, List<YearValue>> wdi = data.countryTrend(iso3, Measure.REMITTANCES_RECEIVED);
		String receivedSource = wdi.isEmpty() ? null : wdi.keySet().iterator().next();
		Map<Integer, Double> receivedByYear = new LinkedHashMap<>();
		String receivedChart = "";
		if (receivedSource != null) {
			wdi.get(receivedSource).forEach(v -> receivedByYear.put(v.year(), v.amount()));
			receivedChart = Charts.lines(receivedByYear.keySet().stream().map(String::valueOf).toList(),
					List.of(new Charts.Series(text("mobility.explorer.receivedMillions", locale),
							receivedByYear.values().stream().map(v -> Math.round(v / 1e5) / 10.0).toList())),
					text("mobility.unit.usdMillions", locale));
		}
		List<Charts.Line> lines = new ArrayList<>();
		int notDrawn = 0;
		Optional<double[]> here = centroids.of(iso3);
		String hereName = country.name(locale);
		for (CorridorRow row : asOrigin) {
			Optional<double[]> there = centroids.of(row.iso3());
			if (here.isPresent() && there.isPresent()) {
				lines.add(new Charts.Line(hereName, row.name(), here.get(), there.get(), row.amount()));
			}
			else {
				notDrawn++;
			}
		}
		for (CorridorRow row : asDestination) {
			Optional<double[]> there = centroids.of(row.iso3());
			if (here.isPresent() && there.isPresent()) {
				lines.add(new Charts.Line(row.name(), hereName, there.get(), here.get(), row.amount()));
			}
			else {
				notDrawn++;
			}
		}
		List<Charts.Node> nodes = new ArrayList<>();
		List<Charts.Link> links = new ArrayList<>();
		String middle = hereName;
		nodes.add(new Charts.Node(middle));
		for (CorridorRow row : asDestination) {
			nodes.add(new Charts.Node(row.name() + " →"));
			links.add(new Charts.Link(row.name() + " →", middle, row.amount()));
		}
		for (CorridorRow row : asOrigin) {
			nodes.add(new Charts.Node("→ " + row.name()));
			links.add(new Charts.Link(middle, "→ " + row.name(), row.amount()));
		}
		return Optional.of(new CountryCorridors(country, selection,
				data.sourcesOf(Measure.MIGRANT_STOCK).stream().map(MigrationQueries.SourceInfo::code).toList(),
				data.years(selection.source(), Measure.MIGRANT_STOCK), limit, emigrants, immigrants, asOrigin,
				asDestination, out.size(), in.size(), remittances, trend, trendSource, trendChart, receivedByYear,
				receivedSource, receivedChart, Charts.flowMap(lines, text(selection.measure().messageKey(), locale)),
				Charts.sankey(nodes, links), notDrawn));
	}

	List<CorridorRow> rows(List<Flow> flows, double total, Map<String, Double> remittances, int limit, Locale locale) {
		return flows.stream()
			.limit(limit)
			.map(f -> new CorridorRow(f.iso3(), name(f.iso3(), locale), f.amount(), total == 0 ? 0 : f.amount() / total,
					remittances.get(f.iso3())))
			.toList();
	}

	/** Every corridor of a country in one role, for export. */
	List<CorridorRow> all(String iso3, CountryRole role, Selection selection, Locale locale) {
		List<Flow> flows = data.corridors(iso3, role, selection);
		double total = flows.stream().mapToDouble(Flow::amount).sum();
		Selection remittances = data.latest(Measure.REMITTANCES).orElse(null);
		Map<String, Double> beside = remittances == null ? Map.of() : toMap(data.corridors(iso3, role, remittances));
		return rows(flows, total, beside, Integer.MAX_VALUE, locale);
	}

	private static Map<String, Double> toMap(List<Flow> flows) {
		Map<String, Double> map = new HashMap<>();
		flows.forEach(f -> map.put(f.iso3(), f.amount()));
		return map;
	}

	private static Map<Integer, Double> toYearMap(List<YearValue> values) {
		Map<Integer, Double> map = new HashMap<>();
		values.forEach(v -> map.put(v.year(), v.amount()));
		return map;
	}

	String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
