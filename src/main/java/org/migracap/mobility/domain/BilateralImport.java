package org.migracap.mobility.domain;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.migracap.mobility.domain.MigrationStore.Exclusion;
import org.migracap.mobility.domain.MigrationStore.Key;
import org.migracap.mobility.domain.MigrationStore.Row;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.ImportProblem;
import org.migracap.platform.ImportReport;
import org.migracap.platform.TabularFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The generic import of bilateral migration data, for newer vintages than the shipped ones: a CSV or Excel file with
 * the columns {@code origin, destination, year, value, measure, source}. Countries are ISO alpha-3 or numeric codes,
 * ISO names or names the alias table knows; a row whose country matches nothing is a problem, a row whose country an
 * alias excludes is counted and reported. All or nothing: one problem and nothing is written. For each source,
 * measure and year in the file the stored rows become exactly the file's rows, so loading the same file twice changes
 * nothing.
 */
@Service
public class BilateralImport {

	public static final List<String> COLUMNS = List.of("origin", "destination", "year", "value", "measure", "source");

	private final CountryResolver resolver;

	private final MigrationStore store;

	private final MigrationQueries queries;

	private final ApplicationEventPublisher events;

	BilateralImport(CountryResolver resolver, MigrationStore store, MigrationQueries queries,
			ApplicationEventPublisher events) {
		this.resolver = resolver;
		this.store = store;
		this.queries = queries;
		this.events = events;
	}

	/** What an import changed, per source and measure. */
	public record Change(String source, Measure measure, Set<Integer> years, int inserted, int updated, int removed,
			int unchanged, int excluded) implements java.io.Serializable {

		public Change {
			years = new java.util.TreeSet<>(years);
		}

		public boolean changed() {
			return inserted + updated + removed > 0;
		}

	}

	public record Outcome(ImportReport report, List<Change> changes) implements java.io.Serializable {

		public Outcome {
			changes = new ArrayList<>(changes);
		}

		public boolean changedAnything() {
			return changes.stream().anyMatch(Change::changed);
		}

	}

	/** Raised inside the module when migration data changed, so that cached analyses are recomputed. */
	public record MigrationDataChanged(String source) {
	}

	@Transactional
	public Outcome importFile(String filename, InputStream in, CurrentUser actor) {
		TabularFile file = TabularFile.read(filename, in, COLUMNS.toArray(String[]::new));
		CountryResolver.Index index = resolver.index();
		Set<String> shipped = queries.sources()
			.stream()
			.filter(MigrationQueries.SourceInfo::shipped)
			.map(MigrationQueries.SourceInfo::code)
			.collect(Collectors.toSet());
		Map<String, BilateralRows> groups = new LinkedHashMap<>();
		List<ImportProblem> problems = new ArrayList<>();
		String measures = Measure.bilateralMeasures().stream().map(Enum::name).collect(Collectors.joining(", "));
		for (TabularFile.Line line : file.lines()) {
			if (line.isBlank()) {
				continue;
			}
			String source = line.get("source");
			boolean bad = false;
			if (source.isEmpty()) {
				problems.add(ImportProblem.of(line.number(), "source", "import.required"));
				bad = true;
			}
			else if (source.length() > 60) {
				problems.add(ImportProblem.of(line.number(), "source", "mobility.import.sourceTooLong", 60));
				bad = true;
			}
			else if (shipped.contains(source)) {
				problems.add(ImportProblem.of(line.number(), "source", "mobility.import.shippedSource", source));
				bad = true;
			}
			Measure measure = Measure.parse(line.get("measure")).filter(Measure::bilateral).orElse(null);
			if (measure == null) {
				problems.add(line.get("measure").isEmpty() ? ImportProblem.of(line.number(), "measure", "import.required")
						: ImportProblem.of(line.number(), "measure", "import.invalidValue", line.get("measure"), measures));
				bad = true;
			}
			Integer year = year(line.get("year"));
			if (year == null) {
				problems.add(ImportProblem.of(line.number(), "year", "import.invalidYear", line.get("year")));
				bad = true;
			}
			if (bad) {
				continue;
			}
			BilateralRows rows = groups.computeIfAbsent(source + "\n" + measure.name(), k -> new BilateralRows());
			rows.add(line.number(), index.resolve(line.get("origin")), "origin", index.resolve(line.get("destination")),
					"destination", year, line.get("value"), "value");
		}
		groups.values().forEach(rows -> problems.addAll(rows.problems()));
		int read = (int) file.lines().stream().filter(l -> !l.isBlank()).count();
		if (read == 0) {
			problems.add(ImportProblem.of(1, "", "mobility.import.empty"));
		}
		if (!problems.isEmpty()) {
			problems.sort((a, b) -> Long.compare(a.line(), b.line()));
			throw new ImportFailedException(ImportReport.failure(filename, read, problems));
		}
		List<Change> changes = new ArrayList<>();
		int written = 0;
		for (Map.Entry<String, BilateralRows> group : groups.entrySet()) {
			String source = group.getKey().substring(0, group.getKey().indexOf('\n'));
			Measure measure = Measure.valueOf(group.getKey().substring(group.getKey().indexOf('\n') + 1));
			Change change = apply(source, measure, group.getValue(), filename, actor);
			changes.add(change);
			written += change.inserted() + change.updated();
		}
		if (changes.stream().anyMatch(Change::changed)) {
			queries.invalidate();
			changes.stream()
				.filter(Change::changed)
				.map(Change::source)
				.distinct()
				.forEach(source -> events.publishEvent(new MigrationDataChanged(source)));
		}
		return new Outcome(ImportReport.success(filename, read, written), changes);
	}

