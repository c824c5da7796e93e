package org.migracap.mobility.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.migracap.mobility.domain.CountryResolver.Resolution;
import org.migracap.mobility.domain.MigrationStore.Exclusion;
import org.migracap.mobility.domain.MigrationStore.Key;
import org.migracap.mobility.domain.MigrationStore.Row;
import org.migracap.platform.ImportProblem;

/**
 * The rows of one source and measure as read from a file, checked one by one: corridors between ISO countries are
 * kept, rows an alias excludes and cells marked not available are counted as exclusions, and anything else (an
 * unknown country, a bad number, a repeated corridor) is a problem with its line number.
 */
final class BilateralRows {

	private final Map<Key, Row> rows = new LinkedHashMap<>();

	private final Map<Key, Long> lines = new HashMap<>();

	private final Map<Key, double[]> excluded = new LinkedHashMap<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	private int read;

	/**
	 * Adds one row.
	 * @param originColumn the column named in problems about the origin
	 */
	void add(long line, Resolution origin, String originColumn, Resolution destination, String destinationColumn,
			int year, String amountText, String amountColumn) {
		read++;
		boolean bad = false;
		if (origin.unknown()) {
			problems.add(unknown(line, originColumn, origin));
			bad = true;
		}
		if (destination.unknown()) {
			problems.add(unknown(line, destinationColumn, destination));
			bad = true;
		}
		if (bad) {
			return;
		}
		String text = amountText.trim();
		boolean notAvailable = text.isEmpty() || text.equals("..") || text.equals("-") || text.equals("…");
		double amount = 0;
		if (!notAvailable) {
			try {
				amount = Double.parseDouble(text);
			}
			catch (NumberFormatException ex) {
				problems.add(ImportProblem.of(line, amountColumn, "import.invalidNumber", text));
				return;
			}
			if (!Double.isFinite(amount) || amount < 0) {
				problems.add(ImportProblem.of(line, amountColumn, "mobility.import.negative", text));
				return;
			}
		}
		if (destination.isExcluded() || origin.isExcluded()) {
			Resolution which = destination.isExcluded() ? destination : origin;
			exclude(year, which.text(), which.excluded(), amount);
			return;
		}
		if (notAvailable) {
			exclude(year, origin.text() + " -> " + destination.text(), ExclusionReason.NOT_AVAILABLE, 0);
			return;
		}
		Key key = new Key(year, origin.iso3(), destination.iso3());
		Long first = lines.putIfAbsent(key, line);
		if (first != null) {
			problems.add(ImportProblem.of(line, originColumn, "mobility.import.duplicate", origin.iso3(),
					destination.iso3(), year, first));
			return;
		}
		rows.put(key, new Row(key, amount));
	}

	void problem(ImportProblem problem) {
		read++;
		problems.add(problem);
	}

	private void exclude(int year, String name, ExclusionReason reason, double amount) {
		double[] sum = excluded.computeIfAbsent(new Key(year, name, reason.name()), k -> new double[2]);
		sum[0]++;
		sum[1] += amount;
	}

	private static ImportProblem unknown(long line, String column, Resolution resolution) {
		return resolution.text().isEmpty() ? ImportProblem.of(line, column, "import.required")
				: ImportProblem.of(line, column, "mobility.import.unknownCountry", resolution.text());
	}

	Collection<Row> rows() {
		return rows.values();
	}

	Map<Key, Row> byKey() {
		return rows;
	}

	List<Exclusion> exclusions() {
		return excluded.entrySet()
			.stream()
			.map(e -> new Exclusion(e.getKey().year(), e.getKey().origin(),
					ExclusionReason.valueOf(e.getKey().destination()), (int) e.getValue()[0], e.getValue()[1]))
			.toList();
	}

	int excludedRows() {
		return excluded.values().stream().mapToInt(v -> (int) v[0]).sum();
	}

	List<ImportProblem> problems() {
		return problems;
	}

	int read() {
		return read;
	}

	Set<Integer> years() {
		Set<Integer> years = new TreeSet<>();
		rows.keySet().forEach(k -> years.add(k.year()));
		excluded.keySet().forEach(k -> years.add(k.year()));
		return years;
	}

}
