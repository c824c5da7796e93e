package org.migracap.assessment.web;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.Drafts;
import org.migracap.assessment.domain.CycleService;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API of frameworks, cycles, answers and scores: what each caller may see, answers saved with their version,
 * and problems answered as RFC 9457 problem details.
 */
@MigraCapIntegrationTest
class AssessmentJsonApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CycleService cycles;

	RequestPostProcessor as(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

	long kenyaDraft() {
		return Drafts.kenyaDraft(jdbc, cycles);
	}

	@Test
	void cyclesAreListedAsFarAsTheCallerMaySee() throws Exception {
		long draft = kenyaDraft();
		mvc.perform(get("/api/assessments").param("country", "KEN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].status", everyItem(is("PUBLISHED"))))
			.andExpect(jsonPath("$.content[*].confidentiality", everyItem(is("PUBLIC"))));
		mvc.perform(get("/api/assessments").param("country", "KEN").param("size", "200").with(as("focal.ken")))
			.andExpect(jsonPath("$.content[*].id", hasItem((int) draft)));
		mvc.perform(get("/api/frameworks"))
			.andExpect(jsonPath("$[*].code", hasItem("MIGRACAP_CORE")))
			.andExpect(jsonPath("$[*].code", hasItem("SDG_10_7_2")));
		mvc.perform(get("/api/scores/XXX")).andExpect(status().isNotFound());
		mvc.perform(get("/api/scores/KEN"))
			.andExpect(jsonPath("$.cycle.confidentiality").value("PUBLIC"))
			.andExpect(jsonPath("$.cycle.year").value(2022));
		mvc.perform(get("/api/sdg-10-7-2"))
			.andExpect(jsonPath("$.years[0].year").value(2019))
			.andExpect(jsonPath("$.years[0].countries").value(110))
			.andExpect(jsonPath("$.results.length()").value(198));
	}

	@Test
	void anAnswerIsSavedWithItsVersionAndProblemsAreProblemDetails() throws Exception {
		long draft = kenyaDraft();
		jdbc.sql("delete from assessment.response where cycle_id = :c and indicator_code = 'H3'").param("c", draft).update();
		mvc.perform(put("/api/assessments/{id}/responses/H3", draft).with(as("focal.ken")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\": 3, \"confidence\": \"HIGH\", \"evidenceLinks\": [\"https://example.org/a\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value(3))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.evidenceLinks[0]").value("https://example.org/a"));
		mvc.perform(put("/api/assessments/{id}/responses/H3", draft).with(as("focal.ken")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"level\": 9}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The level must be between 1 and 5."));
		mvc.perform(put("/api/assessments/{id}/responses/H3", draft).with(as("focal.ken")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\": 4}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(0));
		mvc.perform(put("/api/assessments/{id}/responses/H3", draft).with(as("focal.gtm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"level\": 4}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/assessments").with(as("focal.gtm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"iso3\": \"KEN\", \"year\": 2026}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/assessments/{id}/scores", draft).with(as("focal.ken")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.areaCode == 'H')].answered").exists());
	}

}
