package org.migracap.assessment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.migracap.platform.Confidentiality;
import org.migracap.platform.StartupData;
import org.migracap.platform.TabularFile;
import org.migracap.reference.ReferenceApi;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports the published SDG 10.7.2 results as published, public assessment cycles of the SDG framework: the overall
 * category of every country and year (indicator {@code ALL}) and Armenia's categories by policy domain
 * ({@code D1}-{@code D6}). Runs again whenever a file changes, replacing what it imported before.
 */
@Component
class SdgImport implements StartupData {

	static final String ALL_DOMAINS = "assessment/sdg/sdg_10_7_2_all_domains_owid_2019_2021.csv";

	static final String ARMENIA = "assessment/sdg/armenia_indicator_10-7-2_by_domain.csv";

	static final String ACTOR = "sdg-import";

	static final String OWID = "UN SDG Global Database (SG_CPA_MIGRS) via Our World in Data";

	static final String ARMSTAT = "Armstat national SDG reporting platform";

	private static final Pattern DOMAIN = Pattern.compile("Domain\\s*(\\d)\\.");

	private final FrameworkService frameworks;

	private final CycleBulkWriter writer;

	private final JdbcClient jdbc;

	private final ReferenceApi reference;

	SdgImport(FrameworkService frameworks, CycleBulkWriter writer, JdbcClient jdbc, ReferenceApi reference) {
		this.frameworks = frameworks;
		this.writer = writer;
		this.jdbc = jdbc;
		this.reference = reference;
	}

	@Override
	public String name() {
		return "assessment-sdg-10-7-2";
	}

	@Override
	public int order() {
		return 310;
	}

	@Override
	public String version() {
		return StartupData.checksum(ALL_DOMAINS, ARMENIA) + "-1";
	}

	/** One country and year: the answers and where they come from. */
	record Entry(String iso3, int year, List<CycleBulkWriter.BulkAnswer> answers, List<String> sources) {
	}

	@Override
	public void load() {
		FrameworkView framework = frameworks.get(frameworks.currentPublished(FrameworkService.SDG)
			.filter(f -> f.frameworkVersion() == 1)
			.orElseThrow(() -> new IllegalStateException("SDG 10.7.2 framework v1 is not loaded"))
			.id());
		Map<String, Entry> entries = new TreeMap<>();
		TabularFile all = read(ALL_DOMAINS, "Code", "Year");
		String valueColumn = all.header()
			.stream()
			.filter(column -> column.contains("sg_cpa_migrs"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(ALL_DOMAINS + " has no SG_CPA_MIGRS column"));
		for (TabularFile.Line line : all.lines()) {
			String iso3 = line.get("Code");
			if (!reference.isCountry(iso3)) {
				throw new IllegalStateException(ALL_DOMAINS + " line " + line.number() + ": unknown country " + iso3);
			}
			entry(entries, iso3, Integer.parseInt(line.get("Year")), OWID).answers()
				.add(CycleBulkWriter.BulkAnswer.level("ALL", Integer.parseInt(line.get(valueColumn))));
		}
		for (TabularFile.Line line : read(ARMENIA, "Year", "Policy area", "Value").lines()) {
			Matcher domain = DOMAIN.matcher(line.get("Policy area"));
			if (!domain.find()) {
				throw new IllegalStateException(ARMENIA + " line " + line.number() + ": no domain number");
			}
			entry(entries, "ARM", Integer.parseInt(line.get("Year")), ARMSTAT).answers()
				.add(CycleBulkWriter.BulkAnswer.level("D" + domain.group(1), Integer.parseInt(line.get("Value"))));
		}
		List<Long> previous = jdbc.sql("select id from assessment.cycle where created_by = :actor")
			.param("actor", ACTOR)
			.query(Long.class)
			.list();
		writer.delete(previous);
		List<CycleBulkWriter.BulkCycle> cycles = new ArrayList<>();
		for (Entry entry : entries.values()) {
			cycles.add(new CycleBulkWriter.BulkCycle(entry.iso3(), framework, CycleKind.SELF, entry.year(),
					CycleStatus.PUBLISHED, Confidentiality.PUBLIC, false, String.join("; ", entry.sources()), ACTOR,
					LocalDate.of(entry.year(), 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC), entry.answers()));
		}
		writer.write(cycles);
	}

	private static Entry entry(Map<String, Entry> entries, String iso3, int year, String source) {
		Entry entry = entries.computeIfAbsent(iso3 + "-" + year,
				key -> new Entry(iso3, year, new ArrayList<>(), new ArrayList<>()));
		if (!entry.sources().contains(source)) {
			entry.sources().add(source);
		}
		return entry;
	}

	private static TabularFile read(String path, String... required) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return TabularFile.read(path, in, required);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
