package org.migracap.reference.domain;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.ImportProblem;
import org.migracap.platform.ImportReport;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.TabularFile;
import org.migracap.reference.IomStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IOM membership as recorded by administrators, one country at a time or from a CSV file
 * ({@code iso3,status,since,note}).
 */
@Service
public class MembershipService {

	public static final String[] COLUMNS = { "iso3", "status", "since", "note" };

	private final IomMemberships memberships;

	private final CountryCatalog catalog;

	MembershipService(IomMemberships memberships, CountryCatalog catalog) {
		this.memberships = memberships;
		this.catalog = catalog;
	}

	public record MembershipRecord(String iso3, IomStatus status, @Nullable Integer since, @Nullable String note,
			long version) {
	}

	@Transactional(readOnly = true)
	public MembershipRecord get(String iso3) {
		String code = requireCountry(iso3);
		return memberships.findById(code)
			.map(m -> new MembershipRecord(m.iso3(), m.status(), m.since(), m.note(), m.version()))
			.orElse(new MembershipRecord(code, IomStatus.UNKNOWN, null, null, -1));
	}

	/**
	 * Records a country's status. {@code version} is the version the user edited, -1 for a country without a record.
	 */
	@Transactional
	public void record(String iso3, IomStatus status, @Nullable Integer since, @Nullable String note, long version) {
		String code = requireCountry(iso3);
		IomMembership membership = memberships.findById(code).orElse(null);
		if (membership == null) {
			ConcurrentEditException.check("membership", code, version, -1);
			membership = new IomMembership(code);
		}
		else {
			ConcurrentEditException.check("membership", code, version, membership.version());
		}
		membership.record(status, since, note);
		memberships.save(membership);
		catalog.invalidate();
	}

	/** Imports a CSV file; all rows or none. */
	@Transactional
	public ImportReport importCsv(String filename, InputStream in) {
		TabularFile file = TabularFile.read(filename, in, "iso3", "status");
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Long> seen = new HashMap<>();
		record Row(String iso3, IomStatus status, @Nullable Integer since, @Nullable String note) {
		}
		List<Row> rows = new ArrayList<>();
		String allowed = Arrays.stream(IomStatus.values()).map(Enum::name).collect(Collectors.joining(", "));
		for (TabularFile.Line line : file.lines()) {
			String iso3 = line.get("iso3").toUpperCase(Locale.ROOT);
			if (iso3.isEmpty()) {
				problems.add(ImportProblem.of(line.number(), "iso3", "import.required"));
				continue;
			}
			if (catalog.byIso3(iso3).isEmpty()) {
				problems.add(ImportProblem.of(line.number(), "iso3", "import.unknownCountry", iso3));
				continue;
			}
			Long first = seen.putIfAbsent(iso3, line.number());
			if (first != null) {
				problems.add(ImportProblem.of(line.number(), "iso3", "import.duplicate", iso3, first));
				continue;
			}
			IomStatus status;
			try {
				status = IomStatus.valueOf(line.get("status").toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(ImportProblem.of(line.number(), "status", "import.invalidValue", line.get("status"), allowed));
				continue;
			}
			Integer since = null;
			String year = line.get("since");
			if (!year.isEmpty()) {
				try {
					since = Integer.valueOf(year);
					if (since < 1951 || since > 2100) {
						throw new NumberFormatException();
					}
				}
				catch (NumberFormatException ex) {
					problems.add(ImportProblem.of(line.number(), "since", "import.invalidYear", year));
					continue;
				}
			}
			rows.add(new Row(iso3, status, since, line.get("note")));
		}
		if (!problems.isEmpty()) {
			throw new ImportFailedException(ImportReport.failure(filename, file.lines().size(), problems));
		}
		for (Row row : rows) {
			IomMembership membership = memberships.findById(row.iso3()).orElseGet(() -> new IomMembership(row.iso3()));
			membership.record(row.status(), row.since(), row.note());
			memberships.save(membership);
		}
		catalog.invalidate();
		return ImportReport.success(filename, file.lines().size(), rows.size());
	}

	private String requireCountry(String iso3) {
		return catalog.byIso3(iso3).orElseThrow(() -> NotFoundException.of("country", iso3)).iso3();
	}

}
