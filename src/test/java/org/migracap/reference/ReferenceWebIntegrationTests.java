package org.migracap.reference;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The country directory and the reference API, including the administrator's all-or-nothing imports.
 */
@MigraCapIntegrationTest
class ReferenceWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReferenceApi reference;

	@Test
	void directorySearchAnswersHtmxWithTheResultsFragmentOnly() throws Exception {
		mvc.perform(get("/countries").param("q", "keny").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/countries/KEN")))
			.andExpect(content().string(not(containsString("<nav"))))
			.andExpect(content().string(not(containsString("/countries/GTM"))));
		mvc.perform(get("/countries").param("q", "keny"))
			.andExpect(content().string(containsString("<nav")));
	}

	@Test
	void directoryFiltersByRegionAndExportsAllMatchingRows() throws Exception {
		long eastern = reference.countriesInRegion("014").size();
		String csv = mvc.perform(get("/countries/export").param("region", "014").param("format", "csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(eastern + 1);
		assertThat(csv).contains("KEN").doesNotContain("GTM");
	}

	@Test
	void apiPagesAndSorts() throws Exception {
		mvc.perform(get("/api/countries").param("size", "10").param("sort", "iso3,desc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(10)))
			.andExpect(jsonPath("$.content[0].iso3").value("ZWE"))
			.andExpect(jsonPath("$.page.totalElements").value(249));
	}

	@Test
	void unknownCountryIsAProblemDetail() throws Exception {
		mvc.perform(get("/api/countries/XXX"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("XXX")))
			.andExpect(jsonPath("$.trace").doesNotExist());
		mvc.perform(get("/countries/XXX")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("XXX")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	@WithUserDetails("admin")
	void aMembershipFileWithBadRowsIsRejectedWholeWithLineNumbers() throws Exception {
		String before = reference.getCountry("BRA").iomStatus().name() + reference.getCountry("ARG").iomStatus();
		MockMultipartFile file = new MockMultipartFile("file", "members.csv", "text/csv", """
				iso3,status,since,note
				BRA,MEMBER,2004,
				XYZ,MEMBER,2001,
				ARG,PARTNER,1951,
				BRA,OBSERVER,,
				""".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/memberships/import").file(file).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems", hasSize(3)))
			.andExpect(jsonPath("$.problems[0].line").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("iso3"))
			.andExpect(jsonPath("$.problems[1].line").value(4))
			.andExpect(jsonPath("$.problems[1].column").value("status"))
			.andExpect(jsonPath("$.problems[2].line").value(5));
		assertThat(reference.getCountry("BRA").iomStatus().name() + reference.getCountry("ARG").iomStatus())
			.isEqualTo(before);
	}

	@Test
	@WithUserDetails("admin")
	void aCleanMembershipFileIsImportedAndIdempotent() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "members.csv", "text/csv", """
				iso3,status,since,note
				CHL,MEMBER,1951,founding member
				VAT,OBSERVER,,
				""".getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < 2; i++) {
			mvc.perform(multipart("/api/memberships/import").file(file).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.written").value(2));
		}
		mvc.perform(get("/api/countries/CHL"))
			.andExpect(jsonPath("$.iomStatus").value("MEMBER"))
			.andExpect(jsonPath("$.iomSince").value(1951));
	}

	@Test
	@WithUserDetails("admin")
	void theMembershipPageHandsTheCurrentVersionBackAfterAConflictAndKeepsBadInputOut() throws Exception {
		String page = mvc.perform(get("/admin/reference/membership/CHL")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String seen = hiddenVersion(page);
		mvc.perform(post("/admin/reference/membership/CHL").with(csrf())
			.param("status", "MEMBER").param("since", "1960").param("note", "first").param("version", seen))
			.andExpect(status().is3xxRedirection());
		String conflict = mvc.perform(post("/admin/reference/membership/CHL").with(csrf())
			.param("status", "OBSERVER").param("since", "1961").param("note", "second").param("version", seen))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(conflict).contains("first");
		String current = hiddenVersion(conflict);
		assertThat(current).isNotEqualTo(seen);
		assertThat(conflict).contains(">second</textarea>").doesNotContain(">first</textarea>");
		mvc.perform(get("/api/countries/CHL")).andExpect(jsonPath("$.iomStatus").value("MEMBER"));

		for (String since : new String[] { "1700", "not a year" }) {
			mvc.perform(post("/admin/reference/membership/CHL").with(csrf())
				.param("status", "OBSERVER").param("since", since).param("version", current))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("is-invalid")));
		}
		mvc.perform(get("/api/countries/CHL")).andExpect(jsonPath("$.iomStatus").value("MEMBER"));

		mvc.perform(post("/admin/reference/membership/CHL").with(csrf())
			.param("status", "OBSERVER").param("since", "1961").param("note", "second").param("version", current))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/countries/CHL")).andExpect(jsonPath("$.iomStatus").value("OBSERVER"));
	}

	private static String hiddenVersion(String page) {
		java.util.regex.Matcher version = java.util.regex.Pattern
			.compile("<input type=\"hidden\"[^>]*name=\"version\"[^>]*value=\"(-?\\d+)\"|"
					+ "<input type=\"hidden\"[^>]*value=\"(-?\\d+)\"[^>]*name=\"version\"")
			.matcher(page);
		assertThat(version.find()).as("a hidden version field").isTrue();
		return version.group(1) != null ? version.group(1) : version.group(2);
	}

	@Test
	@WithUserDetails("admin")
	void aStaleMembershipEditIsRefusedWithConflict() throws Exception {
		mvc.perform(put("/api/countries/PER/membership").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"MEMBER\",\"since\":1952,\"version\":-1}")).andExpect(status().isOk());
		mvc.perform(put("/api/countries/PER/membership").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"OBSERVER\",\"version\":-1}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(0));
		mvc.perform(get("/api/countries/PER")).andExpect(jsonPath("$.iomStatus").value("MEMBER"));
	}

	@Test
	@WithUserDetails("admin")
	void malformedJsonIsABadRequestThatChangesNothing() throws Exception {
		mvc.perform(put("/api/countries/URY/membership").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"MEMB"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/countries/URY/membership").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"MEMBER\",\"since\":1700,\"version\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("since"));
		assertThat(reference.getCountry("URY").iomStatus()).isEqualTo(IomStatus.UNKNOWN);
	}

	@Test
	@WithUserDetails("focal.ken")
	void aFocalPointCannotRecordMembership() throws Exception {
		mvc.perform(put("/api/countries/KEN/membership").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"MEMBER\",\"version\":-1}")).andExpect(status().isForbidden());
	}

}
