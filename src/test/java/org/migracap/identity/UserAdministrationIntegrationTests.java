package org.migracap.identity;

import org.junit.jupiter.api.Test;
import org.migracap.identity.domain.AuditTrail;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators create and edit users; the rules on roles, countries and passwords hold; every change is in the
 * audit trail with its values before and after; a stale edit is refused and shows what changed.
 */
@MigraCapIntegrationTest
@WithUserDetails("admin")
class UserAdministrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	@Autowired
	IdentityApi identity;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aFocalPointNeedsAnExistingCountry() throws Exception {
		mvc.perform(post("/api/users").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"focal.nowhere","email":"n@example.org","displayName":"N","roles":["FOCAL_POINT"],
					 "password":"a-long-enough-secret"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("country")));
		mvc.perform(post("/api/users").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"focal.nowhere","email":"n@example.org","displayName":"N","roles":["FOCAL_POINT"],
					 "countryCode":"QQQ","password":"a-long-enough-secret"}"""))
			.andExpect(status().isUnprocessableContent());
		assertThat(identity.user("focal.nowhere")).isEmpty();
	}

	@Test
	void invalidFieldsAreListedAndNothingIsCreated() throws Exception {
		mvc.perform(post("/api/users").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"x","email":"not-an-email","displayName":"","roles":[],"password":"short"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(5));
		assertThat(identity.user("x")).isEmpty();
	}

	@Test
	void changesAreAuditedWithBeforeAndAfterAndStaleEditsAreRefused() throws Exception {
		String created = mvc.perform(post("/api/users").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"focal.tza","email":"tza@example.org","displayName":"Tanzania FP",
					 "roles":["FOCAL_POINT"],"countryCode":"TZA","password":"a-long-enough-secret"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode user = json.readTree(created);
		long id = user.get("id").asLong();
		mvc.perform(put("/api/users/" + id).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version":0,"email":"tza@example.org","displayName":"Tanzania focal point",
					 "roles":["FOCAL_POINT"],"countryCode":"TZA"}""")).andExpect(status().isOk());
		mvc.perform(put("/api/users/" + id).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version":0,"email":"other@example.org","displayName":"Lost edit",
					 "roles":["FOCAL_POINT"],"countryCode":"TZA"}""")).andExpect(status().isConflict());
		var latest = audit.revisions(new AuditTrail.Filter("admin", "UserAccount", null, null), PageRequest.of(0, 1))
			.getContent()
			.get(0);
		var detail = audit.revision(latest.id());
		assertThat(detail.records()).singleElement().satisfies(record -> {
			assertThat(record.change()).isEqualTo("MOD");
			assertThat(record.fields()).contains(
					new AuditTrail.FieldChange("displayName", "Tanzania FP", "Tanzania focal point"));
		});
		assertThat(identity.user("focal.tza")).get().extracting(UserSummary::displayName)
			.isEqualTo("Tanzania focal point");
		mvc.perform(post("/admin/users/" + id).with(csrf())
			.param("username", "focal.tza")
			.param("email", "tza@example.org")
			.param("displayName", "Stale page")
			.param("roles", "FOCAL_POINT")
			.param("countryCode", "TZA")
			.param("preferredLanguage", "en")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("changes"))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")))
			.andExpect(content().string(containsString("Tanzania focal point")));
		// The page hands back the current version: sent again over it, the edit is saved.
		mvc.perform(post("/admin/users/" + id).with(csrf())
			.param("email", "tza@example.org")
			.param("displayName", "Saved over the current version")
			.param("roles", "FOCAL_POINT")
			.param("countryCode", "TZA")
			.param("preferredLanguage", "en")
			.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(identity.user("focal.tza")).get().extracting(UserSummary::displayName)
			.isEqualTo("Saved over the current version");
	}

	@Test
	void aFormWithAValueOfTheWrongTypeIsShownAgainAndCreatesNobody() throws Exception {
		for (String[] bad : new String[][] { { "roles", "NOT_A_ROLE" }, { "version", "seven" } }) {
			mvc.perform(post("/admin/users").with(csrf())
				.param("username", "typed.wrong")
				.param("email", "typed.wrong@example.org")
				.param("displayName", "Typed wrong")
				.param("roles", "FOCAL_POINT")
				.param("countryCode", "KEN")
				.param("password", "a-long-enough-secret")
				.param(bad[0], bad[1]))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("form", bad[0]))
				.andExpect(content().string(containsString("value=\"typed.wrong@example.org\"")));
		}
		assertThat(identity.user("typed.wrong")).isEmpty();
	}

	@Test
	void theAuditPageListsRevisions() throws Exception {
		mvc.perform(get("/admin/audit").param("type", "Country"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Country")));
	}

}
