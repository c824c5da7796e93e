package org.migracap.identity;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in: passwords are checked, repeated failures lock the user name for a while, sessions change id at sign-in,
 * forms without a CSRF token are refused, and pages carry the security headers.
 */
@MigraCapIntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aDemoAccountSignsInAndTheSessionIdChanges() throws Exception {
		MvcResult before = mvc.perform(get("/login")).andReturn();
		var session = (org.springframework.mock.web.MockHttpSession) before.getRequest().getSession();
		String oldId = session.getId();
		MvcResult result = mvc.perform(formLogin().user("coordinator").password("migracap-demo"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(oldId);
	}

	@Test
	void repeatedFailuresLockTheUserNameEvenForTheRightPassword(
			@Autowired org.migracap.identity.domain.UserService users) throws Exception {
		String username = "throttled." + System.nanoTime();
		users.create(new org.migracap.identity.domain.UserService.NewUser(username, username + "@example.org",
				"Throttled user", java.util.Set.of(org.migracap.platform.Role.PARTICIPANT), null, "en",
				"a-long-enough-secret"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user(username).password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		mvc.perform(formLogin().user(username).password("a-long-enough-secret"))
			.andExpect(redirectedUrl("/login?error=locked"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user("nobody-at-all").password("x" + i));
		}
		mvc.perform(formLogin().user("nobody-at-all").password("x"))
			.andExpect(redirectedUrl("/login?error=locked"));
	}

	@Test
	void aFormWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", "migracap-demo"))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesCarrySecurityHeadersAndTheLoginPageListsDemoAccounts() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().string(containsString("focal.ken")))
			.andExpect(content().string(not(containsString("password_hash"))));
	}

	@Test
	void passwordsAreStoredHashed(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		String hash = jdbc.sql("select password_hash from identity.user_account where username = 'admin'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("migracap-demo");
	}

}
