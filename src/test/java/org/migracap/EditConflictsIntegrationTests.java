package org.migracap;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.Drafts;
import org.migracap.assessment.domain.CycleService;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.workshop.domain.ConclusionService;
import org.migracap.workshop.domain.WorkshopFormat;
import org.migracap.workshop.domain.WorkshopService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two people (or two tabs) load the same record, the first saves, the second saves with the version it loaded: the
 * second is told what changed (in the page: 409 and the list of changed fields from the audit trail; in the API: a
 * 409 problem detail of type {@code urn:migracap:problem:conflict} naming the changed fields), and the first one's
 * change stands. Programme results and budget lines are in {@code ProgrammeEditConflictIntegrationTests}. Planning
 * scenarios and workshop minutes have no update operation in the API, so only their pages are tested.
 */
@MigraCapIntegrationTest
class EditConflictsIntegrationTests {

	static final String CONFLICT = "urn:migracap:problem:conflict";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CycleService cycles;

	@Autowired
	WorkshopService workshops;

	@Autowired
	ConclusionService conclusions;

	@Autowired
	IdentityApi identity;

	RequestPostProcessor as(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

	CurrentUser user(String username) {
		UserSummary u = identity.user(username).orElseThrow();
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.countryCode());
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	long version(String table, long id) {
		return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Long.class).single();
	}

