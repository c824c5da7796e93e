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
import org.migracap.reference.InstrumentView;
import org.migracap.reference.RatificationStatus;
import org.migracap.reference.RatificationView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instruments and the ratifications of them, edited by administrators one at a time or from a CSV file
 * ({@code instrument,iso3,status,year,note}).
 */
@Service
public class RatificationService {

	private final Instruments instruments;

	private final Ratifications ratifications;

	private final CountryCatalog catalog;

	RatificationService(Instruments instruments, Ratifications ratifications, CountryCatalog catalog) {
		this.instruments = instruments;
		this.ratifications = ratifications;
		this.catalog = catalog;
	}

	public record RatificationRecord(RatificationView view, long version) {
	}

	@Transactional(readOnly = true)
	public List<InstrumentView> instruments() {
		return instruments.findAll()
			.stream()
			.map(Instrument::toView)
			.sorted(java.util.Comparator.comparingInt(InstrumentView::adoptedYear).thenComparing(InstrumentView::code))
			.toList();
	}

	@Transactional(readOnly = true)
	public InstrumentView instrument(String code) {
		return instruments.findById(code.toUpperCase(Locale.ROOT))
			.map(Instrument::toView)
			.orElseThrow(() -> NotFoundException.of("instrument", code));
	}

	@Transactional(readOnly = true)
	public List<RatificationView> ofCountry(String iso3) {
		return ratifications.findByIso3(iso3.toUpperCase(Locale.ROOT)).stream().map(Ratification::toView).toList();
	}

	@Transactional(readOnly = true)
	public List<RatificationView> ofInstrument(String code) {
		InstrumentView instrument = instrument(code);
		return ratifications.findByInstrumentCode(instrument.code()).stream().map(Ratification::toView).toList();
	}

	@Transactional(readOnly = true)
	public RatificationRecord get(String instrumentCode, String iso3) {
		InstrumentView instrument = instrument(instrumentCode);
		String country = requireCountry(iso3);
		return ratifications.findByInstrumentCodeAndIso3(instrument.code(), country)
			.map(r -> new RatificationRecord(r.toView(), r.version()))
			.orElse(new RatificationRecord(
					new RatificationView(instrument.code(), country, RatificationStatus.NONE, null, Ratification.ADMIN, null),
					-1));
	}

	@Transactional
	public void record(String instrumentCode, String iso3, RatificationStatus status, @Nullable Integer year,
			@Nullable String note, long version) {
		InstrumentView instrument = instrument(instrumentCode);
		String country = requireCountry(iso3);
		Ratification ratification = ratifications.findByInstrumentCodeAndIso3(instrument.code(), country).orElse(null);
		if (ratification == null) {
			ConcurrentEditException.check("ratification", instrument.code() + "/" + country, version, -1);
			ratification = new Ratification(instrument.code(), country);
		}
		else {
			ConcurrentEditException.check("ratification", instrument.code() + "/" + country, version,
					ratification.version());
		}
		ratification.record(status, year, Ratification.ADMIN, note);
		ratifications.save(ratification);
	}

	/** Imports a CSV file; all rows or none. */
	@Transactional
	public ImportReport importCsv(String filename, InputStream in) {
		TabularFile file = TabularFile.read(filename, in, "instrument", "iso3", "status");
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Long> seen = new HashMap<>();
		record Row(String instrument, String iso3, RatificationStatus status, @Nullable Integer year,
				@Nullable String note) {
		}
		List<Row> rows = new ArrayList<>();
		List<String> codes = instruments().stream().map(InstrumentView::code).toList();
		String allowedStatus = Arrays.stream(RatificationStatus.values()).map(Enum::name).collect(Collectors.joining(", "));
		for (TabularFile.Line line : file.lines()) {
			String instrument = line.get("instrument").toUpperCase(Locale.ROOT);
			String iso3 = line.get("iso3").toUpperCase(Locale.ROOT);
			int before = problems.size();
			if (!codes.contains(instrument)) {
				problems.add(ImportProblem.of(line.number(), "instrument", "import.invalidValue", line.get("instrument"),
						String.join(", ", codes)));
			}
			if (catalog.byIso3(iso3).isEmpty()) {
				problems.add(ImportProblem.of(line.number(), "iso3", "import.unknownCountry", line.get("iso3")));
			}
			RatificationStatus status = null;
			try {
				status = RatificationStatus.valueOf(line.get("status").toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(ImportProblem.of(line.number(), "status", "import.invalidValue", line.get("status"),
						allowedStatus));
			}
			Integer year = null;
			if (!line.get("year").isEmpty()) {
				try {
					year = Integer.valueOf(line.get("year"));
					if (year < 1900 || year > 2100) {
						throw new NumberFormatException();
					}
				}
				catch (NumberFormatException ex) {
					problems.add(ImportProblem.of(line.number(), "year", "import.invalidYear", line.get("year")));
				}
			}
			String key = instrument + "/" + iso3;
			Long first = seen.putIfAbsent(key, line.number());
			if (first != null) {
				problems.add(ImportProblem.of(line.number(), "iso3", "import.duplicate", key, first));
			}
			if (problems.size() == before && status != null) {
				rows.add(new Row(instrument, iso3, status, year, line.get("note")));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportFailedException(ImportReport.failure(filename, file.lines().size(), problems));
		}
		for (Row row : rows) {
			Ratification ratification = ratifications.findByInstrumentCodeAndIso3(row.instrument(), row.iso3())
				.orElseGet(() -> new Ratification(row.instrument(), row.iso3()));
			ratification.record(row.status(), row.year(), Ratification.ADMIN, row.note());
			ratifications.save(ratification);
		}
		return ImportReport.success(filename, file.lines().size(), rows.size());
	}

	private String requireCountry(String iso3) {
		return catalog.byIso3(iso3).orElseThrow(() -> NotFoundException.of("country", iso3)).iso3();
	}

}
