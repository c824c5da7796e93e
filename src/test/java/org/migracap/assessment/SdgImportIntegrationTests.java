package org.migracap.assessment;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDG 10.7.2 import reproduces the published files exactly: every country and year, every category, and
 * Armenia's six domains, with nothing added. The expected values are read here from the shipped files with a CSV
 * parser of their own.
 */
@MigraCapIntegrationTest
class SdgImportIntegrationTests {

	static final String ALL = "assessment/sdg/sdg_10_7_2_all_domains_owid_2019_2021.csv";

	static final String ARMENIA = "assessment/sdg/armenia_indicator_10-7-2_by_domain.csv";

	@Autowired
	AssessmentApi api;

	@Autowired
	JdbcClient jdbc;

	static List<CSVRecord> records(String path) throws Exception {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new InputStreamReader(in, StandardCharsets.UTF_8))
				.getRecords();
		}
	}

	@Test
	void everyCountryAndYearOfThePublishedFileIsServedWithItsCategoryAndNothingElse() throws Exception {
		List<SdgResult> expected = new ArrayList<>();
		for (CSVRecord record : records(ALL)) {
			expected.add(new SdgResult(record.get(1), Integer.parseInt(record.get(2)), Integer.parseInt(record.get(3))));
		}
		assertThat(expected).hasSize(198);
		assertThat(api.sdgResults()).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void armeniasDomainsAreImportedAsPublishedAnswers() throws Exception {
		Map<String, Integer> expected = new TreeMap<>();
		for (CSVRecord record : records(ARMENIA)) {
			String domain = record.get(1).replaceAll("^Domain\\s*(\\d)\\..*$", "D$1");
			expected.put(record.get(0) + "/" + domain, Integer.parseInt(record.get(2)));
		}
		assertThat(expected).hasSize(12);
		Map<String, Integer> actual = new TreeMap<>();
		jdbc.sql("""
				select c.assessment_year, r.indicator_code, r.level from assessment.cycle c
				join assessment.response r on r.cycle_id = c.id
				where c.iso3 = 'ARM' and c.framework_code = 'SDG_10_7_2' and r.indicator_code like 'D%'""")
			.query((rs, i) -> actual.put(rs.getInt(1) + "/" + rs.getString(2), rs.getInt(3)))
			.list();
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void importedCyclesArePublishedPublicAndNotDemo() {
		List<Map<String, Object>> wrong = jdbc.sql("""
				select id from assessment.cycle where framework_code = 'SDG_10_7_2'
				and (status <> 'PUBLISHED' or confidentiality <> 'PUBLIC' or demo = true)""").query().listOfRows();
		assertThat(wrong).isEmpty();
		int cycles = jdbc.sql("select count(*) from assessment.cycle where framework_code = 'SDG_10_7_2'")
			.query(Integer.class)
			.single();
		assertThat(cycles).as("198 country-years plus Armenia 2021, which has domains but no overall category")
			.isEqualTo(199);
	}

	@Test
	void theShareOfCountriesMeetingTheCriteriaIsCountedPerYear() throws Exception {
		Map<Integer, int[]> counts = new HashMap<>();
		for (CSVRecord record : records(ALL)) {
			int[] c = counts.computeIfAbsent(Integer.parseInt(record.get(2)), y -> new int[2]);
			c[0]++;
			if (Integer.parseInt(record.get(3)) >= 3) {
				c[1]++;
			}
		}
		List<SdgYearSummary> summaries = api.sdgSummaryByYear();
		assertThat(summaries).extracting(SdgYearSummary::year).containsExactly(2019, 2021);
		for (SdgYearSummary summary : summaries) {
			int[] c = counts.get(summary.year());
			assertThat(summary.countries()).isEqualTo(c[0]);
			assertThat(summary.shareMeeting()).isEqualTo((double) c[1] / c[0]);
		}
		assertThat(summaries.get(0).countries()).isEqualTo(110);
		assertThat(summaries.get(1).countries()).isEqualTo(88);
	}

	/**
	 * The SHA-256 of the files as published (recorded in src/test/resources/assessment/sdg/published.sha256 when they
	 * were taken from the source named in SOURCE.md): a shipped file edited by hand no longer matches. Nothing is looked
	 * up outside the project, so this runs, and fails, everywhere.
	 */
	@Test
	void theShippedFilesAreByteCopiesOfThePublishedOnes() throws Exception {
		Map<String, String> published = new TreeMap<>();
		try (InputStream in = new ClassPathResource("assessment/sdg/published.sha256").getInputStream()) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				if (!line.isBlank()) {
					String[] parts = line.trim().split("\\s+\\*?");
					published.put(parts[1], parts[0]);
				}
			}
		}
		assertThat(published).as("a recorded checksum for each shipped file")
			.containsOnlyKeys(Path.of(ALL).getFileName().toString(), Path.of(ARMENIA).getFileName().toString());
		for (String path : List.of(ALL, ARMENIA)) {
			byte[] shipped;
			try (InputStream in = new ClassPathResource(path).getInputStream()) {
				shipped = in.readAllBytes();
			}
			String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(shipped));
			assertThat(digest).as(path).isEqualTo(published.get(Path.of(path).getFileName().toString()));
		}
	}

}
