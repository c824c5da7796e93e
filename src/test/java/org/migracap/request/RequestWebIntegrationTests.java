package org.migracap.request;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The request pages and API: who sees what, the form's checks on files, the triage queue's duplicates, decisions
 * with errors next to the field, and the exports.
 */
@MigraCapIntegrationTest
class RequestWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long demoRequest(String titlePrefix) {
		return jdbc.sql("select id from request.assistance_request where title like :t")
			.param("t", titlePrefix + "%")
			.query(Long.class)
			.single();
	}

	@Test
	@WithUserDetails("focal.ken")
	void aFocalPointSeesItsOwnCountrysRequestsOnly() throws Exception {
		mvc.perform(get("/requests"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Training border officers")))
			.andExpect(content().string(containsString("Joint referral mechanism")))
			.andExpect(content().string(not(containsString("Reception of returned nationals"))));
		mvc.perform(get("/requests/" + demoRequest("Reception of returned nationals"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/requests").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("GTM"))));
		String csv = mvc.perform(get("/requests/export").param("format", "csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Training border officers").doesNotContain("GTM");
		mvc.perform(get("/requests/triage")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("focal.ken")
	void theFormRefusesBadFilesWithAMessageNextToTheFieldAndSavesNothing() throws Exception {
		long before = jdbc.sql("select count(*) from request.assistance_request").query(Long.class).single();
		MockMultipartFile exe = new MockMultipartFile("files", "law.pdf", "application/pdf",
				new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 });
		mvc.perform(multipart("/requests").file(exe)
			.param("title", "Help with the asylum law")
			.param("areas", "C", "I")
			.param("kind", "LEGISLATIVE_REVIEW")
			.param("urgency", "HIGH")
			.param("description", "Please review the draft asylum law before the vote.")
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("files-error")))
			.andExpect(content().string(containsString("law.pdf")));
		mvc.perform(multipart("/requests").param("title", "").param("kind", "TRAINING").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("areas-error")))
			.andExpect(content().string(containsString("title-error")));
		assertThat(jdbc.sql("select count(*) from request.assistance_request").query(Long.class).single())
			.isEqualTo(before);

		MockMultipartFile pdf = new MockMultipartFile("files", "draft law.pdf", "application/pdf",
				"%PDF-1.4\n%demo\n".getBytes(StandardCharsets.US_ASCII));
		mvc.perform(multipart("/requests").file(pdf)
			.param("title", "Help with the asylum law")
			.param("partners", "UGA")
			.param("areas", "C", "I")
			.param("kind", "LEGISLATIVE_REVIEW")
			.param("urgency", "HIGH")
			.param("description", "Please review the draft asylum law before the vote.")
			.with(csrf())).andExpect(redirectedUrlPattern("/requests/*"));
		Long id = jdbc.sql("select max(id) from request.assistance_request").query(Long.class).single();
		assertThat(jdbc.sql("select country from request.assistance_request_country where request_id = :id order by ordinal")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("KEN", "UGA");
		assertThat(jdbc.sql("select content_type from request.attachment where request_id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("application/pdf");
		mvc.perform(get("/requests/" + id)).andExpect(content().string(containsString("draft law.pdf")));
	}

	@Test
	@WithUserDetails("coordinator")
	void theTriageQueueShowsPossibleDuplicatesAndDecisionsNeedAReason() throws Exception {
		long kenya = demoRequest("Training border officers");
		long morocco = demoRequest("Training for border police");
		mvc.perform(get("/requests/triage"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("request-" + kenya)))
			.andExpect(content().string(containsString("/requests/" + morocco)))
			.andExpect(content().string(not(containsString("No assessment data yet"))))
			.andExpect(content().string(containsString("levels")))
			.andExpect(content().string(not(containsString("Diaspora skills registry"))));
		mvc.perform(get("/requests/" + kenya)).andExpect(content().string(containsString("id=\"similar\"")));

		Long version = jdbc.sql("select version from request.assistance_request where id = :id").param("id", morocco)
			.query(Long.class).single();
		mvc.perform(post("/requests/" + morocco + "/decline").param("version", String.valueOf(version))
			.param("note", " ").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("decline-error")));
		mvc.perform(post("/requests/" + morocco + "/ask").param("version", String.valueOf(version - 1))
			.param("note", "Which ports?").with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"action-error\"")));
		assertThat(jdbc.sql("select status from request.assistance_request where id = :id").param("id", morocco)
			.query(String.class).single()).isEqualTo("SUBMITTED");
		byte[] xlsx = mvc.perform(get("/requests/triage/export").param("format", "xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(xlsx).startsWith('P', 'K');
	}

	@Test
	@WithUserDetails("focal.mex")
	void theApiTakesARequestAndRefusesAnotherCountrysAnswer() throws Exception {
		String body = """
				{"areas":["H"],"kind":"STUDY_VISIT","urgency":"LOW","title":"API request",
				 "description":"A study visit on the integration of newcomers in cities."}""";
		mvc.perform(post("/api/requests").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.row.countries[0]").value("MEX"))
			.andExpect(jsonPath("$.row.status").value("SUBMITTED"));
		mvc.perform(post("/api/requests").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"areas\":[],\"title\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors").isArray());
		long kenya = demoRequest("Joint referral mechanism");
		mvc.perform(post("/api/requests/" + kenya + "/answer").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"x\",\"version\":0}")).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("coordinator")
	void theApiDecidesWithTheVersionTheCoordinatorRead() throws Exception {
		long senegal = demoRequest("Reintegration of returning migrants");
		Long version = jdbc.sql("select version from request.assistance_request where id = :id").param("id", senegal)
			.query(Long.class).single();
		mvc.perform(post("/api/requests/" + senegal + "/decision").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"ASK\",\"note\":\"Which regions first?\",\"version\":" + (version + 5) + "}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/requests/" + senegal + "/decision").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"ASK\",\"note\":\"Which regions first?\",\"version\":" + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.row.status").value("INFO_REQUESTED"))
			.andExpect(jsonPath("$.infoQuestion").value("Which regions first?"));
	}

	@Test
	@WithUserDetails("coordinator")
	void theHomePageShowsTheTriagePanel() throws Exception {
		mvc.perform(get("/")).andExpect(content().string(containsString("panel-triage")));
	}

	@Test
	@WithUserDetails("focal.sen")
	void theHomePageShowsAFocalPointItsRequestsNeedingInformation() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("panel-my-requests")))
			.andExpect(content().string(containsString("Review of the draft national migration policy")));
		mvc.perform(get("/api/requests").param("status", "INFO_REQUESTED").accept(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.content[0].countries[0]").value("SEN"));
	}

}
