package org.migracap.assessment.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.migracap.platform.Confidentiality;
import org.migracap.platform.StartupData;
import org.migracap.reference.CountryView;
import org.migracap.reference.ReferenceApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo assessments, invented and marked as demo wherever they show: published core assessments (2019, 2022, 2025)
 * for the countries of the demo focal points, the countries on the demo migration routes and a broad sample; a mix
 * of confidentiality (Kenya's 2025 assessment is private, Guatemala's 2022 one too); Kenya's 2026 self-assessment
 * in draft (the focal point's journey) and Morocco's 2026 self-assessment submitted and waiting for validation (the
 * coordinator's journey). Runs again when its version changes, replacing only what it wrote before.
 */
@Component
class DemoAssessments implements StartupData {

	static final String ACTOR = "demo-data";

	static final String SOURCE = "Demo data: invented by MigraCap for demonstration, not an official assessment";

	static final String EVIDENCE = "Demo evidence (invented): national strategy and implementation report";

	/** The demo focal points' countries and the countries on the demo routes: three published cycles each. */
	static final List<String> CORE_COUNTRIES = List.of("KEN", "GTM", "MEX", "MAR", "ESP", "PHL", "SEN", "USA", "SAU",
			"ARE", "ITA", "FRA", "LBY", "NER", "MLI", "TUR", "DEU", "HND", "SLV", "GBR", "QAT", "ETH", "SOM", "NGA",
			"IND", "BGD", "NPL", "TUN", "EGY", "GRC");

	/** A broad sample with one to three cycles each. */
	static final List<String> SAMPLE_COUNTRIES = List.of("CAN", "COL", "VEN", "ECU", "PER", "BRA", "ARG", "CHL", "HTI",
			"DOM", "NIC", "NLD", "BEL", "SWE", "POL", "ROU", "UKR", "KWT", "OMN", "JOR", "LBN", "DZA", "SDN", "TCD",
			"BFA", "CIV", "GIN", "GMB", "GHA", "SSD", "UGA", "TZA", "RWA", "ZAF", "ZWE", "PAK", "LKA", "AFG", "IRQ",
			"IDN", "MYS", "THA", "VNM", "MMR", "KOR", "JPN", "AUS", "KAZ", "UZB", "MDA");

	static final List<Integer> YEARS = List.of(2019, 2022, 2025);

	/** Confidentiality that the demo journeys rely on; everything else is derived from the country code. */
	static final Map<String, Confidentiality> FIXED = Map.of("KEN-2025", Confidentiality.PRIVATE, "KEN-2022",
			Confidentiality.PUBLIC, "KEN-2019", Confidentiality.PUBLIC, "GTM-2022", Confidentiality.PRIVATE,
			"GTM-2025", Confidentiality.MEMBERS, "GTM-2019", Confidentiality.PUBLIC);

	private final FrameworkService frameworks;

	private final CycleBulkWriter writer;

	private final ReferenceApi reference;

	private final JdbcClient jdbc;

	DemoAssessments(FrameworkService frameworks, CycleBulkWriter writer, ReferenceApi reference, JdbcClient jdbc) {
		this.frameworks = frameworks;
		this.writer = writer;
		this.reference = reference;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "demo-assessments";
	}

	@Override
	public int order() {
		return 950;
	}

	@Override
	public String version() {
		return "1";
	}

	@Override
	public boolean demo() {
		return true;
	}

	@Override
	public void load() {
		writer.delete(jdbc.sql("select id from assessment.cycle where demo = true").query(Long.class).list());
		FrameworkView core = frameworks.currentCore();
		List<CycleBulkWriter.BulkCycle> cycles = new ArrayList<>();
		for (String iso3 : CORE_COUNTRIES) {
			for (int year : YEARS) {
				cycles.add(published(core, iso3, year));
			}
		}
		for (String iso3 : SAMPLE_COUNTRIES) {
			int pattern = Math.floorMod(iso3.hashCode(), 4);
			for (int year : YEARS) {
				boolean included = switch (pattern) {
					case 0 -> true;
					case 1 -> year != 2019;
					case 2 -> year != 2022;
					default -> year == 2025;
				};
				if (included) {
					cycles.add(published(core, iso3, year));
				}
			}
		}
		CountryView kenya = reference.getCountry("KEN");
		List<CycleBulkWriter.BulkAnswer> kenyaDraft = DemoLevels.answers(core, "KEN", kenya.incomeGroup(), 2026, 0,
				true, EVIDENCE)
			.stream()
			.filter(a -> a.indicatorCode().compareTo("E") < 0)
			.toList();
		cycles.add(new CycleBulkWriter.BulkCycle("KEN", core, CycleKind.SELF, 2026, CycleStatus.DRAFT,
				Confidentiality.PRIVATE, true, SOURCE, "focal.ken", at(2026, 9), kenyaDraft));
		CountryView morocco = reference.getCountry("MAR");
		cycles.add(new CycleBulkWriter.BulkCycle("MAR", core, CycleKind.SELF, 2026, CycleStatus.SUBMITTED,
				Confidentiality.MEMBERS, true, SOURCE, "focal.mar", at(2026, 10),
				DemoLevels.answers(core, "MAR", morocco.incomeGroup(), 2026, 0, true, EVIDENCE)));
		writer.write(cycles);
	}

	private CycleBulkWriter.BulkCycle published(FrameworkView core, String iso3, int year) {
		CountryView country = reference.getCountry(iso3);
		CycleKind kind = year == 2022 ? CycleKind.JOINT
				: year == 2025 && Math.floorMod(iso3.hashCode(), 3) == 0 ? CycleKind.EXTERNAL : CycleKind.SELF;
		return new CycleBulkWriter.BulkCycle(iso3, core, kind, year, CycleStatus.PUBLISHED,
				confidentiality(iso3, year), true, SOURCE, ACTOR, at(year, 11),
				DemoLevels.answers(core, iso3, country.incomeGroup(), year, year == 2019 ? 0.06 : 0.02, year >= 2022,
						EVIDENCE));
	}

	static Confidentiality confidentiality(String iso3, int year) {
		Confidentiality fixed = FIXED.get(iso3 + "-" + year);
		if (fixed != null) {
			return fixed;
		}
		int draw = Math.floorMod((iso3 + year).hashCode(), 10);
		return draw == 0 ? Confidentiality.PRIVATE : draw <= 2 ? Confidentiality.MEMBERS : Confidentiality.PUBLIC;
	}

	private static java.time.Instant at(int year, int month) {
		return LocalDate.of(year, month, 15).atStartOfDay().toInstant(ZoneOffset.UTC);
	}

}
