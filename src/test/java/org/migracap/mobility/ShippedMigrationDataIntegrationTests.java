package org.migracap.mobility;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.migracap.mobility.domain.Measure;
import org.migracap.mobility.domain.MigrationQueries;
import org.migracap.mobility.domain.MigrationQueries.Selection;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The migration data shipped with MigraCap is loaded on first start with totals that equal the source files: per
 * destination, per origin and for the world, each computed here straight from the files; what the load left out is
 * reported and accounts for the rest of each file's total.
 */
@MigraCapIntegrationTest
class ShippedMigrationDataIntegrationTests {

	static final String UN = "mobility/un-desa-2019/un_desa_migrant_stock_2019_long.csv";

	static final String KNOMAD_STOCK = "mobility/wb-knomad-2017/bilateral_migrant_stocks_2017_long.csv";

	static final String KNOMAD_REMITTANCES = "mobility/wb-knomad-2017/bilateral_remittances_2017_long.csv";

	static final String WDI = "mobility/wb-wdi-remittances/BX.TRF.PWKR.CD.DT_personal_remittances_received_usd_1960-2022.csv";

	static final String WDI_METADATA = "mobility/wb-wdi-remittances/wdi_country_metadata_2023-10-26.csv";

	/** The World Bank names that the WDI metadata no longer uses, as SOURCE.md of the KNOMAD matrices lists them. */
	static final Map<String, String> OLD_WORLD_BANK_NAMES = Map.of("Cote d'Ivoire", "CIV", "Curacao", "CUW",
			"Czech Republic", "CZE", "Faeroe Islands", "FRO", "Korea, Dem. Rep.", "PRK", "Macedonia, FYR", "MKD",
			"Sao Tome and Principe", "STP", "Swaziland", "SWZ", "Turkey", "TUR", "Vietnam", "VNM");

	@Autowired
	MigrationQueries queries;

	@Autowired
	JdbcClient jdbc;

	static Set<String> isoCodes() throws IOException {
		Set<String> codes = new HashSet<>();
		read("reference/countries/all.csv", r -> codes.add(r.get("alpha-3")));
		return codes;
	}

	@Test
	void unDesa2019TotalsEqualTheFilePerDestinationPerOriginAndForTheWorld() throws IOException {
		Set<String> iso = isoCodes();
		Map<String, Long> perDestination = new HashMap<>();
		Map<String, Long> perOrigin = new HashMap<>();
		long[] world = new long[1];
		long[] fileTotal = new long[1];
		read(UN, r -> {
			if (!r.get("year").equals("2019") || !r.get("stock").matches("\\d+")) {
				return;
			}
			long stock = Long.parseLong(r.get("stock"));
			fileTotal[0] += stock;
			if (iso.contains(r.get("origin_iso3")) && iso.contains(r.get("destination_iso3"))) {
				perDestination.merge(r.get("destination_iso3"), stock, Long::sum);
				perOrigin.merge(r.get("origin_iso3"), stock, Long::sum);
				world[0] += stock;
			}
		});
		Selection selection = new Selection("UN DESA 2019", Measure.MIGRANT_STOCK, 2019);
		assertThat(queries.latest(Measure.MIGRANT_STOCK)).contains(selection);
		for (String country : iso) {
			assertThat((long) queries.total(country, CountryRole.DESTINATION, selection)).as("immigrants in " + country)
				.isEqualTo(perDestination.getOrDefault(country, 0L));
			assertThat((long) queries.total(country, CountryRole.ORIGIN, selection)).as("emigrants of " + country)
				.isEqualTo(perOrigin.getOrDefault(country, 0L));
		}
		assertThat((long) queries.worldTotal(selection)).isEqualTo(world[0]).isEqualTo(260_180_560L);
		double excluded = queries.exclusions("UN DESA 2019", Measure.MIGRANT_STOCK, 2019)
			.stream()
			.mapToDouble(MigrationQueries.ExclusionView::total)
			.sum();
		assertThat((long) (queries.worldTotal(selection) + excluded)).isEqualTo(fileTotal[0]);
		assertThat(queries.exclusions("UN DESA 2019", Measure.MIGRANT_STOCK, 2019))
			.extracting(MigrationQueries.ExclusionView::name)
			.contains("South America", "Caribbean", "Melanesia", "Micronesia", "Polynesia", "Channel Islands");
	}

	@Test
	void everyYearOfUnDesaIsLoaded() throws IOException {
		Map<String, Long> perYear = new HashMap<>();
		Set<String> iso = isoCodes();
		read(UN, r -> {
			if (r.get("stock").matches("\\d+") && iso.contains(r.get("origin_iso3"))
					&& iso.contains(r.get("destination_iso3"))) {
				perYear.merge(r.get("year"), Long.parseLong(r.get("stock")), Long::sum);
			}
		});
		assertThat(queries.years("UN DESA 2019", Measure.MIGRANT_STOCK)).containsExactly(1990, 1995, 2000, 2005,
				2010, 2015, 2019);
		perYear.forEach((year, total) -> assertThat(
				(long) queries.worldTotal(new Selection("UN DESA 2019", Measure.MIGRANT_STOCK, Integer.parseInt(year))))
			.as("world total " + year)
			.isEqualTo(total));
	}

