package org.migracap.reference.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.StartupData;
import org.migracap.platform.TabularFile;
import org.migracap.reference.FocusArea;
import org.migracap.reference.IncomeGroup;
import org.migracap.reference.RatificationStatus;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped reference files: ISO 3166-1 countries with UN M49 regions, World Bank income groups (FY2025),
 * the tracked instruments and the status of the 1990 Migrant Workers Convention. Idempotent: a second run updates
 * rows in place, and never overwrites a ratification an administrator recorded.
 */
@Component
class ReferenceDataLoader implements StartupData {

	static final String COUNTRIES = "reference/countries/all.csv";

	static final String INCOME = "reference/income/income_classification_FY2025.csv";

	static final String INSTRUMENTS = "reference/instruments/instruments.csv";

	static final String ICMW = "reference/ratifications/hr_status_icmw.csv";

	static final String ICMW_CODE = "UN_ICMW_1990";

	/** Codes the ICMW file uses that ISO 3166-1 has since replaced: TP (East Timor) is now TL (Timor-Leste). */
	static final Map<String, String> FORMER_ISO2 = Map.of("TP", "TL");

	private final Countries countries;

	private final Instruments instruments;

	private final Ratifications ratifications;

	private final CountryCatalog catalog;

	ReferenceDataLoader(Countries countries, Instruments instruments, Ratifications ratifications,
			CountryCatalog catalog) {
		this.countries = countries;
		this.instruments = instruments;
		this.ratifications = ratifications;
		this.catalog = catalog;
	}

	@Override
	public String name() {
		return "reference";
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public String version() {
		return StartupData.checksum(COUNTRIES, INCOME, INSTRUMENTS, ICMW);
	}

	@Override
	public void load() {
		loadCountries();
		loadInstruments();
		loadIcmw();
		catalog.invalidate();
	}

	private void loadCountries() {
		Map<String, Country> existing = countries.findAll()
			.stream()
			.collect(Collectors.toMap(Country::iso3, Function.identity()));
		Map<String, TabularFile.Line> income = read(INCOME, "Code", "Income group").lines()
			.stream()
			.filter(line -> !line.get("Region").isEmpty())
			.collect(Collectors.toMap(line -> line.get("Code"), Function.identity()));
		for (TabularFile.Line line : read(COUNTRIES, "alpha-3", "alpha-2", "country-code", "name").lines()) {
			String iso3 = line.get("alpha-3");
			Country country = existing.computeIfAbsent(iso3, Country::new);
			country.update(line.get("alpha-2"), line.get("country-code"), line.get("name"), blank(line.get("region")),
					blank(line.get("region-code")), blank(line.get("sub-region")), blank(line.get("sub-region-code")),
					blank(line.get("intermediate-region")), blank(line.get("intermediate-region-code")));
			TabularFile.Line wb = income.get(iso3);
			if (wb != null) {
				country.classify(IncomeGroup.fromWorldBank(wb.get("Income group")), blank(wb.get("Region")),
						blank(wb.get("Lending category")));
			}
			else {
				country.classify(null, null, null);
			}
			countries.save(country);
		}
	}

	private void loadInstruments() {
		for (TabularFile.Line line : read(INSTRUMENTS, "code", "short_name", "title", "body", "adopted_year", "areas")
			.lines()) {
			Instrument instrument = instruments.findById(line.get("code")).orElseGet(() -> new Instrument(line.get("code")));
			Set<FocusArea> areas = EnumSet.noneOf(FocusArea.class);
			for (String code : line.get("areas").split("\\s+")) {
				if (!code.isBlank()) {
					areas.add(FocusArea.of(code));
				}
			}
			instrument.update(line.get("short_name"), line.get("title"), line.get("body"),
					Integer.parseInt(line.get("adopted_year")), areas);
			instruments.save(instrument);
		}
	}

	private void loadIcmw() {
		Map<String, String> iso2ToIso3 = countries.findAll()
			.stream()
			.collect(Collectors.toMap(Country::iso2, Country::iso3));
		Map<String, Ratification> existing = ratifications.findByInstrumentCode(ICMW_CODE)
			.stream()
			.collect(Collectors.toMap(Ratification::iso3, Function.identity()));
		for (TabularFile.Line line : read(ICMW, "iso2", "status").lines()) {
			String iso3 = iso2ToIso3.get(FORMER_ISO2.getOrDefault(line.get("iso2"), line.get("iso2")));
			if (iso3 == null) {
				throw new IllegalStateException("ICMW file names unknown ISO code " + line.get("iso2"));
			}
			Ratification ratification = existing.computeIfAbsent(iso3, code -> new Ratification(ICMW_CODE, code));
			if (Ratification.ADMIN.equals(ratification.source())) {
				continue;
			}
			RatificationStatus status = switch (line.get("status")) {
				case "state party" -> RatificationStatus.PARTY;
				case "signatory state" -> RatificationStatus.SIGNATORY;
				default -> RatificationStatus.NONE;
			};
			String year = line.get("year ratification or accession");
			ratification.record(status, year.isEmpty() ? null : Integer.valueOf(year), Ratification.FILE,
					blank(line.get("note")));
			ratifications.save(ratification);
		}
	}

	private static TabularFile read(String path, String... required) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return TabularFile.read(path, in, required);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static @Nullable String blank(String value) {
		return value.isBlank() ? null : value;
	}

}
