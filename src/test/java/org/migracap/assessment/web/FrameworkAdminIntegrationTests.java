package org.migracap.assessment.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.assessment.domain.FrameworkStatus;
import org.migracap.assessment.domain.FrameworkView;
import org.migracap.platform.ImportReport;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator imports a framework file as a draft, edits an indicator in the browser form, publishes it (after
 * which it cannot change) and exports it; drafts are hidden from everybody else.
 */
@MigraCapIntegrationTest
@WithUserDetails("admin")
class FrameworkAdminIntegrationTests {

	static final String FILE = """
			{"code": "WEB_TEST", "version": 1, "scale": "CAPACITY_5", "core": false, "title": {"en": "Web test"},
			 "areas": [{"code": "A1", "title": {"en": "Area one"}, "indicators": [
			   {"code": "Q1", "weight": 1, "question": {"en": "Is it there?"}, "gcm": [23], "dac": "15190",
			    "levels": [{"level": 1, "text": {"en": "no"}}, {"level": 2, "text": {"en": "on paper"}},
			               {"level": 3, "text": {"en": "in part"}}, {"level": 4, "text": {"en": "working"}},
			               {"level": 5, "text": {"en": "lasting"}}]}]}]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	FrameworkService frameworks;

	@Test
	void aDraftIsImportedEditedPublishedAndThenFrozen() throws Exception {
		mvc.perform(multipart("/admin/frameworks/import")
			.file(new MockMultipartFile("file", "web-test.json", "application/json", FILE.getBytes(StandardCharsets.UTF_8)))
			.with(csrf())).andExpect(status().isFound());
		FrameworkView draft = frameworks.all().stream().filter(f -> f.code().equals("WEB_TEST")).findFirst().orElseThrow();
		assertThat(draft.status()).isEqualTo(FrameworkStatus.DRAFT);
		mvc.perform(get("/frameworks/{id}", draft.id()).with(anonymous())).andExpect(status().isNotFound());
		mvc.perform(get("/api/frameworks/{id}", draft.id()).with(anonymous())).andExpect(status().isNotFound());
		mvc.perform(get("/frameworks/{id}", draft.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Is it there?")));

		mvc.perform(get("/admin/frameworks/{id}/indicators/Q1", draft.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("on paper")));
		mvc.perform(post("/admin/frameworks/{id}/indicators/Q1", draft.id()).with(csrf())
			.param("version", String.valueOf(draft.version()))
			.param("question.en", "Is it in place?")
			.param("question.fr", "Est-ce en place ?")
			.param("weight", "heavy")
			.param("levels[0].en", "no"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The value of weight is not a number.")));
		mvc.perform(post("/admin/frameworks/{id}/indicators/Q1", draft.id()).with(csrf())
			.param("version", String.valueOf(draft.version()))
			.param("question.en", "Is it in place?")
			.param("weight", "2")
			.param("gcm", "23 99")
			.param("levels[0].en", "no"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("GCM objective &quot;99&quot; does not exist")))
			.andExpect(content().string(containsString("needs exactly one descriptor for each level")));
		// issue 16: over-long texts and out-of-range numbers get a message naming the limit, and nothing changes
		mvc.perform(post("/admin/frameworks/{id}/indicators/Q1", draft.id()).with(csrf())
			.param("version", String.valueOf(draft.version()))
			.param("question.en", "x".repeat(1001))
			.param("guidance.en", "y".repeat(100_000))
			.param("weight", "9".repeat(5000))
			.param("sdgDomain", "7")
			.param("levels[0].en", "no"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The text is longer than 1,000 characters.")))
			.andExpect(content().string(containsString("The text is longer than 4,000 characters.")))
			.andExpect(content().string(containsString("The weight must be above 0 and at most 100")));
		assertThat(frameworks.get(draft.id()).version()).as("a refused edit changes nothing").isEqualTo(draft.version());
		assertThat(frameworks.get(draft.id()).indicator("Q1").orElseThrow().question().en()).isEqualTo("Is it there?");
		String[] levels = { "nothing", "on paper", "partly", "works", "lasts" };
		var save = post("/admin/frameworks/{id}/indicators/Q1", draft.id()).with(csrf())
			.param("version", String.valueOf(draft.version()))
			.param("question.en", "Is it in place?")
			.param("question.fr", "Est-ce en place ?")
			.param("weight", "2")
			.param("gcm", "23")
			.param("dac", "15190");
		for (int i = 0; i < levels.length; i++) {
			save = save.param("levels[" + i + "].en", levels[i]);
		}
		mvc.perform(save).andExpect(status().isFound());
		FrameworkView edited = frameworks.get(draft.id());
		assertThat(edited.indicator("Q1").orElseThrow().question().fr()).isEqualTo("Est-ce en place ?");
		assertThat(edited.indicator("Q1").orElseThrow().weight()).isEqualTo(2.0);
		assertThat(edited.version()).as("editing an indicator raises the framework's version").isGreaterThan(draft.version());
		mvc.perform(post("/admin/frameworks/{id}/indicators/Q1", draft.id()).with(csrf())
			.param("version", String.valueOf(draft.version()))
			.param("question.en", "Stale edit")
			.param("weight", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Somebody else changed this record")));

		mvc.perform(post("/admin/frameworks/{id}/publish", draft.id()).with(csrf())
			.param("version", String.valueOf(edited.version()))).andExpect(status().isFound());
		assertThat(frameworks.get(draft.id()).status()).isEqualTo(FrameworkStatus.PUBLISHED);
		MvcResult frozen = mvc.perform(post("/admin/frameworks/{id}/details", draft.id()).with(csrf())
			.param("version", String.valueOf(frameworks.get(draft.id()).version()))
			.param("en", "Renamed")).andExpect(status().isFound()).andReturn();
		assertThat(frozen.getFlashMap().get("flashError")).isEqualTo("assessment.framework.error.immutable");
		mvc.perform(get("/api/frameworks/{id}", draft.id()).with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.areas[0].indicators[0].question.en").value("Is it in place?"));
		mvc.perform(get("/frameworks/{id}/export", draft.id()).with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"code\" : \"WEB_TEST\"")));
	}

	@Test
	void aBrokenFileIsReportedAndNothingIsImported() throws Exception {
		MvcResult result = mvc.perform(multipart("/admin/frameworks/import")
			.file(new MockMultipartFile("file", "broken.json", "application/json",
					"{\"code\": \"x\", \"version\": 0, \"areas\": []}".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())).andExpect(status().isFound()).andReturn();
		ImportReport report = (ImportReport) result.getFlashMap().get("importReport");
		assertThat(report.problems()).extracting(p -> p.column()).contains("code", "version", "scale");
		assertThat(frameworks.all()).noneMatch(f -> f.code().equals("x"));
	}

}
