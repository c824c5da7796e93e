package org.migracap.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.Drafts;
import org.migracap.assessment.domain.CycleService;
import org.migracap.identity.domain.AccessTokenService;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.Role;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal access tokens and service-account tokens: a request with {@code Authorization: Bearer} is authorised exactly
 * like its user's session, without CSRF and without a session; revoked, expired and unknown tokens get 401,
 * read-only tokens 403 on writes, and a token over its rate limit 429 with Retry-After. Writes carry the token's name
 * in the audit trail.
 */
@MigraCapIntegrationTest
class AccessTokenIntegrationTests {

	private static final Pattern SECRET = Pattern.compile("id=\"new-token-value\">(mcp_[A-Za-z0-9_-]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessTokenService tokens;

	@Autowired
	UserService users;

	@Autowired
	UserDetailsService details;

	@Autowired
	CycleService cycles;

	long userId(String username) {
		return jdbc.sql("select id from identity.user_account where username = :u").param("u", username)
			.query(Long.class)
			.single();
	}

	String token(String username, boolean readOnly) {
		return tokens.create(userId(username), "test " + System.nanoTime(), 30, readOnly).secret();
	}

	static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}

	RequestPostProcessor session(String username) {
		UserDetails principal = details.loadUserByUsername(username);
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

	long kenyaDraft() {
		return Drafts.kenyaDraft(jdbc, cycles);
	}

	@Test
	void aTokenOfEachRoleIsAuthorisedLikeItsUser() throws Exception {
		for (String username : List.of("admin", "coordinator", "facilitator", "participant", "focal.ken")) {
			String token = token(username, false);
			mvc.perform(get("/api/me").with(bearer(token)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value(username));
			boolean admin = username.equals("admin");
			mvc.perform(get("/api/users").with(bearer(token)))
				.andExpect(admin ? status().isOk() : status().isForbidden())
				.andExpect(admin ? jsonPath("$.content[*].username", hasItem("focal.ken"))
						: content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			boolean staffOrFocal = List.of("admin", "coordinator", "focal.ken").contains(username);
			mvc.perform(get("/api/requests").with(bearer(token)))
				.andExpect(staffOrFocal ? status().isOk() : status().isForbidden());
		}
		mvc.perform(get("/api/me").with(bearer(token("focal.ken", true))))
			.andExpect(jsonPath("$.countryCode").value("KEN"))
			.andExpect(jsonPath("$.roles[0]").value("FOCAL_POINT"));
	}

	@Test
	void aFocalPointsTokenSeesItsOwnCountrysConfidentialDataAndNoOtherCountrys() throws Exception {
		long draft = kenyaDraft();
		String ken = token("focal.ken", true);
		String gtm = token("focal.gtm", true);
		mvc.perform(get("/api/assessments/{id}", draft).with(bearer(ken)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.iso3").value("KEN"));
		MockHttpServletResponse refused = mvc.perform(get("/api/assessments/{id}", draft).with(bearer(gtm)))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isIn(403, 404);
		assertThat(refused.getContentAsString()).doesNotContain("\"iso3\":\"KEN\"");
		mvc.perform(get("/api/recurrent/KEN").with(bearer(ken))).andExpect(status().isOk());
		mvc.perform(get("/api/recurrent/KEN").with(bearer(gtm)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/assessments").param("country", "KEN").with(bearer(gtm)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"id\":" + draft + ","))));
	}

	@Test
	void revokedExpiredUnknownAndMissingTokensGet401ProblemDetails() throws Exception {
		long user = userId("coordinator");
		AccessTokenService.NewToken revoked = tokens.create(user, "revoked " + System.nanoTime(), 30, false);
		mvc.perform(get("/api/me").with(bearer(revoked.secret()))).andExpect(status().isOk());
		tokens.revoke(user, revoked.token().id());
		mvc.perform(get("/api/me").with(bearer(revoked.secret())))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value("This access token has been revoked."));

		AccessTokenService.NewToken expired = tokens.create(user, "expired " + System.nanoTime(), 30, false);
		jdbc.sql("update identity.access_token set expires_at = :t where id = :id")
			.param("t", Timestamp.from(Instant.now().minusSeconds(60)))
			.param("id", expired.token().id())
			.update();
		mvc.perform(post("/api/requests/1/decision").with(bearer(expired.secret()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"ACCEPT\",\"version\":0}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("This access token has expired."));

		mvc.perform(get("/api/me").with(bearer("mcp_" + "x".repeat(43))))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("This access token is not valid."));
		mvc.perform(get("/api/me").header(HttpHeaders.AUTHORIZATION, "Bearer "))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		long before = jdbc.sql("select count(*) from identity.user_account").query(Long.class).single();
		jdbc.sql("update identity.user_account set enabled = false where username = 'participant'").update();
		try {
			String participant = token("participant", false);
			mvc.perform(get("/api/me").with(bearer(participant))).andExpect(status().isUnauthorized());
		}
		finally {
			jdbc.sql("update identity.user_account set enabled = true where username = 'participant'").update();
		}
		assertThat(jdbc.sql("select count(*) from identity.user_account").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aReadOnlyTokenIsRefusedOnWritesAndChangesNothing() throws Exception {
		long draft = kenyaDraft();
		String readOnly = token("focal.ken", true);
		String answers = "select count(*) from assessment.response where cycle_id = :c";
		long countBefore = jdbc.sql(answers).param("c", draft).query(Long.class).single();
		long revisionsBefore = jdbc.sql("select count(*) from audit.revision").query(Long.class).single();
		mvc.perform(put("/api/assessments/{id}/responses/C2", draft).with(bearer(readOnly))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\": 2}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("This access token may only read; it cannot change anything."));
		mvc.perform(post("/api/requests").with(bearer(readOnly))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql(answers).param("c", draft).query(Long.class).single()).isEqualTo(countBefore);
		assertThat(jdbc.sql("select count(*) from audit.revision").query(Long.class).single()).isEqualTo(revisionsBefore);
		mvc.perform(get("/api/assessments/{id}/responses", draft).with(bearer(readOnly))).andExpect(status().isOk());
	}

	@Test
	void aTokenWritesWithoutCsrfOrSessionAndTheAuditTrailNamesTheToken() throws Exception {
		AccessTokenService.NewToken made = tokens.create(userId("focal.ken"), "ken-ministry-sync " + System.nanoTime(),
				30, false);
		String body = """
				{"areas": ["B"], "kind": "TRAINING", "urgency": "MEDIUM", "title": "Border data exchange training",
				 "description": "Training of border officers in sharing passenger data with neighbours."}""";
		MvcResult created = mvc.perform(post("/api/requests").with(bearer(made.secret()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.row.countries[0]").value("KEN"))
			.andReturn();
		assertThat(created.getRequest().getSession(false)).as("no session made for a token").isNull();
		assertThat(created.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).noneMatch(c -> c.startsWith("SESSION"));
		String revision = jdbc.sql("""
				select r.username || ' ' || r.token_name from audit.revision r
				where r.token_name = :name order by r.id desc fetch first 1 rows only""")
			.param("name", made.token().name())
			.query(String.class)
			.single();
		assertThat(revision).isEqualTo("focal.ken " + made.token().name());

		// The same write in a browser session without the CSRF token is still refused.
		mvc.perform(post("/api/requests").with(session("focal.ken")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());

		mvc.perform(get("/admin/audit").with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(made.token().name())));
		assertThat(tokens.tokensOf(userId("focal.ken")))
			.filteredOn(t -> t.id() == made.token().id())
			.singleElement()
			.satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
	}

	@Test
	void aTokenOverItsRateLimitGets429WithRetryAfter() throws Exception {
		AccessTokenService.NewToken limited = tokens.create(userId("participant"), "limited " + System.nanoTime(), 30,
				true, 3);
		int accepted = 0;
		MockHttpServletResponse refused = null;
		for (int i = 0; i < 8 && refused == null; i++) {
			MockHttpServletResponse response = mvc.perform(get("/api/me").with(bearer(limited.secret())))
				.andReturn()
				.getResponse();
			if (response.getStatus() == 429) {
				refused = response;
			}
			else {
				assertThat(response.getStatus()).isEqualTo(200);
				accepted++;
			}
		}
		assertThat(refused).as("a 429 within 8 requests at 3 per window").isNotNull();
		assertThat(accepted).isGreaterThanOrEqualTo(3);
		assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(Integer.parseInt(refused.getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1, 60);
		assertThat(refused.getContentAsString()).contains("\"status\":429");
		// Another token of the same user has a count of its own.
		mvc.perform(get("/api/me").with(bearer(token("participant", true)))).andExpect(status().isOk());
	}

	@Test
	void aUserMakesSeesAndRevokesTokensInTheTokenPage() throws Exception {
		String name = "page token " + System.nanoTime();
		String page = mvc.perform(post("/account/tokens").with(session("facilitator")).with(csrf())
			.param("name", name)
			.param("days", "30")
			.param("readOnly", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("the new token is shown").isTrue();
		String secret = matcher.group(1);
		mvc.perform(get("/api/me").with(bearer(secret))).andExpect(jsonPath("$.username").value("facilitator"));
		String list = mvc.perform(get("/account/tokens").with(session("facilitator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(name).contains(secret.substring(0, 10)).doesNotContain(secret);
		AccessTokenService.TokenView view = tokens.tokensOf(userId("facilitator"))
			.stream()
			.filter(t -> t.name().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(view.readOnly()).isTrue();
		assertThat(view.lastUsedAt()).isNotNull();

		// Another user cannot revoke it; its owner can, and it is refused at once.
		mvc.perform(post("/account/tokens/{id}/revoke", view.id()).with(session("participant")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/me").with(bearer(secret))).andExpect(status().isOk());
		mvc.perform(post("/account/tokens/{id}/revoke", view.id()).with(session("facilitator")).with(csrf())
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The token is revoked.")));
		mvc.perform(get("/api/me").with(bearer(secret))).andExpect(status().isUnauthorized());

		mvc.perform(post("/account/tokens").with(session("facilitator")).with(csrf())
			.param("name", " ")
			.param("days", "9999"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Give the token a name of at most 80 characters.")));
		mvc.perform(post("/account/tokens").with(session("facilitator")).with(csrf())
			.param("name", "x")
			.param("days", "forever"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose how many days the token is valid.")));
	}

	@Test
	void anAdministratorMakesAServiceAccountBoundToARoleAndACountry() throws Exception {
		String username = "sen-stats-" + System.nanoTime();
		String location = mvc.perform(post("/admin/service-accounts").with(session("admin")).with(csrf())
			.param("username", username)
			.param("displayName", "Senegal statistics office")
			.param("role", "FOCAL_POINT")
			.param("countryCode", "SEN"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long accountId = userId(username);
		assertThat(location).endsWith("/admin/service-accounts/" + accountId);
		String page = mvc.perform(post("/admin/service-accounts/{id}/tokens", accountId).with(session("admin"))
			.with(csrf())
			.param("name", "nightly export")
			.param("days", "90"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).isTrue();
		mvc.perform(get("/api/me").with(bearer(matcher.group(1))))
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.countryCode").value("SEN"))
			.andExpect(jsonPath("$.roles[0]").value("FOCAL_POINT"));
		mvc.perform(get("/api/recurrent/SEN").with(bearer(matcher.group(1)))).andExpect(status().isOk());
		mvc.perform(get("/api/recurrent/KEN").with(bearer(matcher.group(1)))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/service-accounts").with(session("admin")))
			.andExpect(content().string(containsString(username)));
		mvc.perform(get("/admin/service-accounts/{id}", accountId).with(session("coordinator")))
			.andExpect(status().isForbidden());
		// A service account never signs in with a password.
		assertThat(details.loadUserByUsername(username).isEnabled()).isFalse();
		mvc.perform(post("/admin/service-accounts").with(session("admin")).with(csrf())
			.param("username", "x")
			.param("displayName", "bad")
			.param("role", "FOCAL_POINT"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The user name must be 3 to 80")));
		mvc.perform(post("/admin/service-accounts").with(session("admin")).with(csrf())
			.param("username", "no-country-" + System.nanoTime())
			.param("displayName", "A focal point without a country")
			.param("role", Role.FOCAL_POINT.name()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"service-account-error\"")));
	}

}