	@Test
	void knomadMatricesEqualTheFilesPerCountry() throws IOException {
		Map<String, String> codeOf = worldBankNames();
		Set<String> iso = isoCodes();
		Map<String, Double> stockTo = new HashMap<>();
		Map<String, Double> stockFrom = new HashMap<>();
		double[] stockWorld = new double[2];
		read(KNOMAD_STOCK, r -> {
			String origin = codeOf.get(r.get("origin_country"));
			String destination = codeOf.get(r.get("destination_country"));
			double value = Double.parseDouble(r.get("migrant_stock"));
			stockWorld[1] += value;
			if (iso.contains(origin) && iso.contains(destination)) {
				stockTo.merge(destination, value, Double::sum);
				stockFrom.merge(origin, value, Double::sum);
				stockWorld[0] += value;
			}
		});
		Selection stock = new Selection("WB/KNOMAD 2017", Measure.MIGRANT_STOCK, 2017);
		for (String country : iso) {
			assertThat(queries.total(country, CountryRole.DESTINATION, stock)).as("KNOMAD immigrants " + country)
				.isEqualTo(stockTo.getOrDefault(country, 0.0));
			assertThat(queries.total(country, CountryRole.ORIGIN, stock)).as("KNOMAD emigrants " + country)
				.isEqualTo(stockFrom.getOrDefault(country, 0.0));
		}
		assertThat(queries.worldTotal(stock)).isEqualTo(stockWorld[0]);
		assertThat(stockWorld[1]).isEqualTo(252_635_660.0);
		double excluded = queries.exclusions("WB/KNOMAD 2017", Measure.MIGRANT_STOCK, 2017)
			.stream()
			.mapToDouble(MigrationQueries.ExclusionView::total)
			.sum();
		assertThat(queries.worldTotal(stock) + excluded).isEqualTo(stockWorld[1]);

		Map<String, Double> received = new HashMap<>();
		Map<String, Double> sent = new HashMap<>();
		double[] remittanceWorld = new double[2];
		read(KNOMAD_REMITTANCES, r -> {
			String sending = codeOf.get(r.get("sending_country"));
			String receiving = codeOf.get(r.get("receiving_country"));
			double value = Double.parseDouble(r.get("remittances_usd_millions"));
			remittanceWorld[1] += value;
			if (iso.contains(sending) && iso.contains(receiving)) {
				received.merge(receiving, value, Double::sum);
				sent.merge(sending, value, Double::sum);
				remittanceWorld[0] += value;
			}
		});
		Selection remittances = new Selection("WB/KNOMAD 2017", Measure.REMITTANCES, 2017);
		for (String country : iso) {
			assertThat(queries.total(country, CountryRole.ORIGIN, remittances)).as("remittances received by " + country)
				.isCloseTo(received.getOrDefault(country, 0.0), within(1e-9));
			assertThat(queries.total(country, CountryRole.DESTINATION, remittances)).as("remittances sent from " + country)
				.isCloseTo(sent.getOrDefault(country, 0.0), within(1e-9));
		}
		assertThat(queries.worldTotal(remittances)).isCloseTo(remittanceWorld[0], within(1e-6));
		assertThat(remittanceWorld[1]).isCloseTo(613_463.8046, within(1e-3));
	}

	@Test
	void wdiRemittancesReceivedEqualTheFileForEveryCountryAndYear() throws IOException {
		Set<String> iso = isoCodes();
		Map<String, Double> expected = new HashMap<>();
		read(WDI, r -> {
			if (!iso.contains(r.get("Country Code"))) {
				return;
			}
			for (int year = 1960; year <= 2022; year++) {
				String cell = r.get(String.valueOf(year));
				if (!cell.isBlank()) {
					expected.put(r.get("Country Code") + year, Double.parseDouble(cell));
				}
			}
		});
		Map<String, Double> stored = new HashMap<>();
		jdbc.sql("select iso3, data_year, amount from mobility.country_value where source = 'WDI 2023-10-26' and measure = 'REMITTANCES_RECEIVED'")
			.query(rs -> {
				stored.put(rs.getString(1) + rs.getInt(2), rs.getDouble(3));
			});
		assertThat(stored).isEqualTo(expected);
		assertThat(queries.exclusions("WDI 2023-10-26", Measure.REMITTANCES_RECEIVED, 2022))
			.extracting(MigrationQueries.ExclusionView::name)
			.contains("World (WLD)", "Kosovo (XKX)");
	}

	@Test
	void theAliasTableReportsWhatItExcludes() {
		List<String> excluded = jdbc
			.sql("select alias from mobility.country_alias where action = 'EXCLUDE' order by alias")
			.query(String.class)
			.list();
		assertThat(excluded).contains("Channel Islands", "Kosovo", "South America", "World");
	}

	static Map<String, String> worldBankNames() throws IOException {
		Map<String, String> codes = new HashMap<>(OLD_WORLD_BANK_NAMES);
		read(WDI_METADATA, r -> codes.put(r.get("TableName"), r.get("Country Code")));
		return codes;
	}

	static void read(String path, Consumer<CSVRecord> each) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				each.accept(record);
			}
		}
	}

}
