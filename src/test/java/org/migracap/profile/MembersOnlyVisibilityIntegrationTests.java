package org.migracap.profile;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracap.cooperation.domain.StanceService;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.reference.IomStatus;
import org.migracap.reference.domain.MembershipService;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Shared with members" means IOM Member States (issue 16 point 5): Guatemala's members-only 2025 cycle is seen by the
 * focal point of a country recorded as a Member State (Mexico, recorded by this test through the administrators'
 * service and restored after) and by IOM staff roles, not by the focal point of a country whose status is unknown
 * (Kenya), a participant or the public: on the cycle page, in the API list and the scores API, in the comparison's
 * export, on the profile and in the stances. Recording the status changes what is shown at the next request.
 */
@MigraCapIntegrationTest
class MembersOnlyVisibilityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MembershipService memberships;

	@Autowired
	StanceService stances;

	private MembershipService.MembershipRecord mexicoBefore;

	private MembershipService.MembershipRecord kenyaBefore;

	RequestPostProcessor as(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

	@BeforeEach
	void recordStatuses() {
		mexicoBefore = memberships.get("MEX");
		kenyaBefore = memberships.get("KEN");
		set("KEN", IomStatus.UNKNOWN);
		set("MEX", IomStatus.MEMBER);
	}

	@AfterEach
	void restoreStatuses() {
		for (MembershipService.MembershipRecord before : new MembershipService.MembershipRecord[] { mexicoBefore, kenyaBefore }) {
			memberships.record(before.iso3(), before.status(), before.since(), before.note(),
					memberships.get(before.iso3()).version());
		}
	}

	private void set(String iso3, IomStatus status) {
		memberships.record(iso3, status, null, "MembersOnlyVisibilityIntegrationTests", memberships.get(iso3).version());
	}

	long membersCycle() {
		return jdbc.sql("""
				select max(id) from assessment.cycle where iso3 = 'GTM' and framework_code = 'MIGRACAP_CORE'
				and confidentiality = 'MEMBERS' and status = 'PUBLISHED'""").query(Long.class).single();
	}

	/** Guatemala's latest published core year among the given confidentialities, from the cycle table. */
	int guatemalaYear(String... confidentialities) {
		return jdbc.sql("""
				select max(assessment_year) from assessment.cycle where iso3 = 'GTM' and framework_code = 'MIGRACAP_CORE'
				and status = 'PUBLISHED' and confidentiality in (:c)""")
			.param("c", java.util.List.of(confidentialities))
			.query(Integer.class)
			.single();
	}

	private String body(String uri, RequestPostProcessor caller) throws Exception {
		return mvc.perform(get(uri).with(caller)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private int comparedYearOfGuatemala(RequestPostProcessor caller) throws Exception {
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
		return shown.getOrDefault("GTM", -1);
	}

	@Test
	void aMemberStatesFocalPointSeesMembersOnlyResultsAndAnUnknownStatusOneOnlyPublicOnes() throws Exception {
		long cycle = membersCycle();
		int membersYear = guatemalaYear("PUBLIC", "MEMBERS");
		int publicYear = guatemalaYear("PUBLIC");
		assertThat(membersYear).as("the demo's members-only cycle is Guatemala's latest shared one").isGreaterThan(publicYear);

		for (String member : new String[] { "focal.mex", "coordinator", "facilitator", "admin" }) {
			mvc.perform(get("/assessments/{id}", cycle).with(as(member))).andExpect(status().isOk());
			assertThat(body("/api/assessments?country=GTM", as(member))).contains("\"id\":" + cycle + ",");
			assertThat(comparedYearOfGuatemala(as(member))).as(member).isEqualTo(membersYear);
		}
		assertThat(body("/api/scores", as("focal.mex"))).contains("\"iso3\":\"GTM\"", "\"confidentiality\":\"MEMBERS\"");
		assertThat(body("/profiles/GTM", as("focal.mex"))).contains("Based on the " + membersYear + " assessment");

		for (String outsider : new String[] { "focal.ken", "participant" }) {
			mvc.perform(get("/assessments/{id}", cycle).with(as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/api/assessments/{id}/responses", cycle).with(as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/assessments/{id}/export", cycle).with(as(outsider))).andExpect(status().isNotFound());
			assertThat(body("/api/assessments?country=GTM", as(outsider))).doesNotContain("\"id\":" + cycle + ",");
			assertThat(body("/api/scores", as(outsider))).doesNotContain("\"confidentiality\":\"MEMBERS\"");
			assertThat(comparedYearOfGuatemala(as(outsider))).as(outsider).isEqualTo(publicYear);
			assertThat(body("/profiles/GTM", as(outsider))).contains("Based on the " + publicYear + " assessment")
				.doesNotContain("Shared with members");
		}
		// Kenya's focal point still sees all of Kenya's own cycles, private ones included.
		long kenyaPrivate = jdbc.sql("""
				select max(id) from assessment.cycle where iso3 = 'KEN' and confidentiality = 'PRIVATE'""")
			.query(Long.class)
			.single();
		mvc.perform(get("/assessments/{id}", kenyaPrivate).with(as("focal.ken"))).andExpect(status().isOk());
	}

	@Test
	void recordingAStatusChangesWhatItsFocalPointsSeeAtTheNextRequest() throws Exception {
		long cycle = membersCycle();
		int membersYear = guatemalaYear("PUBLIC", "MEMBERS");
		int publicYear = guatemalaYear("PUBLIC");
		// warm every cache for Kenya's focal point while Kenya's status is unknown
		assertThat(comparedYearOfGuatemala(as("focal.ken"))).isEqualTo(publicYear);
		assertThat(body("/profiles/GTM", as("focal.ken"))).contains("Based on the " + publicYear + " assessment");
		set("KEN", IomStatus.MEMBER);
		assertThat(comparedYearOfGuatemala(as("focal.ken"))).isEqualTo(membersYear);
		assertThat(body("/profiles/GTM", as("focal.ken"))).contains("Based on the " + membersYear + " assessment");
		mvc.perform(get("/assessments/{id}", cycle).with(as("focal.ken"))).andExpect(status().isOk());
		set("KEN", IomStatus.OBSERVER);
		assertThat(comparedYearOfGuatemala(as("focal.ken"))).isEqualTo(publicYear);
		mvc.perform(get("/assessments/{id}", cycle).with(as("focal.ken"))).andExpect(status().isNotFound());
	}

	@Test
	void membersOnlyStancesFollowTheSameRule() {
		long hidden = jdbc.sql("select count(*) from cooperation.stance where iso3 = 'GTM' and visibility = 'MEMBERS'")
			.query(Long.class)
			.single();
		long open = jdbc.sql("select count(*) from cooperation.stance where iso3 = 'GTM' and visibility = 'PUBLIC'")
			.query(Long.class)
			.single();
		assertThat(hidden).as("Guatemala has members-only stances in the demo data").isPositive();
		CurrentUser mexico = new CurrentUser(9001, "focal.mex", "Mexico", Set.of(Role.FOCAL_POINT), "MEX");
		CurrentUser kenya = new CurrentUser(9002, "focal.ken", "Kenya", Set.of(Role.FOCAL_POINT), "KEN");
		CurrentUser participant = new CurrentUser(9003, "participant", "P", Set.of(Role.PARTICIPANT), null);
		assertThat(stances.stancesOf("GTM", Optional.of(mexico))).hasSize((int) (hidden + open));
		assertThat(stances.stancesOf("GTM", Optional.of(kenya))).hasSize((int) open);
		assertThat(stances.stancesOf("GTM", Optional.of(participant))).hasSize((int) open);
		assertThat(stances.stancesOf("GTM", Optional.empty())).hasSize((int) open);
	}

	@Test
	void theMembershipPageSaysWhatAStatusChanges() throws Exception {
		assertThat(body("/admin/reference/membership", as("admin"))).contains("What a status changes");
		assertThat(body("/admin/reference/membership/MEX", as("admin"))).contains("What a status changes");
	}

}