	@Test
	void anAssessmentAnswerSavedWithAStaleVersionIsRefusedInTheApiAndInThePage() throws Exception {
		long draft = Drafts.kenyaDraft(jdbc, cycles);
		jdbc.sql("delete from assessment.response where cycle_id = :c and indicator_code = 'I5'").param("c", draft)
			.update();
		try {
			String uri = "/api/assessments/" + draft + "/responses/I5";
			mvc.perform(put(uri).with(as("focal.ken")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\": 2}")).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
			// Two tabs loaded version 0; the first one saves.
			mvc.perform(put(uri).with(as("focal.ken")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"level\": 3}")).andExpect(status().isOk());
			mvc.perform(put(uri).with(as("focal.ken")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"level\": 4}"))
				.andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value(CONFLICT))
				.andExpect(jsonPath("$.yourVersion").value(0))
				.andExpect(jsonPath("$.currentVersion").value(1))
				.andExpect(jsonPath("$.changes[?(@.field == 'level')].before", hasItem("2")))
				.andExpect(jsonPath("$.changes[?(@.field == 'level')].after", hasItem("3")));
			mvc.perform(post("/assessments/" + draft + "/answers/I5").with(as("focal.ken")).with(csrf())
				.param("version", "0").param("level", "5").param("area", "I"))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("level: 2 → 3")));
			assertThat(jdbc.sql("select level from assessment.response where cycle_id = :c and indicator_code = 'I5'")
				.param("c", draft).query(Integer.class).single()).isEqualTo(3);
		}
		finally {
			jdbc.sql("delete from assessment.response where cycle_id = :c and indicator_code = 'I5'")
				.param("c", draft).update();
		}
	}

	@Test
	void aDecisionOnARequestTakenWithAStaleVersionIsRefusedInTheApiAndInThePage() throws Exception {
		String title = unique("Conflict request");
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/requests").with(as("focal.ken"))
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
					{"areas":["B"],"kind":"TRAINING","urgency":"LOW","title":"%s",
					 "description":"Training for border officers on document examination."}""".formatted(title)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.row.id")).longValue();
		long seen = version("request.assistance_request", id);
		mvc.perform(post("/api/requests/" + id + "/decision").with(as("coordinator")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"ASK\", \"note\": \"Which posts?\", \"version\": " + seen + "}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/requests/" + id + "/decision").with(as("coordinator")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"ACCEPT\", \"note\": \"Fine\", \"version\": " + seen + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(CONFLICT))
			.andExpect(jsonPath("$.changes[?(@.field == 'status')].after", hasItem("INFO_REQUESTED")));
		mvc.perform(post("/requests/" + id + "/accept").with(as("coordinator")).with(csrf())
			.param("version", String.valueOf(seen)).param("note", "Fine"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"changes\"")))
			.andExpect(content().string(containsString("status: SUBMITTED → INFO_REQUESTED")));
		assertThat(jdbc.sql("select status from request.assistance_request where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("INFO_REQUESTED");
	}

	@Test
	void aScenarioSavedWithAStaleVersionIsRefusedInThePage() throws Exception {
		String name = unique("Conflict scenario");
		String location = mvc.perform(scenario(post("/planning/scenarios"), name, 0))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll(".*/", ""));
		long seen = version("planning.scenario", id);
		mvc.perform(scenario(post("/planning/scenarios/" + id), name + " first", seen))
			.andExpect(status().is3xxRedirection());
		mvc.perform(scenario(post("/planning/scenarios/" + id), name + " second", seen))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("→ " + name + " first")));
		assertThat(jdbc.sql("select name from planning.scenario where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo(name + " first");
	}

	org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder scenario(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String name,
			long version) {
		return request.with(as("coordinator"))
			.with(csrf())
			.param("name", name)
			.param("startYear", "2027")
			.param("budgets", "400000, 400000")
			.param("countries", "KEN, UGA")
			.param("areas", "B", "C")
			.param("needWeight", "1")
			.param("leverageWeight", "1")
			.param("urgencyWeight", "1")
			.param("lowResourceWeight", "1")
			.param("areaWeightsSource", "typed")
			.param("regionalFloors", "")
			.param("absorption", "")
			.param("version", String.valueOf(version));
	}

	@Test
	void minutesSavedWithAStaleVersionAreRefusedInThePageWithWhatChanged() throws Exception {
		CurrentUser facilitator = user("facilitator");
		String title = unique("Conflict minutes");
		long workshop = workshops.create(new WorkshopService.WorkshopCommand(Text.of(title, title + " (FR)", null),
				Text.of(null, null, null), EnumSet.of(FocusArea.B), List.of("en", "fr"), WorkshopFormat.ONLINE, null,
				LocalDate.now().plusDays(10), LocalDate.now().plusDays(11), null, List.of()), facilitator);
		workshops.publish(workshop, facilitator);
		conclusions.saveMinutes(workshop, -1, Text.of("Opening", "Ouverture", null), facilitator);
		long seen = jdbc.sql("select version from workshop.minutes where workshop_id = :w").param("w", workshop)
			.query(Long.class).single();
		mvc.perform(post("/workshops/" + workshop + "/minutes").with(as("facilitator")).with(csrf())
			.param("version", String.valueOf(seen)).param("text.en", "Opening and first decisions")
			.param("text.fr", "Ouverture"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/workshops/" + workshop + "/minutes").with(as("facilitator")).with(csrf())
			.param("version", String.valueOf(seen)).param("text.en", "Stale text from the other tab")
			.param("text.fr", "Ouverture"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"minutes-conflict\"")))
			.andExpect(content().string(containsString("id=\"changes\"")))
			.andExpect(content().string(containsString("text.en: Opening → Opening and first decisions")));
		assertThat(jdbc.sql("select text_en from workshop.minutes where workshop_id = :w").param("w", workshop)
			.query(String.class).single()).isEqualTo("Opening and first decisions");
	}

	@Test
	void aLibraryDocumentSavedWithAStaleVersionIsRefusedInTheApiAndInThePage() throws Exception {
		String title = unique("Conflict document");
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/library/documents")
			.with(as("focal.ken")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(document(title, null)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id")).longValue();
		try {
			long seen = version("library.document", id);
			mvc.perform(put("/api/library/documents/" + id).with(as("focal.ken")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(document(title + " first", seen)))
				.andExpect(status().isOk());
			mvc.perform(put("/api/library/documents/" + id).with(as("coordinator")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(document(title + " second", seen)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value(CONFLICT))
				.andExpect(jsonPath("$.changes[?(@.field == 'titleOriginal')].after", hasItem(title + " first")));
			mvc.perform(post("/library/documents/" + id).with(as("coordinator")).with(csrf())
				.param("country", "KEN").param("kind", "LAW").param("titleOriginal", title + " third")
				.param("language", "en").param("status", "IN_FORCE").param("areas", "B").param("visibility", "PUBLIC")
				.param("version", String.valueOf(seen)))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("changed-meanwhile")))
				.andExpect(content().string(containsString("titleOriginal: " + title + " → " + title + " first")));
			assertThat(jdbc.sql("select title_original from library.document where id = :id").param("id", id)
				.query(String.class).single()).isEqualTo(title + " first");
		}
		finally {
			mvc.perform(delete("/api/library/documents/" + id).with(as("coordinator")).with(csrf())
				.param("version", String.valueOf(version("library.document", id))))
				.andExpect(status().isNoContent());
		}
	}

	static String document(String title, Long version) {
		return """
				{"country":"KEN","kind":"LAW","titleOriginal":"%s","language":"en","status":"IN_FORCE","areas":["B"],
				 "visibility":"PUBLIC","version":%s}""".formatted(title, version == null ? "null" : version);
	}

}
