package org.migracap.mobility.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes migration data (bulk rows without entities) with JDBC batches. Callers hold the transaction.
 */
@Component
class MigrationStore {

	private static final int BATCH = 2000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	MigrationStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	record Key(int year, String origin, String destination) {
	}

	record Row(Key key, double amount) {
	}

	record CountryRow(int year, String iso3, double amount) {
	}

	record Exclusion(int year, String name, ExclusionReason reason, int rows, double total) {
	}

	void saveSource(String code, String title, boolean shipped, @Nullable String fileName, @Nullable String checksum,
			@Nullable String loadedBy) {
		Timestamp now = Timestamp.from(Instant.now());
		int updated = jdbc.sql("""
				update mobility.source set title = :title, shipped = :shipped, file_name = :file, checksum = :checksum,
				  loaded_at = :at, loaded_by = :by where code = :code""")
			.param("title", title)
			.param("shipped", shipped)
			.param("file", fileName)
			.param("checksum", checksum)
			.param("at", now)
			.param("by", loadedBy)
			.param("code", code)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into mobility.source (code, title, shipped, file_name, checksum, loaded_at, loaded_by)
					values (:code, :title, :shipped, :file, :checksum, :at, :by)""")
				.param("title", title)
				.param("shipped", shipped)
				.param("file", fileName)
				.param("checksum", checksum)
				.param("at", now)
				.param("by", loadedBy)
				.param("code", code)
				.update();
		}
	}

	/** The stored rows of a source and measure in the given years. */
	Map<Key, Double> bilateral(String source, Measure measure, Set<Integer> years) {
		Map<Key, Double> rows = new HashMap<>();
		if (years.isEmpty()) {
			return rows;
		}
		jdbc.sql("""
				select data_year, origin_iso3, destination_iso3, amount from mobility.bilateral
				where source = :source and measure = :measure and data_year in (:years)""")
			.param("source", source)
			.param("measure", measure.name())
			.param("years", years)
			.query(rs -> {
				rows.put(new Key(rs.getInt(1), rs.getString(2), rs.getString(3)), rs.getDouble(4));
			});
		return rows;
	}

	void deleteBilateral(String source, Measure measure) {
		jdbc.sql("delete from mobility.bilateral where source = :source and measure = :measure")
			.param("source", source)
			.param("measure", measure.name())
			.update();
	}

	void insertBilateral(String source, Measure measure, Collection<Row> rows) {
		batch("insert into mobility.bilateral (source, measure, data_year, origin_iso3, destination_iso3, amount) values (?, ?, ?, ?, ?, ?)",
				rows.stream().map(r -> new Object[] { source, measure.name(), r.key().year(), r.key().origin(),
						r.key().destination(), r.amount() }).toList());
	}

	void updateBilateral(String source, Measure measure, Collection<Row> rows) {
		batch("update mobility.bilateral set amount = ? where source = ? and measure = ? and data_year = ? and origin_iso3 = ? and destination_iso3 = ?",
				rows.stream().map(r -> new Object[] { r.amount(), source, measure.name(), r.key().year(),
						r.key().origin(), r.key().destination() }).toList());
	}

	void removeBilateral(String source, Measure measure, Collection<Key> keys) {
		batch("delete from mobility.bilateral where source = ? and measure = ? and data_year = ? and origin_iso3 = ? and destination_iso3 = ?",
				keys.stream().map(k -> new Object[] { source, measure.name(), k.year(), k.origin(), k.destination() })
					.toList());
	}

	void replaceCountryValues(String source, Measure measure, Collection<CountryRow> rows) {
		jdbc.sql("delete from mobility.country_value where source = :source and measure = :measure")
			.param("source", source)
			.param("measure", measure.name())
			.update();
		batch("insert into mobility.country_value (source, measure, data_year, iso3, amount) values (?, ?, ?, ?, ?)",
				rows.stream().map(r -> new Object[] { source, measure.name(), r.year(), r.iso3(), r.amount() }).toList());
	}

	/** Replaces what was left out of the given years (all years when {@code years} is null). */
	void replaceExclusions(String source, Measure measure, @Nullable Set<Integer> years, Collection<Exclusion> exclusions) {
		if (years == null) {
			jdbc.sql("delete from mobility.exclusion where source = :source and measure = :measure")
				.param("source", source)
				.param("measure", measure.name())
				.update();
		}
		else if (!years.isEmpty()) {
			jdbc.sql("delete from mobility.exclusion where source = :source and measure = :measure and data_year in (:years)")
				.param("source", source)
				.param("measure", measure.name())
				.param("years", years)
				.update();
		}
		batch("insert into mobility.exclusion (source, measure, data_year, name, reason, row_count, total) values (?, ?, ?, ?, ?, ?, ?)",
				exclusions.stream().map(e -> new Object[] { source, measure.name(), e.year(), e.name(),
						e.reason().name(), e.rows(), e.total() }).toList());
	}

	Map<Key, Exclusion> exclusions(String source, Measure measure, Set<Integer> years) {
		Map<Key, Exclusion> rows = new HashMap<>();
		if (years.isEmpty()) {
			return rows;
		}
		jdbc.sql("""
				select data_year, name, reason, row_count, total from mobility.exclusion
				where source = :source and measure = :measure and data_year in (:years)""")
			.param("source", source)
			.param("measure", measure.name())
			.param("years", years)
			.query(rs -> {
				Exclusion e = new Exclusion(rs.getInt(1), rs.getString(2), ExclusionReason.valueOf(rs.getString(3)),
						rs.getInt(4), rs.getDouble(5));
				rows.put(new Key(e.year(), e.name(), e.reason().name()), e);
			});
		return rows;
	}

	int deleteSource(String code) {
		jdbc.sql("delete from mobility.bilateral where source = :code").param("code", code).update();
		jdbc.sql("delete from mobility.country_value where source = :code").param("code", code).update();
		jdbc.sql("delete from mobility.exclusion where source = :code").param("code", code).update();
		return jdbc.sql("delete from mobility.source where code = :code").param("code", code).update();
	}

	private void batch(String sql, List<Object[]> arguments) {
		for (int from = 0; from < arguments.size(); from += BATCH) {
			template.batchUpdate(sql, new ArrayList<>(arguments.subList(from, Math.min(arguments.size(), from + BATCH))));
		}
	}

}
