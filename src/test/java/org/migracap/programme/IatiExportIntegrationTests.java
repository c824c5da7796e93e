package org.migracap.programme;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.platform.CurrentUser;
import org.migracap.programme.domain.CostKind;
import org.migracap.programme.domain.FundingSource;
import org.migracap.programme.domain.IatiExport;
import org.migracap.programme.domain.IatiSchema;
import org.migracap.programme.domain.LogframeLevel;
import org.migracap.programme.domain.ProgrammeService;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every IATI file MigraCap writes validates against the official IATI 2.03 activity schema (javax.xml.validation with
 * the XSDs shipped in reference/iati/schemas-2.03), and the validator does reject a broken file. The export itself
 * also refuses to hand out a file that fails the schema, so every export made anywhere in the suite is checked.
 */
@MigraCapIntegrationTest
class IatiExportIntegrationTests {

	@Autowired
	IatiExport iati;

	@Autowired
	ProgrammeService programmes;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	CurrentUser coordinator() {
		UserSummary u = identity.user("coordinator").orElseThrow();
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.countryCode());
	}

	@Test
	void everyDemoProgrammeAndTheFileOfAllPublishedOnesValidate() throws Exception {
		List<Long> ids = jdbc.sql("select id from programme.programme order by id").query(Long.class).list();
		assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
		for (long id : ids) {
			byte[] xml = iati.one(id, Optional.of(coordinator()));
			assertThat(IatiSchema.problems(xml)).as("programme " + id).isEmpty();
		}
		byte[] all = mvc.perform(get("/programmes/iati.xml")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(IatiSchema.problems(all)).isEmpty();
		String text = new String(all, StandardCharsets.UTF_8);
		assertThat(text).contains("<iati-activities version=\"2.03\"")
			.contains("<sector vocabulary=\"1\" code=\"15190\" percentage=\"100\"/>")
			.contains("<tag vocabulary=\"2\" code=\"10\">")
			.contains("<tag vocabulary=\"3\" code=\"10.7\">")
			.contains("<recipient-country code=\"KE\" percentage=\"100\"/>")
			.contains("<actual value=\"612\"/>")
			.contains("XM-DAC-47066-MC-")
			.doesNotContain("Fair recruitment in labour migration agreements");
	}

	@Test
	void aProgrammeWithEveryPartFilledValidatesAndCarriesItsResultsAndBudgets() {
		CurrentUser actor = coordinator();
		long id = programmes.create(new ProgrammeService.NewProgramme("Border data systems & <training>",
				"Joint programme for three countries.", "Safer, orderly border crossings", List.of("KEN", "UGA", "TZA"),
				EnumSet.of(FocusArea.B, FocusArea.X), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), null, null,
				null), actor);
		programmes.addPartner(id, "Demo donor", "XM-DEMO-9", "10", 1, actor);
		programmes.addPartner(id, "Border agency", null, null, 3, actor);
		long outcome = programmes.addLogframeItem(id, null, LogframeLevel.OUTCOME, "Crossings are recorded", actor);
		long output = programmes.addLogframeItem(id, outcome, LogframeLevel.OUTPUT, "Posts connected", actor);
		long indicator = programmes.addIndicator(id, output, "Posts connected", 1, true, 2024, BigDecimal.ZERO, "B4",
				actor);
		long share = programmes.addIndicator(id, null, "Share of crossings recorded", 2, true, 2024,
				new BigDecimal("35.5"), null, actor);
		programmes.addPeriod(id, indicator, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), BigDecimal.TEN,
				actor);
		programmes.addPeriod(id, share, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), BigDecimal.valueOf(80),
				actor);
		programmes.addBudgetLine(id, 2025, CostKind.ONE_OFF, BigDecimal.valueOf(250_000), null,
				FundingSource.DONOR_GRANT, "Demo donor", "Servers", actor);
		programmes.addBudgetLine(id, 2026, CostKind.RECURRENT, BigDecimal.valueOf(30_000), "UGA",
				FundingSource.GOVERNMENT, null, "Licences", actor);
		programmes.addDocument(id, "Project document", "A02", "prodoc.pdf",
				"%PDF-1.4".getBytes(StandardCharsets.US_ASCII), true, actor);
		programmes.addDocument(id, "Internal risk note", "A07", "risk.txt",
				"internal".getBytes(StandardCharsets.US_ASCII), false, actor);
		programmes.classify(id, programmes.detail(id, Optional.of(actor)).version(), true, "15190",
				Map.of("1", 1, "2", 0), actor);

		String xml = new String(iati.one(id, Optional.of(actor)), StandardCharsets.UTF_8);
		assertThat(IatiSchema.problems(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(xml).contains("Border data systems &amp; &lt;training&gt;")
			.contains("<recipient-country code=\"KE\" percentage=\"33.33\"/>")
			.contains("<recipient-country code=\"TZ\" percentage=\"33.34\"/>")
			.contains("<participating-org ref=\"XM-DEMO-9\" type=\"10\" role=\"1\">")
			.contains("<policy-marker vocabulary=\"1\" code=\"1\" significance=\"1\"/>")
			.contains("<value currency=\"USD\" value-date=\"2025-01-01\">250000.00</value>")
			.contains("<baseline year=\"2024\" value=\"35.5\"/>")
			.contains("<result type=\"1\">")
			.contains("prodoc.pdf".isEmpty() ? "" : "/documents/")
			.doesNotContain("Internal risk note")
			.doesNotContain("Licences");
	}

	@Test
	void theValidatorRejectsABrokenFile() {
		String valid = new String(iati.published(), StandardCharsets.UTF_8);
		assertThat(IatiSchema.problems(valid.getBytes(StandardCharsets.UTF_8))).isEmpty();
		String missingIdentifier = valid.replaceFirst("(?s)<iati-identifier>.*?</iati-identifier>", "");
		assertThat(IatiSchema.problems(missingIdentifier.getBytes(StandardCharsets.UTF_8))).isNotEmpty()
			.anyMatch(p -> p.contains("reporting-org"));
		String badDate = valid.replaceFirst("iso-date=\"\\d{4}-\\d{2}-\\d{2}\"", "iso-date=\"someday\"");
		assertThat(IatiSchema.problems(badDate.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
		String noVersion = valid.replace(" version=\"2.03\"", "");
		assertThat(IatiSchema.problems(noVersion.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
		assertThat(IatiSchema.problems("<iati-activities version=\"2.03\"><oops/>".getBytes(StandardCharsets.UTF_8)))
			.isNotEmpty();
	}

	@Test
	void anUnpublishedProgrammeIsNotExportedToThePublic() throws Exception {
		long draft = jdbc.sql("select min(id) from programme.programme where published = false").query(Long.class)
			.single();
		mvc.perform(get("/programmes/" + draft + "/iati.xml")).andExpect(status().isNotFound());
	}

}
