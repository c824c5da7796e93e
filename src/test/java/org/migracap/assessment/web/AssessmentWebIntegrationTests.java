package org.migracap.assessment.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.Viewers;
import org.migracap.assessment.domain.CycleKind;
import org.migracap.assessment.domain.CycleService;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.ImportReport;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Data entry on the cycle page: each answer is saved as it is given (HTMX or a plain form post), wrong values come
 * back next to their field, a stale answer is refused with what changed, evidence files are checked, and a
 * spreadsheet import is all or nothing with the line, column and problem of each bad row. Runs on Kenya's demo draft.
 */
@MigraCapIntegrationTest
class AssessmentWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor as(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

	@Autowired
	CycleService cycles;

	/** Kenya's open draft: the demo one, or a new one when another test has taken the demo draft further. */
	long kenyaDraft() {
		return jdbc.sql("""
				select id from assessment.cycle where iso3 = 'KEN' and framework_code = 'MIGRACAP_CORE'
				and status in ('DRAFT', 'RETURNED') order by id desc fetch first 1 rows only""")
			.query(Long.class)
			.optional()
			.orElseGet(() -> cycles.create("KEN", new CycleService.NewCycle(FrameworkService.CORE, CycleKind.SELF,
					2026, null, null, Confidentiality.PRIVATE), Viewers.focal("KEN")).id());
	}

	Integer level(long cycle, String code) {
		return jdbc.sql("select level from assessment.response where cycle_id = :c and indicator_code = :code")
			.param("c", cycle)
			.param("code", code)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	long version(long cycle, String code) {
		return jdbc.sql("select version from assessment.response where cycle_id = :c and indicator_code = :code")
			.param("c", cycle)
			.param("code", code)
			.query(Long.class)
			.single();
	}

	@Test
	void eachAnswerIsSavedAsItIsGivenAndAStaleOneIsRefused() throws Exception {
		long cycle = kenyaDraft();
		jdbc.sql("delete from assessment.response where cycle_id = :c and indicator_code = 'E1'").param("c", cycle).update();
		mvc.perform(post("/assessments/{id}/answers/E1", cycle).with(as("focal.ken")).with(csrf())
			.header("HX-Request", "true")
			.param("version", "")
			.param("level", "3")
			.param("targetLevel", "4")
			.param("targetYear", "2030"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-swap-oob")))
			.andExpect(content().string(containsString("Saved at")))
			.andExpect(content().string(not(containsString("<nav"))));
		assertThat(level(cycle, "E1")).isEqualTo(3);
		long saved = version(cycle, "E1");

		mvc.perform(post("/assessments/{id}/answers/E1", cycle).with(as("focal.ken")).with(csrf())
			.header("HX-Request", "true")
			.param("version", String.valueOf(saved))
			.param("level", "3")
			.param("targetLevel", "4")
			.param("targetYear", "1900"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"a-E1-targetYear-error\"")))
			.andExpect(content().string(containsString("The target year must be between 2026 and 2056.")));
		assertThat(version(cycle, "E1")).as("nothing saved").isEqualTo(saved);

		mvc.perform(post("/assessments/{id}/answers/E1", cycle).with(as("coordinator")).with(csrf())
			.param("version", String.valueOf(saved))
			.param("level", "2")
			.param("area", "E"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/assessments/" + cycle + "?area=E#answer-E1"));
		assertThat(level(cycle, "E1")).isEqualTo(2);

		mvc.perform(post("/assessments/{id}/answers/E1", cycle).with(as("focal.ken")).with(csrf())
			.header("HX-Request", "true")
			.param("version", String.valueOf(saved))
			.param("level", "5"))
			.andExpect(status().isConflict())
			.andExpect(header().string("HX-Retarget", "#answer-E1"))
			.andExpect(content().string(containsString("Somebody else saved this answer")))
			.andExpect(content().string(containsString("level")));
		assertThat(level(cycle, "E1")).as("the loser's answer is not saved").isEqualTo(2);

		mvc.perform(post("/assessments/{id}/answers/E1", cycle).with(as("focal.ken")).with(csrf())
			.param("version", String.valueOf(version(cycle, "E1")))
			.param("level", "2")
			.param("evidenceLinks", "not a link"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is not a web address")))
			.andExpect(content().string(containsString("<nav")));
	}

	@Test
	void anotherCountrysFocalPointAndThePublicCannotReachADraft() throws Exception {
		long cycle = kenyaDraft();
		// the public is asked to sign in on the page (as for every id, so that it learns nothing), not shown it
		mvc.perform(get("/assessments/{id}", cycle)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/assessments/{id}", cycle).with(as("focal.gtm"))).andExpect(status().isNotFound());
		for (RequestPostProcessor caller : new RequestPostProcessor[] { as("focal.gtm"), request -> request }) {
			mvc.perform(get("/assessments/{id}/export", cycle).with(caller)).andExpect(status().isNotFound());
			mvc.perform(get("/api/assessments/{id}/responses", cycle).with(caller)).andExpect(status().isNotFound());
		}
		mvc.perform(post("/assessments/{id}/answers/A1", cycle).with(as("focal.gtm")).with(csrf()).param("level", "5"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/assessments/{id}", cycle).with(as("focal.ken"))).andExpect(status().isOk());
	}

	@Test
	void aSpreadsheetImportIsAllOrNothingWithLineColumnAndProblem() throws Exception {
		long cycle = kenyaDraft();
		Integer f1Before = level(cycle, "F1");
		String bad = """
				indicator,level,confidence,target_level,target_year,evidence,links,comment
				F1,2,HIGH,4,2030,Decree 12,https://example.org/decree,
				Z9,3,,,,,,
				F2,7,,,,,,
				F3,2,SURE,,,,,
				F4,2,,,,,ftp://example.org,
				""";
		MvcResult result = mvc.perform(multipart("/assessments/{id}/import", cycle)
			.file(new MockMultipartFile("file", "answers.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
			.with(as("focal.ken"))
			.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		ImportReport report = (ImportReport) result.getFlashMap().get("importReport");
		assertThat(report).isNotNull();
		assertThat(report.problems()).extracting(p -> p.line() + ":" + p.column())
			.containsExactly("3:indicator", "4:level", "5:confidence", "6:links");
		assertThat(level(cycle, "F1")).as("nothing imported").isEqualTo(f1Before);

		String good = """
				indicator,level,confidence,target_level,target_year,evidence,links,comment
				F1,2,HIGH,4,2030,Decree 12,https://example.org/decree,
				F2,3,,,,,,
				""";
		MvcResult imported = mvc.perform(multipart("/assessments/{id}/import", cycle)
			.file(new MockMultipartFile("file", "answers.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
			.with(as("focal.ken"))
			.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(imported.getFlashMap().get("flashSuccess")).isEqualTo("import.success");
		assertThat(level(cycle, "F1")).isEqualTo(2);
		assertThat(level(cycle, "F2")).isEqualTo(3);
		String csv = mvc.perform(get("/assessments/{id}/export", cycle).param("format", "csv").with(as("focal.ken")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).as("header and one row per indicator").isEqualTo(61);
		assertThat(csv).contains("F1,F,POLICY_LAW").contains("https://example.org/decree");
		byte[] xlsx = mvc.perform(get("/assessments/{id}/export", cycle).param("format", "xlsx").with(as("focal.ken")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(xlsx).startsWith('P', 'K');
	}

	@Test
	void evidenceFilesAreCheckedAndServedOnlyToWhoMaySeeTheCycle() throws Exception {
		long cycle = kenyaDraft();
		byte[] pdf = "%PDF-1.4\n% demo evidence\n".getBytes(StandardCharsets.US_ASCII);
		MvcResult uploaded = mvc.perform(multipart("/assessments/{id}/answers/G1/files", cycle)
			.file(new MockMultipartFile("file", "return-procedures.pdf", "application/pdf", pdf))
			.with(as("focal.ken"))
			.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(uploaded.getFlashMap().get("flashSuccess")).isEqualTo("assessment.evidence.attached");
		long fileId = jdbc.sql("""
				select max(f.id) from assessment.evidence_file f join assessment.response r on r.id = f.response_id
				where r.cycle_id = :c and r.indicator_code = 'G1'""").param("c", cycle).query(Long.class).single();
		mvc.perform(get("/assessments/{id}/files/{file}", cycle, fileId).with(as("focal.ken")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(pdf));
		mvc.perform(get("/assessments/{id}/files/{file}", cycle, fileId)).andExpect(status().isNotFound());
		mvc.perform(get("/assessments/{id}/files/{file}", cycle, fileId).with(as("focal.gtm")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/assessments/{id}", cycle).param("area", "G").with(as("focal.ken")))
			.andExpect(content().string(containsString("return-procedures.pdf")));

		MvcResult refused = mvc.perform(multipart("/assessments/{id}/answers/G1/files", cycle)
			.file(new MockMultipartFile("file", "report.pdf", "application/pdf",
					new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 }))
			.with(as("focal.ken"))
			.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("assessment.evidence.error.type");
	}

}
