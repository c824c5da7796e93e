package org.migracap.cooperation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migracap.cooperation.domain.AgreementService;
import org.migracap.cooperation.domain.StanceService;
import org.migracap.mobility.domain.SuppliedAreaScores;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Shared goals, agreements and coverage through the web: who may state a country's stances, what a stale edit does,
 * how agreements are recorded with parties and documents, what confidential agreements show to whom, and which
 * exposed corridors no agreement covers.
 */
@MigraCapIntegrationTest
class CooperationWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StanceService stances;

	@Autowired
	AgreementService agreements;

	@Autowired
	SuppliedAreaScores scores;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void reset() {
		scores.reset();
	}

	RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
	}

	String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	@Test
	void onlyTheCountrysOwnFocalPointStatesItsStances() throws Exception {
		mvc.perform(get("/cooperation/stances/KEN/edit").with(as("focal.ken"))).andExpect(status().isOk());
		mvc.perform(get("/cooperation/stances/GTM/edit").with(as("focal.ken"))).andExpect(status().isForbidden());
		mvc.perform(get("/cooperation/stances/KEN/edit").with(as("coordinator"))).andExpect(status().isForbidden());
		mvc.perform(post("/cooperation/stances/GTM").with(csrf()).with(as("focal.ken"))
			.param("rows[0].objective", "A1").param("rows[0].stance", "-2").param("rows[0].priority", "1")
			.param("rows[0].visibility", "PUBLIC").param("rows[0].version", "-1"))
			.andExpect(status().isForbidden());
		assertThat(stances.stancesOf("GTM", Optional.empty()).get("A1")).isNull();
	}

	@Test
	void aFocalPointStatesAStanceAndALateEditorIsToldWhatChanged() throws Exception {
		long current = jdbc.sql("select version from cooperation.stance where iso3 = 'MEX' and objective_code = 'H3'")
			.query(Long.class)
			.optional()
			.orElse(-1L);
		mvc.perform(post("/cooperation/stances/MEX").with(csrf()).with(as("focal.mex"))
			.param("rows[0].objective", "H3").param("rows[0].stance", "-1").param("rows[0].priority", "3")
			.param("rows[0].visibility", "PUBLIC").param("rows[0].note", "Under review")
			.param("rows[0].version", String.valueOf(current)))
			.andExpect(status().is3xxRedirection());
		assertThat(stances.stancesOf("MEX", Optional.empty()).get("H3").stance()).isEqualTo(-1);
		assertThat(html(get("/cooperation/stances/MEX"))).contains("Under review");
		String stale = html(post("/cooperation/stances/MEX").with(csrf()).with(as("focal.mex"))
			.param("rows[0].objective", "H3").param("rows[0].stance", "2").param("rows[0].priority", "1")
			.param("rows[0].visibility", "PUBLIC").param("rows[0].version", String.valueOf(current)));
		assertThat(stale).contains("Somebody else changed the stance on MEX/H3").contains("Now recorded: Oppose");
		assertThat(stances.stancesOf("MEX", Optional.empty()).get("H3").stance()).isEqualTo(-1);
	}

	@Test
	void commonGroundOfARouteShowsSharedAndContestedObjectives() throws Exception {
		long route = jdbc.sql("select id from mobility.route where name = 'Senegal - Morocco - Spain (demo)'")
			.query(Long.class)
			.single();
		// stances shared with members: seen by IOM staff roles such as a facilitator, not by a participant (issue 16)
		String page = html(get("/cooperation/common-ground").param("route", String.valueOf(route)).with(as("facilitator")));
		assertThat(page).contains("shared-table").contains("Lower the cost of sending remittances");
		assertThat(page).contains("contested-table").contains("Cooperate on dignified return");
		assertThat(html(get("/cooperation/common-ground").param("countries", "KEN"))).contains("Choose at least two countries.");
	}

	@Test
	void aCoordinatorRecordsAnAgreementWithPartiesAndADocument() throws Exception {
		MvcResult created = mvc.perform(post("/agreements").with(csrf()).with(as("coordinator"))
			.param("title", "Seasonal work pilot Guatemala - Mexico")
			.param("type", "BILATERAL_LABOUR_AGREEMENT").param("status", "IN_FORCE")
			.param("areas", "D").param("areas", "C")
			.param("startsOn", "2024-01-01")
			.param("parties[0].kind", "STATE").param("parties[0].iso3", "GTM")
			.param("parties[1].kind", "STATE").param("parties[1].iso3", "MEX")
			.param("parties[2].kind", "PRIVATE_SECTOR").param("parties[2].iso3", "MEX")
			.param("parties[2].name", "Coffee growers' federation")
			.param("parties[3].kind", "").param("parties[3].iso3", "").param("parties[3].name", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		try {
			AgreementService.AgreementView view = agreements.get(id, Optional.empty());
			assertThat(view.states()).containsExactly("GTM", "MEX");
			assertThat(view.nonStateParties()).extracting(AgreementService.PartyView::name)
				.containsExactly("Coffee growers' federation");
			assertThat(view.inForce()).isTrue();

			mvc.perform(multipart("/agreements/" + id + "/documents")
				.file(new MockMultipartFile("file", "text.pdf", "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8)))
				.param("title", "Signed text").with(csrf()).with(as("coordinator")))
				.andExpect(status().is3xxRedirection());
			long document = agreements.documents(id, Optional.empty()).get(0).id();
			byte[] body = mvc.perform(get("/agreements/" + id + "/documents/" + document))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 test");

			String invalid = html(post("/agreements/" + id).with(csrf()).with(as("coordinator"))
				.param("title", "").param("type", "MEMORANDUM_OF_UNDERSTANDING").param("status", "DRAFT")
				.param("version", String.valueOf(view.version())));
			assertThat(invalid).contains("is-invalid");
			mvc.perform(post("/agreements").with(csrf()).with(as("focal.gtm")).param("title", "x"))
				.andExpect(status().isForbidden());
		}
		finally {
			mvc.perform(post("/agreements/" + id + "/delete").with(csrf()).with(as("coordinator"))
				.param("version", String.valueOf(agreements.get(id, Optional.empty()).version())));
		}
		mvc.perform(get("/agreements/" + id).with(as("coordinator"))).andExpect(status().isNotFound());
	}

	@Test
	void aConfidentialAgreementIsSeenByStaffAndItsPartiesOnly() throws Exception {
		long id = jdbc.sql("select id from cooperation.agreement where confidential and title like 'Labour mobility memorandum Kenya%'")
			.query(Long.class)
			.single();
		mvc.perform(get("/agreements/" + id).with(as("focal.ken"))).andExpect(status().isOk());
		mvc.perform(get("/agreements/" + id).with(as("coordinator"))).andExpect(status().isOk());
		mvc.perform(get("/agreements/" + id).with(as("focal.gtm"))).andExpect(status().isNotFound());
		// the signed-out reader (a link in an e-mail) is asked to sign in, as for any agreement id (SignInWhenHidden)
		mvc.perform(get("/agreements/" + id))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/login")))
			.andExpect(content().string(not(containsString("Labour mobility memorandum Kenya"))));
		mvc.perform(get("/agreements/" + Long.MAX_VALUE))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/login")));
		mvc.perform(get("/api/agreements/" + id)).andExpect(status().isNotFound());
		assertThat(html(get("/agreements").with(as("focal.gtm")))).doesNotContain("Labour mobility memorandum Kenya");
		assertThat(html(get("/agreements/export"))).doesNotContain("Labour mobility memorandum Kenya");
		assertThat(html(get("/countries/KEN?tab=cooperation"))).doesNotContain("Labour mobility memorandum Kenya");
		assertThat(html(get("/countries/KEN?tab=cooperation").with(as("focal.ken")))).contains("Labour mobility memorandum Kenya");
	}

	static double[] b(double score) {
		double[] s = new double[FocusArea.values().length];
		Arrays.fill(s, Double.NaN);
		s[FocusArea.B.ordinal()] = score;
		return s;
	}

	@Test
	void coverageListsTheMostExposedLegsThatNoAgreementCovers() throws Exception {
		Map<String, double[]> supplied = new HashMap<>();
		supplied.put("SEN", b(60));
		supplied.put("MLI", b(20));
		supplied.put("NER", b(25));
		supplied.put("LBY", b(15));
		supplied.put("ITA", b(80));
		scores.supply(viewer -> supplied);
		String page = html(get("/agreements/coverage").param("area", "B").param("limit", "250"));
		// The demo Euro-African dialogue binds SEN, MLI, NER and ITA in area B, but not Libya: the legs NER-LBY and
		// LBY-ITA of the Sahel route are uncovered.
		assertThat(page).contains("Senegal - Mali - Niger - Libya - Italy (demo)").contains("NER–LBY").contains("LBY–ITA");
		assertThat(page).contains("Partly covered");
		String csv = html(get("/agreements/coverage/export").param("area", "B").param("limit", "250"));
		assertThat(csv).contains("PARTIAL").contains("NER-LBY LBY-ITA");
	}

}
