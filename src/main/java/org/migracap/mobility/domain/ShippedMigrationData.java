package org.migracap.mobility.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.migracap.mobility.domain.AliasService.ShippedAlias;
import org.migracap.mobility.domain.CountryResolver.Resolution;
import org.migracap.mobility.domain.MigrationStore.CountryRow;
import org.migracap.mobility.domain.MigrationStore.Exclusion;
import org.migracap.platform.StartupData;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the migration data shipped with MigraCap (see {@code mobility/SOURCE.md}): the UN DESA 2019 bilateral
 * migrant stock, the World Bank/KNOMAD 2017 bilateral migrant stock and remittance matrices and the WDI personal
 * remittances received. Runs in one transaction, so a start that fails on one file loads none; loading again replaces
 * the shipped sources with the same rows (idempotent). Any name the alias table cannot place stops the load.
 */
@Component
class ShippedMigrationData implements StartupData {

	static final String UN_DESA = "mobility/un-desa-2019/un_desa_migrant_stock_2019_long.csv";

	static final String KNOMAD_STOCK = "mobility/wb-knomad-2017/bilateral_migrant_stocks_2017_long.csv";

	static final String KNOMAD_REMITTANCES = "mobility/wb-knomad-2017/bilateral_remittances_2017_long.csv";

	static final String WDI = "mobility/wb-wdi-remittances/BX.TRF.PWKR.CD.DT_personal_remittances_received_usd_1960-2022.csv";

	static final String WDI_METADATA = "mobility/wb-wdi-remittances/wdi_country_metadata_2023-10-26.csv";

	static final String ALIASES = "mobility/country-aliases.csv";

	public static final String UN_DESA_SOURCE = "UN DESA 2019";

	public static final String KNOMAD_SOURCE = "WB/KNOMAD 2017";

	public static final String WDI_SOURCE = "WDI 2023-10-26";

	private final AliasService aliases;

	private final CountryResolver resolver;

	private final MigrationStore store;

	private final MigrationQueries queries;

	ShippedMigrationData(AliasService aliases, CountryResolver resolver, MigrationStore store,
			MigrationQueries queries) {
		this.aliases = aliases;
		this.resolver = resolver;
		this.store = store;
		this.queries = queries;
	}

