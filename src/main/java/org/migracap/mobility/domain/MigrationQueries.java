package org.migracap.mobility.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.CountryRole;
import org.migracap.platform.DataStamps;
import org.migracap.reference.CountryView;
import org.migracap.reference.ReferenceApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the migration data: sources, corridors of a country, trends, world and regional totals, what loads left
 * out. Results are cached until a load on any instance raises the {@value #STAMP} data stamp (ADR platform-02).
 */
@Service
@Transactional(readOnly = true)
public class MigrationQueries {

	private final JdbcClient jdbc;

	private final ReferenceApi reference;

	/** The data stamp of the mobility module: migration data, routes and the relevance matrix. */
	public static final String STAMP = "mobility";

	private final DataStamps stamps;

	MigrationQueries(JdbcClient jdbc, ReferenceApi reference, DataStamps stamps) {
		this.jdbc = jdbc;
		this.reference = reference;
		this.stamps = stamps;
	}

	private <T> T cached(String what, Object key, Supplier<T> compute) {
		return stamps.cached("mobility." + what, stamps.current(STAMP), key, compute);
	}

	/** The data a figure was computed from. */
	public record Selection(String source, Measure measure, int year) {
	}

	public record MeasureInfo(Measure measure, int firstYear, int lastYear, long rows, long excludedRows) {
	}

	public record SourceInfo(String code, String title, boolean shipped, @Nullable String fileName,
			Instant loadedAt, @Nullable String loadedBy, List<MeasureInfo> measures) {

		public Optional<MeasureInfo> measure(Measure measure) {
			return measures.stream().filter(m -> m.measure() == measure).findFirst();
		}

	}

	/** A corridor partner of a country and the figure on that corridor. */
	public record Flow(String iso3, double amount) {
	}

	public record Corridor(String originIso3, String destinationIso3, double amount) {
	}

	public record YearValue(int year, double amount) {
	}

	public record ExclusionView(int year, String name, ExclusionReason reason, int rows, double total) {
	}

	public record RegionFlow(String fromRegion, String toRegion, double amount) {
	}

	/** Raises the mobility stamp, in the caller's transaction: every instance computes its figures again. */
	@Transactional
	public void invalidate() {
		stamps.raise(STAMP);
	}

	public List<SourceInfo> sources() {
		return cached("sources", "all", this::loadSources);
	}

	private List<SourceInfo> loadSources() {
		Map<String, List<MeasureInfo>> measures = new HashMap<>();
		Map<String, Map<Measure, Long>> excluded = new HashMap<>();
		jdbc.sql("select source, measure, sum(row_count) from mobility.exclusion group by source, measure")
			.query(rs -> {
				excluded.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
					.put(Measure.valueOf(rs.getString(2)), rs.getLong(3));
			});
		String counts = """
				select source, measure, min(data_year), max(data_year), count(*) from mobility.bilateral group by source, measure
				union all
				select source, measure, min(data_year), max(data_year), count(*) from mobility.country_value group by source, measure""";
		jdbc.sql(counts).query(rs -> {
			String source = rs.getString(1);
			Measure measure = Measure.valueOf(rs.getString(2));
			measures.computeIfAbsent(source, k -> new ArrayList<>())
				.add(new MeasureInfo(measure, rs.getInt(3), rs.getInt(4), rs.getLong(5),
						excluded.getOrDefault(source, Map.of()).getOrDefault(measure, 0L)));
		});
		return jdbc.sql("select code, title, shipped, file_name, loaded_at, loaded_by from mobility.source order by shipped desc, code")
			.query((rs, i) -> {
				Timestamp at = rs.getTimestamp(5);
				List<MeasureInfo> of = new ArrayList<>(measures.getOrDefault(rs.getString(1), List.of()));
				of.sort(Comparator.comparing(MeasureInfo::measure));
				return new SourceInfo(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
						at.toInstant(), rs.getString(6), List.copyOf(of));
			})
			.list();
	}

	public Optional<SourceInfo> source(String code) {
		return sources().stream().filter(s -> s.code().equals(code)).findFirst();
	}

	/** Sources that hold the measure, the most recent data first. */
	public List<SourceInfo> sourcesOf(Measure measure) {
		return sources().stream()
			.filter(s -> s.measure(measure).isPresent())
			.sorted(Comparator.comparing((SourceInfo s) -> s.measure(measure).orElseThrow().lastYear())
				.thenComparing(s -> s.measure(measure).orElseThrow().rows())
				.reversed())
			.toList();
	}

	/** The latest year of the source with the most recent data for the measure, if any source holds it. */
	public Optional<Selection> latest(Measure measure) {
		return sourcesOf(measure).stream()
			.findFirst()
			.map(s -> new Selection(s.code(), measure, s.measure(measure).orElseThrow().lastYear()));
	}

	/**
	 * The selection named by the parameters, falling back to the most recent data: the source if it holds the
	 * measure, the year if the source has it.
	 */
	public Optional<Selection> select(@Nullable String source, Measure measure, @Nullable Integer year) {
		Optional<SourceInfo> chosen = source == null ? Optional.empty()
				: sourcesOf(measure).stream().filter(s -> s.code().equals(source)).findFirst();
		if (chosen.isEmpty()) {
			chosen = sourcesOf(measure).stream().findFirst();
		}
		return chosen.map(s -> {
			List<Integer> years = years(s.code(), measure);
			int y = year != null && years.contains(year) ? year : years.get(years.size() - 1);
			return new Selection(s.code(), measure, y);
		});
	}

	public List<Integer> years(String source, Measure measure) {
		String table = measure.bilateral() ? "mobility.bilateral" : "mobility.country_value";
		return cached("years", source + ":" + measure, () -> jdbc
			.sql("select distinct data_year from " + table + " where source = :source and measure = :measure order by data_year")
			.param("source", source)
			.param("measure", measure.name())
			.query(Integer.class)
			.list());
	}

	/** Every corridor of the selection with a figure, largest first. */
	public List<Corridor> matrix(Selection selection) {
		return cached("matrix", selection, () -> jdbc.sql("""
				select origin_iso3, destination_iso3, amount from mobility.bilateral
				where source = :source and measure = :measure and data_year = :year order by amount desc, origin_iso3, destination_iso3""")
			.param("source", selection.source())
			.param("measure", selection.measure().name())
			.param("year", selection.year())
			.query((rs, i) -> new Corridor(rs.getString(1), rs.getString(2), rs.getDouble(3)))
			.list());
	}

	/** The corridors of a country as origin (where its people live) or as destination (where its migrants come from). */
	public List<Flow> corridors(String iso3, CountryRole role, Selection selection) {
		boolean asOrigin = role == CountryRole.ORIGIN;
		return jdbc.sql("select " + (asOrigin ? "destination_iso3" : "origin_iso3") + ", amount from mobility.bilateral "
				+ "where source = :source and measure = :measure and data_year = :year and "
				+ (asOrigin ? "origin_iso3" : "destination_iso3") + " = :iso3 order by amount desc, 1")
			.param("source", selection.source())
			.param("measure", selection.measure().name())
			.param("year", selection.year())
			.param("iso3", iso3)
			.query((rs, i) -> new Flow(rs.getString(1), rs.getDouble(2)))
			.list();
	}

	public double total(String iso3, CountryRole role, Selection selection) {
		return corridors(iso3, role, selection).stream().mapToDouble(Flow::amount).sum();
	}

	/** The figure of one corridor, if the selection has it. */
	public Optional<Double> corridor(String originIso3, String destinationIso3, Selection selection) {
		return jdbc.sql("""
				select amount from mobility.bilateral where source = :source and measure = :measure and data_year = :year
				and origin_iso3 = :origin and destination_iso3 = :destination""")
			.param("source", selection.source())
			.param("measure", selection.measure().name())
			.param("year", selection.year())
			.param("origin", originIso3)
			.param("destination", destinationIso3)
			.query(Double.class)
			.optional();
	}

	/** Emigrants (role ORIGIN) or immigrants (role DESTINATION) of a country per year of a source. */
	public List<YearValue> trend(String iso3, CountryRole role, String source, Measure measure) {
		String column = role == CountryRole.ORIGIN ? "origin_iso3" : "destination_iso3";
		return jdbc.sql("select data_year, sum(amount) from mobility.bilateral where source = :source and measure = :measure and "
				+ column + " = :iso3 group by data_year order by data_year")
			.param("source", source)
			.param("measure", measure.name())
			.param("iso3", iso3)
			.query((rs, i) -> new YearValue(rs.getInt(1), rs.getDouble(2)))
			.list();
	}

	/** One corridor per year of a source. */
	public List<YearValue> corridorTrend(String originIso3, String destinationIso3, String source, Measure measure) {
		return jdbc.sql("""
				select data_year, amount from mobility.bilateral where source = :source and measure = :measure
				and origin_iso3 = :origin and destination_iso3 = :destination order by data_year""")
			.param("source", source)
			.param("measure", measure.name())
			.param("origin", originIso3)
			.param("destination", destinationIso3)
			.query((rs, i) -> new YearValue(rs.getInt(1), rs.getDouble(2)))
			.list();
	}

	/** A per-country measure (remittances received) per year, with the source it comes from. */
	public Map<String, List<YearValue>> countryTrend(String iso3, Measure measure) {
		Map<String, List<YearValue>> bySource = new TreeMap<>();
		jdbc.sql("select source, data_year, amount from mobility.country_value where measure = :measure and iso3 = :iso3 order by source, data_year")
			.param("measure", measure.name())
			.param("iso3", iso3)
			.query(rs -> {
				bySource.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new YearValue(rs.getInt(2), rs.getDouble(3)));
			});
		return bySource;
	}

	public double worldTotal(Selection selection) {
		return matrix(selection).stream().mapToDouble(Corridor::amount).sum();
	}

	/** Totals from M49 region to M49 region (the region of origin, the region of destination). */
	public List<RegionFlow> regionMatrix(Selection selection) {
		return cached("regions", stamps.current(ReferenceApi.COUNTRIES_STAMP) + ":" + selection, () -> {
			Map<String, String> regionOf = new HashMap<>();
			for (CountryView c : reference.countries()) {
				if (c.regionCode() != null) {
					regionOf.put(c.iso3(), c.regionCode());
				}
			}
			Map<String, Double> sums = new LinkedHashMap<>();
			for (Corridor c : matrix(selection)) {
				String from = regionOf.getOrDefault(c.originIso3(), "");
				String to = regionOf.getOrDefault(c.destinationIso3(), "");
				sums.merge(from + ">" + to, c.amount(), Double::sum);
			}
			return sums.entrySet()
				.stream()
				.map(e -> new RegionFlow(e.getKey().substring(0, e.getKey().indexOf('>')),
						e.getKey().substring(e.getKey().indexOf('>') + 1), e.getValue()))
				.sorted(Comparator.comparingDouble(RegionFlow::amount).reversed())
				.toList();
		});
	}

	public List<ExclusionView> exclusions(String source, Measure measure, @Nullable Integer year) {
		return jdbc.sql("select data_year, name, reason, row_count, total from mobility.exclusion "
				+ "where source = :source and measure = :measure" + (year == null ? "" : " and data_year = :year")
				+ " order by data_year desc, reason, total desc, name")
			.param("source", source)
			.param("measure", measure.name())
			.params(year == null ? Map.<String, Object>of() : Map.<String, Object>of("year", year))
			.query((rs, i) -> new ExclusionView(rs.getInt(1), rs.getString(2), ExclusionReason.valueOf(rs.getString(3)),
					rs.getInt(4), rs.getDouble(5)))
			.list();
	}

}
