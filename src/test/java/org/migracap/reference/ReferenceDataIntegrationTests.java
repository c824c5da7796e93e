package org.migracap.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.migracap.platform.TabularFile;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped reference files are loaded completely and faithfully: the expected values are read from the same files,
 * never typed here.
 */
@MigraCapIntegrationTest
class ReferenceDataIntegrationTests {

	@Autowired
	ReferenceApi reference;

	static TabularFile file(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return TabularFile.read(path, in);
		}
	}

	@Test
	void everyIso3166EntryIsLoadedWithItsRegions() throws IOException {
		TabularFile iso = file("reference/countries/all.csv");
		assertThat(reference.countries()).hasSize(iso.lines().size()).hasSize(249);
		for (TabularFile.Line line : iso.lines()) {
			CountryView country = reference.getCountry(line.get("alpha-3"));
			assertThat(country.iso2()).isEqualTo(line.get("alpha-2"));
			assertThat(country.numeric()).isEqualTo(line.get("country-code"));
			assertThat(country.name()).isEqualTo(line.get("name"));
			assertThat(country.subRegionCode()).isEqualTo(line.get("sub-region-code").isEmpty() ? null : line.get("sub-region-code"));
		}
	}

	@Test
	void incomeGroupsAreThoseOfTheWorldBankFy2025File() throws IOException {
		int classified = 0;
		for (TabularFile.Line line : file("reference/income/income_classification_FY2025.csv").lines()) {
			if (line.get("Region").isEmpty()) {
				continue;
			}
			var country = reference.country(line.get("Code"));
			if (country.isPresent()) {
				classified++;
				assertThat(country.get().incomeGroup()).isEqualTo(IncomeGroup.fromWorldBank(line.get("Income group")));
			}
		}
		assertThat(classified).isGreaterThan(200);
		assertThat(reference.countries().stream().filter(c -> c.incomeGroup() != null)).hasSize(classified);
	}

	@Test
	void migrantWorkersConventionStatusMatchesTheTreatyFile() throws IOException {
		List<TabularFile.Line> lines = file("reference/ratifications/hr_status_icmw.csv").lines();
		long parties = lines.stream().filter(l -> l.get("status").equals("state party")).count();
		List<RatificationView> loaded = reference.ratificationsOfInstrument("UN_ICMW_1990");
		assertThat(loaded).hasSize(lines.size());
		assertThat(loaded.stream().filter(r -> r.status() == RatificationStatus.PARTY)).hasSize((int) parties);
		assertThat(reference.ratificationsOf("TLS")).anyMatch(r -> r.instrumentCode().equals("UN_ICMW_1990")
				&& r.status() == RatificationStatus.PARTY);
	}

	@Test
	void theNineTrackedInstrumentsAreListed() {
		assertThat(reference.instruments()).extracting(InstrumentView::code)
			.containsExactlyInAnyOrder("UN_TIP_2000", "UN_SOM_2000", "UN_REF_1951", "UN_REF_1967", "UN_ICMW_1990",
					"ILO_C097", "ILO_C143", "ILO_C181", "ILO_C189");
	}

	@Test
	void gcmObjectiveTwentyIsTheRemittancesObjective() {
		List<CodeItem> gcm = reference.codeList("gcm");
		assertThat(gcm).hasSize(23);
		assertThat(gcm.get(19).name()).startsWith("Promote faster, safer and cheaper transfer of remittances");
		assertThat(gcm.get(19).name()).isNotEqualTo(gcm.get(1).name());
	}

	@Test
	void crosswalkCodeListsAreAvailable() {
		assertThat(reference.codeList("sdg-10-7-2")).hasSize(6);
		assertThat(reference.codeItem("iati-Sector", "15190")).get()
			.extracting(CodeItem::name)
			.asString()
			.contains("migration");
		assertThat(reference.codeList("iati-OrganisationRole")).extracting(CodeItem::code)
			.containsExactly("1", "2", "3", "4");
	}

}