	@Override
	public String name() {
		return "mobility-data";
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public String version() {
		return "1-" + StartupData.checksum(UN_DESA, KNOMAD_STOCK, KNOMAD_REMITTANCES, WDI, WDI_METADATA, ALIASES);
	}

	@Override
	public void load() {
		Map<String, CSVRecord> metadata = new LinkedHashMap<>();
		read(WDI_METADATA, r -> metadata.put(r.get("Country Code"), r));
		seedAliases(metadata);
		CountryResolver.Index index = resolver.index();
		loadUnDesa(index);
		loadKnomad(index);
		loadWdi(index, metadata);
		queries.invalidate();
	}

	private void seedAliases(Map<String, CSVRecord> metadata) {
		List<ShippedAlias> shipped = new ArrayList<>();
		read(ALIASES, r -> {
			AliasAction action = AliasAction.valueOf(r.get("action"));
			shipped.add(new ShippedAlias(r.get("alias"), action, action == AliasAction.MAP ? r.get("iso3") : null,
					action == AliasAction.EXCLUDE ? ExclusionReason.valueOf(r.get("reason")) : null, r.get("note"),
					"MigraCap alias file"));
		});
		Map<String, String> unNames = new LinkedHashMap<>();
		read(UN_DESA, r -> {
			unNames.putIfAbsent(r.get("origin_name"), r.get("origin_iso3"));
			unNames.putIfAbsent(r.get("destination_name"), r.get("destination_iso3"));
		});
		CountryResolver.Index index = resolver.index();
		unNames.forEach((name, code) -> {
			Resolution byCode = index.resolve(code.length() == 3 ? code : "");
			if (byCode.matched()) {
				shipped.add(new ShippedAlias(name, AliasAction.MAP, byCode.iso3(), null, "UN DESA 2019 name",
						UN_DESA_SOURCE));
			}
		});
		metadata.forEach((code, r) -> {
			String name = r.get("TableName");
			if (r.get("Region").isBlank()) {
				shipped.add(new ShippedAlias(name, AliasAction.EXCLUDE, null, ExclusionReason.AGGREGATE,
						"World Bank aggregate " + code, "WDI metadata 2023-10-26"));
			}
			else {
				Resolution byCode = index.resolve(code);
				if (byCode.matched()) {
					shipped.add(new ShippedAlias(name, AliasAction.MAP, byCode.iso3(), null, "World Bank name",
							"WDI metadata 2023-10-26"));
				}
			}
		});
		aliases.seed(shipped);
	}

	private void loadUnDesa(CountryResolver.Index index) {
		BilateralRows rows = new BilateralRows();
		read(UN_DESA, r -> {
			Resolution origin = resolve(index, r.get("origin_iso3"), r.get("origin_name"));
			Resolution destination = resolve(index, r.get("destination_iso3"), r.get("destination_name"));
			rows.add(line(r), origin, "origin", destination, "destination", Integer.parseInt(r.get("year")),
					r.get("stock"), "stock");
		});
		write(UN_DESA_SOURCE, "UN DESA, International Migrant Stock 2019 (bilateral, 1990-2019)", UN_DESA,
				Measure.MIGRANT_STOCK, rows);
	}

	private static Resolution resolve(CountryResolver.Index index, String code, String name) {
		Resolution byCode = index.resolve(code.length() == 3 ? code : "");
		return byCode.matched() ? byCode : index.resolve(name);
	}

	private void loadKnomad(CountryResolver.Index index) {
		BilateralRows stock = new BilateralRows();
		read(KNOMAD_STOCK, r -> stock.add(line(r), index.resolve(r.get("origin_country")), "origin_country",
				index.resolve(r.get("destination_country")), "destination_country", 2017, r.get("migrant_stock"),
				"migrant_stock"));
		write(KNOMAD_SOURCE, "World Bank/KNOMAD bilateral migration and remittance matrices 2017", KNOMAD_STOCK,
				Measure.MIGRANT_STOCK, stock);
		BilateralRows remittances = new BilateralRows();
		read(KNOMAD_REMITTANCES, r -> remittances.add(line(r), index.resolve(r.get("receiving_country")),
				"receiving_country", index.resolve(r.get("sending_country")), "sending_country", 2017,
				r.get("remittances_usd_millions"), "remittances_usd_millions"));
		write(KNOMAD_SOURCE, "World Bank/KNOMAD bilateral migration and remittance matrices 2017",
				KNOMAD_STOCK + ", " + KNOMAD_REMITTANCES, Measure.REMITTANCES, remittances);
	}

	private void loadWdi(CountryResolver.Index index, Map<String, CSVRecord> metadata) {
		List<CountryRow> values = new ArrayList<>();
		Map<MigrationStore.Key, double[]> excluded = new HashMap<>();
		read(WDI, r -> {
			String code = r.get("Country Code");
			CSVRecord meta = metadata.get(code);
			boolean aggregate = meta == null || meta.get("Region").isBlank();
			Resolution country = aggregate ? null : index.resolve(code);
			if (country != null && country.unknown()) {
				throw new IllegalStateException(WDI + " line " + line(r) + ": no ISO country for code " + code);
			}
			for (int year = 1960; year <= 2022; year++) {
				String cell = r.get(String.valueOf(year)).trim();
				if (cell.isEmpty()) {
					continue;
				}
				double amount = Double.parseDouble(cell);
				if (country != null && country.matched()) {
					values.add(new CountryRow(year, country.iso3(), amount));
				}
				else {
					ExclusionReason reason = aggregate ? ExclusionReason.AGGREGATE : country.excluded();
					double[] sum = excluded.computeIfAbsent(
							new MigrationStore.Key(year, r.get("Country Name") + " (" + code + ")", reason.name()),
							k -> new double[2]);
					sum[0]++;
					sum[1] += amount;
				}
			}
		});
		store.saveSource(WDI_SOURCE, "World Bank WDI, personal remittances received (current US$), release 2023-10-26",
				true, WDI, StartupData.checksum(WDI), null);
		store.replaceCountryValues(WDI_SOURCE, Measure.REMITTANCES_RECEIVED, values);
		store.replaceExclusions(WDI_SOURCE, Measure.REMITTANCES_RECEIVED, null, excluded.entrySet()
			.stream()
			.map(e -> new Exclusion(e.getKey().year(), e.getKey().origin(),
					ExclusionReason.valueOf(e.getKey().destination()), (int) e.getValue()[0], e.getValue()[1]))
			.toList());
	}

	private void write(String source, String title, String files, Measure measure, BilateralRows rows) {
		if (!rows.problems().isEmpty()) {
			throw new IllegalStateException("Shipped file " + files + " has rows MigraCap cannot place: "
					+ rows.problems().stream().limit(10).map(Object::toString).collect(Collectors.joining("; ")));
		}
		store.saveSource(source, title, true, files, null, null);
		store.deleteBilateral(source, measure);
		store.insertBilateral(source, measure, rows.rows());
		store.replaceExclusions(source, measure, null, rows.exclusions());
	}

	private static long line(CSVRecord record) {
		return record.getRecordNumber() + 1;
	}

	static void read(String path, Consumer<CSVRecord> each) {
		try (InputStream in = new ClassPathResource(path).getInputStream();
				Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(),
						StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			for (CSVRecord record : parser) {
				each.accept(record);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
