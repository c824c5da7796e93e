package org.migracap.profile;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Confidential cycles never reach another country's focal point or the public: not the cycle page, its API, its
 * export, the comparison and its export, the map, the API of scores, the profile page or its PDF. The expected
 * visible year of each country is computed here from the cycle table, independently of the application.
 */
@MigraCapIntegrationTest
class ConfidentialityIntegrationTests {

	static final RequestPostProcessor PUBLIC = request -> request;

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

	/** The latest published core cycle year per country among the confidentialities given (and Kenya's own). */
	Map<String, Integer> expectedYears(List<String> confidentialities, boolean withKenyaPrivate) {
		Map<String, Integer> years = new HashMap<>();
		jdbc.sql("""
				select iso3, max(assessment_year) from assessment.cycle
				where framework_code = 'MIGRACAP_CORE' and status = 'PUBLISHED'
				and (confidentiality in (:visible) or (:kenya = true and iso3 = 'KEN'))
				group by iso3""")
			.param("visible", confidentialities)
			.param("kenya", withKenyaPrivate)
			.query((rs, i) -> years.put(rs.getString(1), rs.getInt(2)))
			.list();
		return years;
	}

	List<Long> privateCyclesOfOthers() {
		return jdbc.sql("""
				select id from assessment.cycle where confidentiality = 'PRIVATE' and iso3 <> 'KEN'
				and framework_code = 'MIGRACAP_CORE'""").query(Long.class).list();
	}

	@Test
	void privateCyclesOfOtherCountriesAreNotFoundByPageApiOrExport() throws Exception {
		List<Long> cycles = privateCyclesOfOthers();
		assertThat(cycles).isNotEmpty();
		for (long cycle : cycles) {
			for (RequestPostProcessor caller : List.of(PUBLIC, as("focal.ken"), as("participant"))) {
				if (caller == PUBLIC) {
					// the signed-out visitor is asked to sign in, as for any cycle id (SignInWhenHidden)
					mvc.perform(get("/assessments/{id}", cycle).with(caller))
						.andExpect(status().is3xxRedirection())
						.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
				}
				else {
					mvc.perform(get("/assessments/{id}", cycle).with(caller)).andExpect(status().isNotFound());
				}
				mvc.perform(get("/api/assessments/{id}", cycle).with(caller)).andExpect(status().isNotFound());
				mvc.perform(get("/api/assessments/{id}/responses", cycle).with(caller)).andExpect(status().isNotFound());
				mvc.perform(get("/assessments/{id}/export", cycle).with(caller)).andExpect(status().isNotFound());
			}
			mvc.perform(get("/assessments/{id}", cycle).with(as("coordinator"))).andExpect(status().isOk());
		}
		String list = mvc.perform(get("/assessments").param("size", "200").with(as("focal.ken")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (long cycle : cycles) {
			assertThat(list).doesNotContain("href=\"/assessments/" + cycle + "\"");
		}
	}

	@Test
	void theComparisonShowsEachCountryAtTheLatestYearTheViewerMaySee() throws Exception {
		check(PUBLIC, expectedYears(List.of("PUBLIC"), false));
		// a participant is not IOM staff nor a Member State's focal point: public results only (issue 16 point 5)
		check(as("participant"), expectedYears(List.of("PUBLIC"), false));
		check(as("facilitator"), expectedYears(List.of("PUBLIC", "MEMBERS"), false));
		boolean kenyaMember = jdbc.sql("select count(*) from reference.iom_membership where iso3 = 'KEN' and status = 'MEMBER'")
			.query(Long.class)
			.single() > 0;
		check(as("focal.ken"), expectedYears(kenyaMember ? List.of("PUBLIC", "MEMBERS") : List.of("PUBLIC"), true));
		check(as("coordinator"), expectedYears(List.of("PUBLIC", "MEMBERS", "PRIVATE"), false));
	}

	private void check(RequestPostProcessor caller, Map<String, Integer> expected) throws Exception {
		byte[] csv = mvc.perform(get("/compare/export").param("format", "csv").with(caller))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, Integer> shown = new HashMap<>();
		for (CSVRecord record : CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
			shown.put(record.get(0).replace("\uFEFF", ""), Integer.valueOf(record.get(2)));
		}
		assertThat(shown).isEqualTo(expected);
	}

	@Test
	void scoresApiMapAndProfileOfThePublicLeaveOutWhatIsNotPublic() throws Exception {
		String scores = mvc.perform(get("/api/scores")).andReturn().getResponse().getContentAsString();
		assertThat(scores).contains("\"confidentiality\":\"PUBLIC\"").doesNotContain("PRIVATE").doesNotContain("MEMBERS");
		String kenyaPublic = mvc.perform(get("/profiles/KEN")).andReturn().getResponse().getContentAsString();
		assertThat(kenyaPublic).contains("Based on the 2022 assessment").doesNotContain("Private to the State");
		String kenyaOwn = mvc.perform(get("/profiles/KEN").with(as("focal.ken"))).andReturn().getResponse().getContentAsString();
		assertThat(kenyaOwn).contains("Private to the State and IOM");
		String guatemalaForKenya = mvc.perform(get("/profiles/GTM").with(as("focal.ken")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(guatemalaForKenya).doesNotContain("Private to the State");
		String map = mvc.perform(get("/map").param("layer", "mean")).andReturn().getResponse().getContentAsString();
		Map<String, Integer> visible = expectedYears(List.of("PUBLIC"), false);
		for (String iso3 : List.of("KEN", "GTM")) {
			assertThat(map).contains("/profiles/" + iso3);
		}
		String onlyPrivate = jdbc.sql("""
				select min(iso3) from assessment.cycle c where framework_code = 'MIGRACAP_CORE' and status = 'PUBLISHED'
				and not exists (select 1 from assessment.cycle p where p.iso3 = c.iso3 and p.status = 'PUBLISHED'
				    and p.framework_code = 'MIGRACAP_CORE' and p.confidentiality = 'PUBLIC')""")
			.query(String.class)
			.optional()
			.orElse(null);
		assertThat(onlyPrivate)
			.as("a country whose published assessments are all non-public: without one the next check proves nothing")
			.isNotNull();
		assertThat(visible).doesNotContainKey(onlyPrivate);
		assertThat(map).doesNotContain("href=\"/profiles/" + onlyPrivate + "\"");
		try (PDDocument pdf = Loader.loadPDF(mvc.perform(get("/profiles/KEN/pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("PUBLIC: this assessment is published").contains("2022").doesNotContain("CONFIDENTIAL");
		}
		try (PDDocument pdf = Loader.loadPDF(mvc.perform(get("/profiles/KEN/pdf").with(as("focal.ken")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("CONFIDENTIAL: for the Government of Kenya and IOM only");
		}
	}

}
