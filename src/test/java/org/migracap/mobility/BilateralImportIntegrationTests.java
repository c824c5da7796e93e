package org.migracap.mobility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.migracap.mobility.domain.AliasAction;
import org.migracap.mobility.domain.AliasService;
import org.migracap.mobility.domain.BilateralImport;
import org.migracap.mobility.domain.Measure;
import org.migracap.mobility.domain.MigrationQueries;
import org.migracap.mobility.domain.MigrationQueries.Selection;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.ImportProblem;
import org.migracap.platform.Role;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The generic import loads an unseen vintage in the same format without code changes: the real UN DESA 2019 rows,
 * written as a "2024" vintage in the generic format with UN country names instead of codes, load with totals equal to
 * the file's; loading the file again changes nothing; a name MigraCap does not know stops the whole import with its
 * line number until an administrator adds an alias.
 */
@MigraCapIntegrationTest
class BilateralImportIntegrationTests {

	static final CurrentUser COORDINATOR = new CurrentUser(2, "coordinator", "Coordinator", Set.of(Role.COORDINATOR), null);

	@Autowired
	BilateralImport imports;

	@Autowired
	MigrationQueries queries;

	@Autowired
	AliasService aliases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	/** The UN DESA 2019 rows of 2019, renamed as a 2024 vintage: names only, in the generic columns. */
	static byte[] vintage2024(String source, Map<String, Long> perDestination, long[] total) throws IOException {
		Set<String> iso = ShippedMigrationDataIntegrationTests.isoCodes();
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
			.setHeader("origin", "destination", "year", "value", "measure", "source")
			.get())) {
			ShippedMigrationDataIntegrationTests.read(ShippedMigrationDataIntegrationTests.UN, r -> {
				if (!r.get("year").equals("2019")) {
					return;
				}
				try {
					printer.printRecord(r.get("origin_name"), r.get("destination_name"), 2024, r.get("stock"),
							"MIGRANT_STOCK", source);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
				if (r.get("stock").matches("\\d+") && iso.contains(r.get("origin_iso3"))
						&& iso.contains(r.get("destination_iso3"))) {
					perDestination.merge(r.get("destination_iso3"), Long.parseLong(r.get("stock")), Long::sum);
					total[0] += Long.parseLong(r.get("stock"));
				}
			});
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	long rows(String source) {
		return jdbc.sql("select count(*) from mobility.bilateral where source = :s").param("s", source).query(Long.class).single();
	}

	@Test
	void anUnseenVintageLoadsWithTotalsEqualToTheFileAndASecondLoadChangesNothing() throws IOException {
		Map<String, Long> perDestination = new HashMap<>();
		long[] total = new long[1];
		byte[] file = vintage2024("UN DESA 2024 (test)", perDestination, total);

		try {
			loadTwice(file, perDestination, total);
		}
		finally {
			imports.deleteSource("UN DESA 2024 (test)");
		}
		assertThat(rows("UN DESA 2024 (test)")).isZero();
	}

	private void loadTwice(byte[] file, Map<String, Long> perDestination, long[] total) {
		BilateralImport.Outcome first = imports.importFile("un-2024.csv", new ByteArrayInputStream(file), COORDINATOR);
		assertThat(first.report().ok()).isTrue();
		BilateralImport.Change change = first.changes().get(0);
		assertThat(change.inserted()).isPositive();
		assertThat(change.excluded()).as("aggregates, Channel Islands and '..' cells are reported").isPositive();

		Selection selection = new Selection("UN DESA 2024 (test)", Measure.MIGRANT_STOCK, 2024);
		assertThat(queries.latest(Measure.MIGRANT_STOCK)).contains(selection);
		assertThat((long) queries.worldTotal(selection)).isEqualTo(total[0]);
		perDestination.forEach((iso3, sum) -> assertThat((long) queries.total(iso3, CountryRole.DESTINATION, selection))
			.as(iso3)
			.isEqualTo(sum));

		long before = rows("UN DESA 2024 (test)");
		double sum = queries.worldTotal(selection);
		BilateralImport.Outcome second = imports.importFile("un-2024.csv", new ByteArrayInputStream(file), COORDINATOR);
		assertThat(second.changedAnything()).isFalse();
		assertThat(second.changes().get(0).unchanged()).isEqualTo(change.inserted());
		assertThat(rows("UN DESA 2024 (test)")).isEqualTo(before);
		assertThat(queries.worldTotal(selection)).isEqualTo(sum);
	}

	@Test
	void anUnknownNameStopsTheWholeImportUntilAnAliasPlacesIt() {
		String csv = """
				origin,destination,year,value,measure,source
				Kenya,United Kingdom,2024,150000,MIGRANT_STOCK,Alias test
				Turkiye,Germany,2024,1500000,MIGRANT_STOCK,Alias test
				Kingdom of Eswatini,South Africa,2024,90000,MIGRANT_STOCK,Alias test
				Côte d’Ivoire,France,2024,100000,MIGRANT_STOCK,Alias test
				""";
		assertThatThrownBy(() -> imports.importFile("alias.csv", bytes(csv), COORDINATOR))
			.isInstanceOfSatisfying(ImportFailedException.class, ex -> assertThat(ex.report().problems())
				.containsExactly(ImportProblem.of(4, "origin", "mobility.import.unknownCountry", "Kingdom of Eswatini")));
		assertThat(rows("Alias test")).isZero();

		AliasService.AliasRecord alias = aliases
			.create(new AliasService.AliasChange("Kingdom of Eswatini", AliasAction.MAP, "SWZ", null, "test"));
		try {
			BilateralImport.Outcome outcome = imports.importFile("alias.csv", bytes(csv), COORDINATOR);
			assertThat(outcome.changes().get(0).inserted()).isEqualTo(4);
			assertThat(queries.corridor("SWZ", "ZAF", new Selection("Alias test", Measure.MIGRANT_STOCK, 2024)))
				.contains(90000.0);
			assertThat(queries.corridor("TUR", "DEU", new Selection("Alias test", Measure.MIGRANT_STOCK, 2024)))
				.contains(1500000.0);
		}
		finally {
			imports.deleteSource("Alias test");
			aliases.delete(alias.id(), alias.version());
		}
	}

	@Test
	void badRowsAreReportedLineByLineAndNothingIsWritten() {
		String csv = """
				origin,destination,year,value,measure,source
				KEN,GBR,2024,1,MIGRANT_STOCK,Bad file
				KEN,GBR,2024,2,MIGRANT_STOCK,Bad file
				KEN,USA,20x4,3,MIGRANT_STOCK,Bad file
				KEN,USA,2024,-3,MIGRANT_STOCK,Bad file
				KEN,USA,2024,3,PEOPLE,Bad file
				KEN,USA,2024,3,MIGRANT_STOCK,UN DESA 2019
				""";
		assertThatThrownBy(() -> imports.importFile("bad.csv", bytes(csv), COORDINATOR))
			.isInstanceOfSatisfying(ImportFailedException.class, ex -> assertThat(ex.report().problems())
				.extracting(ImportProblem::line, ImportProblem::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "mobility.import.duplicate"),
						org.assertj.core.groups.Tuple.tuple(4L, "import.invalidYear"),
						org.assertj.core.groups.Tuple.tuple(5L, "mobility.import.negative"),
						org.assertj.core.groups.Tuple.tuple(6L, "import.invalidValue"),
						org.assertj.core.groups.Tuple.tuple(7L, "mobility.import.shippedSource")));
		assertThat(rows("Bad file")).isZero();
	}

	@Test
	void aCorrectedFileReplacesTheRowsOfItsYears() {
		String first = """
				origin,destination,year,value,measure,source
				KEN,GBR,2024,10,MIGRANT_STOCK,Correction test
				KEN,USA,2024,20,MIGRANT_STOCK,Correction test
				""";
		String corrected = """
				origin,destination,year,value,measure,source
				KEN,GBR,2024,11,MIGRANT_STOCK,Correction test
				""";
		try {
			imports.importFile("v1.csv", bytes(first), COORDINATOR);
			BilateralImport.Change change = imports.importFile("v2.csv", bytes(corrected), COORDINATOR).changes().get(0);
			assertThat(List.of(change.inserted(), change.updated(), change.removed(), change.unchanged()))
				.containsExactly(0, 1, 1, 0);
			assertThat(rows("Correction test")).isEqualTo(1);
		}
		finally {
			imports.deleteSource("Correction test");
		}
	}

	@Test
	void aCoordinatorUploadsAFileAndSeesTheReport() throws Exception {
		MockMultipartFile ok = new MockMultipartFile("file", "web.csv", "text/csv",
				"origin,destination,year,value,measure,source\nKEN,GBR,2024,5,MIGRANT_STOCK,Web test\n".getBytes(StandardCharsets.UTF_8));
		try {
			mvc.perform(multipart("/admin/mobility/data/import").file(ok)
				.with(csrf())
				.with(user(users.loadUserByUsername("coordinator"))))
				.andExpect(redirectedUrl("/corridors/sources?source=Web+test"))
				.andExpect(flash().attributeExists("importOutcome"));
		}
		finally {
			imports.deleteSource("Web test");
		}
		MockMultipartFile bad = new MockMultipartFile("file", "bad.csv", "text/csv",
				"origin,destination,year,value,measure,source\nAtlantis,GBR,2024,5,MIGRANT_STOCK,Web test\n".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/admin/mobility/data/import").file(bad)
			.with(csrf())
			.with(user(users.loadUserByUsername("coordinator"))))
			.andExpect(redirectedUrl("/corridors/sources"))
			.andExpect(flash().attributeExists("importReport"));
		assertThat(rows("Web test")).isZero();
	}

	static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
