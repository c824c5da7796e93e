package org.migracap.planning.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.migracap.platform.ImportFailedException;
import org.migracap.platform.ImportProblem;
import org.migracap.platform.ImportReport;
import org.migracap.platform.TabularFile;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gaps a scenario plans against, one row per country and core indicator (area letter + dimension number, A1 to
 * X6), in levels of the 1-5 scale, with the corridor leverage of that country and area. Imported from CSV or XLSX
 * (all or nothing, with a row-by-row report), generated for demo scenarios, or copied from published assessments.
 */
@Service
public class GapTable {

	public static final String[] COLUMNS = { "iso3", "indicator", "level", "target", "leverage" };

	private final JdbcClient jdbc;

	private final ReferenceApi reference;

	GapTable(JdbcClient jdbc, ReferenceApi reference) {
		this.jdbc = jdbc;
		this.reference = reference;
	}

	public record GapRow(String iso3, String indicatorCode, FocusArea area, int level, int targetLevel,
			double leverage, String source) {

		public int gap() {
			return Math.max(0, targetLevel - level);
		}

		public int dimension() {
			return Character.getNumericValue(indicatorCode.charAt(1));
		}

	}

	/** Whether a code names a core indicator: an area letter followed by a dimension number 1 to 6. */
	public static boolean isIndicatorCode(String code) {
		return code.length() == 2 && FocusArea.isCode(code.substring(0, 1)) && code.charAt(1) >= '1'
				&& code.charAt(1) <= '6';
	}

	@Transactional(readOnly = true)
	public List<GapRow> rows(long scenarioId) {
		return jdbc.sql("""
				select iso3, indicator_code, area, level, target_level, leverage, source from planning.scenario_gap
				where scenario_id = :s order by iso3, indicator_code""")
			.param("s", scenarioId)
			.query((rs, i) -> new GapRow(rs.getString(1), rs.getString(2), FocusArea.of(rs.getString(3)), rs.getInt(4),
					rs.getInt(5), rs.getDouble(6), rs.getString(7)))
			.list();
	}

	@Transactional
	public void replace(long scenarioId, List<GapRow> rows) {
		deleteScenario(scenarioId);
		for (GapRow row : rows) {
			jdbc.sql("""
					insert into planning.scenario_gap (scenario_id, iso3, indicator_code, area, level, target_level,
					  leverage, source) values (:s, :iso3, :ind, :area, :level, :target, :lev, :src)""")
				.param("s", scenarioId)
				.param("iso3", row.iso3())
				.param("ind", row.indicatorCode())
				.param("area", row.area().code())
				.param("level", row.level())
				.param("target", row.targetLevel())
				.param("lev", row.leverage())
				.param("src", row.source())
				.update();
		}
	}

	/**
	 * Reads a gap table (columns iso3, indicator, level, target and optionally leverage) and replaces the scenario's,
	 * or writes nothing and reports every problem with its line.
	 */
	@Transactional
	public ImportReport importFile(long scenarioId, TabularFile file) {
		List<ImportProblem> problems = new ArrayList<>();
		List<GapRow> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (TabularFile.Line line : file.lines()) {
			if (line.isBlank()) {
				continue;
			}
			String iso3 = line.get("iso3").toUpperCase(Locale.ROOT);
			String indicator = line.get("indicator").toUpperCase(Locale.ROOT);
			int before = problems.size();
			if (!reference.isCountry(iso3)) {
				problems.add(ImportProblem.of(line.number(), "iso3", "planning.import.unknownCountry", iso3));
			}
			if (!isIndicatorCode(indicator)) {
				problems.add(ImportProblem.of(line.number(), "indicator", "planning.import.badIndicator", indicator));
			}
			@org.jspecify.annotations.Nullable Integer level = level(line, "level", problems);
			@org.jspecify.annotations.Nullable Integer target = level(line, "target", problems);
			double leverage = 0;
			if (!line.get("leverage").isEmpty()) {
				try {
					leverage = Double.parseDouble(line.get("leverage"));
					if (!(leverage >= 0) || Double.isInfinite(leverage)) {
						throw new NumberFormatException();
					}
				}
				catch (NumberFormatException ex) {
					problems.add(ImportProblem.of(line.number(), "leverage", "planning.import.badLeverage",
							line.get("leverage")));
				}
			}
			if (problems.size() == before && !seen.add(iso3 + indicator)) {
				problems.add(ImportProblem.of(line.number(), "indicator", "planning.import.duplicate", iso3, indicator));
			}
			if (problems.size() == before && level != null && target != null) {
				rows.add(new GapRow(iso3, indicator, FocusArea.of(indicator.substring(0, 1)), level, target, leverage,
						"file"));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportFailedException(ImportReport.failure(file.source(), file.lines().size(), problems));
		}
		replace(scenarioId, rows);
		return ImportReport.success(file.source(), file.lines().size(), rows.size());
	}

	private static @org.jspecify.annotations.Nullable Integer level(TabularFile.Line line, String column, List<ImportProblem> problems) {
		try {
			int value = Integer.parseInt(line.get(column));
			if (value >= 1 && value <= 5) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(ImportProblem.of(line.number(), column, "planning.import.badLevel", line.get(column)));
		return null;
	}

	@Transactional
	public void copy(long from, long to) {
		jdbc.sql("""
				insert into planning.scenario_gap (scenario_id, iso3, indicator_code, area, level, target_level, leverage, source)
				select :to, iso3, indicator_code, area, level, target_level, leverage, source
				from planning.scenario_gap where scenario_id = :from""").param("from", from).param("to", to).update();
	}

	@Transactional
	public void deleteScenario(long scenarioId) {
		jdbc.sql("delete from planning.scenario_gap where scenario_id = :s").param("s", scenarioId).update();
	}

}