	private Change apply(String source, Measure measure, BilateralRows rows, String filename, CurrentUser actor) {
		Set<Integer> years = rows.years();
		Map<Key, Double> stored = store.bilateral(source, measure, years);
		List<Row> inserted = new ArrayList<>();
		List<Row> updated = new ArrayList<>();
		int unchanged = 0;
		for (Row row : rows.rows()) {
			Double before = stored.remove(row.key());
			if (before == null) {
				inserted.add(row);
			}
			else if (Double.compare(before, row.amount()) != 0) {
				updated.add(row);
			}
			else {
				unchanged++;
			}
		}
		List<Key> removed = new ArrayList<>(stored.keySet());
		Map<Key, Exclusion> storedExclusions = store.exclusions(source, measure, years);
		Map<Key, Exclusion> newExclusions = new HashMap<>();
		for (Exclusion e : rows.exclusions()) {
			newExclusions.put(new Key(e.year(), e.name(), e.reason().name()), e);
		}
		boolean exclusionsChanged = !Objects.equals(storedExclusions, newExclusions);
		boolean changed = !inserted.isEmpty() || !updated.isEmpty() || !removed.isEmpty() || exclusionsChanged;
		if (changed) {
			String title = queries.source(source).map(MigrationQueries.SourceInfo::title).orElse(source);
			store.saveSource(source, title, false, filename, null, actor.username());
			store.removeBilateral(source, measure, removed);
			store.updateBilateral(source, measure, updated);
			store.insertBilateral(source, measure, inserted);
			store.replaceExclusions(source, measure, years, rows.exclusions());
		}
		return new Change(source, measure, years, inserted.size(), updated.size(), removed.size(), unchanged,
				rows.excludedRows());
	}

	private static Integer year(String text) {
		try {
			int year = Integer.parseInt(text.trim());
			return year >= 1900 && year <= 2100 ? year : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Removes an imported source and all its figures. Shipped sources cannot be removed. */
	@Transactional
	public void deleteSource(String code) {
		MigrationQueries.SourceInfo source = queries.source(code)
			.orElseThrow(() -> org.migracap.platform.NotFoundException.of("source", code));
		if (source.shipped()) {
			throw org.migracap.platform.RuleViolationException.invalid("mobility.source.error.shipped", code);
		}
		store.deleteSource(code);
		queries.invalidate();
		events.publishEvent(new MigrationDataChanged(code));
	}

}
