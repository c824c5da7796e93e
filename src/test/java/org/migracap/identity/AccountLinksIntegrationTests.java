package org.migracap.identity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migracap.identity.domain.UserService;
import org.migracap.mail.domain.Outbox;
import org.migracap.support.Inbox;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts people manage themselves, against a real SMTP server (GreenMail): invitations in the invitee's language
 * whose link sets a password once; expired and reused links that change nothing; "forgot password" that never tells
 * whether an address has an account; address verification; an invitation made while the mail server is down.
 */
@MigraCapIntegrationTest
class AccountLinksIntegrationTests {

	static GreenMail smtp;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@BeforeAll
	static void startSmtp() {
		smtp = TestSmtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		if (smtp != null) {
			smtp.stop();
		}
	}

	static String unique(String name) {
		return name + UUID.randomUUID().toString().substring(0, 6);
	}

	private void invite(String username, String email, String role, String country, String language)
			throws Exception {
		mvc.perform(post("/users/invite").with(csrf())
			.param("username", username)
			.param("email", email)
			.param("displayName", "Invited " + username)
			.param("role", role)
			.param("countryCode", country)
			.param("preferredLanguage", language))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/users/invite"));
	}

	private static String path(String link) {
		return link.replaceFirst("^https?://[^/]+", "");
	}

	private String hash(String username) {
		return jdbc.sql("select password_hash from identity.user_account where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

	@Test
	@WithUserDetails("coordinator")
	void anInvitationInTheInviteesLanguageSetsAPasswordOnce() throws Exception {
		String username = unique("invited.fr");
		String email = username + "@example.org";
		invite(username, email, "FOCAL_POINT", "SEN", "fr");
		assertThat(users.findByUsername(username)).get().satisfies(u -> {
			assertThat(u.countryCode()).isEqualTo("SEN");
			assertThat(u.emailVerified()).isFalse();
		});
		MimeMessage invitation = Inbox.await(smtp, email, 1, Duration.ofSeconds(20)).getFirst();
		assertThat(Inbox.subject(invitation)).isEqualTo("Vous êtes invité(e) sur MigraCap");
		assertThat(Inbox.header(invitation, "Content-Language")).isEqualTo("fr");
		assertThat(Inbox.part(invitation, "text/plain")).contains("Chris Coordinator (demo) vous invite")
			.contains(username);
		String link = Inbox.link(invitation);
		assertThat(link).contains("/password/set?token=");
		assertThat(Inbox.part(invitation, "text/html")).contains("href=\"" + link.replace("&", "&amp;") + "\"");
		String token = link.substring(link.indexOf("token=") + 6);

		mvc.perform(get(path(link)).with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"set-password-form\"")))
			.andExpect(content().string(containsString(username)));
		mvc.perform(post("/password/set").with(anonymous()).with(csrf())
			.param("token", token)
			.param("password", "short")
			.param("confirm", "short")).andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/password/set").with(anonymous()).with(csrf())
			.param("token", token)
			.param("password", "a fine long secret")
			.param("confirm", "a fine long secret")).andExpect(redirectedUrl("/login"));
		assertThat(passwords.matches("a fine long secret", hash(username))).isTrue();
		assertThat(users.findByUsername(username)).get().satisfies(u -> assertThat(u.emailVerified()).isTrue());

		String before = hash(username);
		mvc.perform(get(path(link)).with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already been used")));
		mvc.perform(post("/password/set").with(anonymous()).with(csrf())
			.param("token", token)
			.param("password", "another long secret")
			.param("confirm", "another long secret"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already been used")));
		assertThat(hash(username)).isEqualTo(before);
	}

	@Test
	@WithUserDetails("coordinator")
	void badInvitationsAreRefusedWithAReasonAndChangeNothing() throws Exception {
		String username = unique("bad.invite");
		mvc.perform(post("/users/invite").with(csrf())
			.param("username", username)
			.param("email", "not an address")
			.param("displayName", "Bad")
			.param("role", "PARTICIPANT")
			.param("preferredLanguage", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/users/invite").with(csrf())
			.param("username", username)
			.param("email", username + "@example.org")
			.param("displayName", "Bad")
			.param("role", "ADMIN")
			.param("preferredLanguage", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only an administrator can invite an administrator.")));
		mvc.perform(post("/users/invite").with(csrf())
			.param("username", username)
			.param("email", username + "@example.org")
			.param("displayName", "Bad")
			.param("role", "FOCAL_POINT")
			.param("countryCode", "")
			.param("preferredLanguage", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be bound to a country")));
		assertThat(users.findByUsername(username)).isEmpty();
		assertThat(outbox.to(username + "@example.org")).isEmpty();
	}

	@Test
	@WithUserDetails("admin")
	void anExpiredLinkChangesNothing() throws Exception {
		String username = unique("expired");
		String email = username + "@example.org";
		invite(username, email, "PARTICIPANT", "", "en");
		String link = Inbox.link(Inbox.await(smtp, email, 1, Duration.ofSeconds(20)).getFirst());
		jdbc.sql("""
				update identity.account_token set expires_at = created_at
				where user_id = (select id from identity.user_account where username = :u)""")
			.param("u", username)
			.update();
		String before = hash(username);
		mvc.perform(get(path(link)).with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This link has expired.")));
		mvc.perform(post("/password/set").with(anonymous()).with(csrf())
			.param("token", link.substring(link.indexOf("token=") + 6))
			.param("password", "a fine long secret")
			.param("confirm", "a fine long secret"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This link has expired.")));
		mvc.perform(get("/password/set?token=made-up").with(anonymous()))
			.andExpect(content().string(containsString("This link is not valid.")));
		assertThat(hash(username)).isEqualTo(before);
		assertThat(users.findByUsername(username)).get().satisfies(u -> assertThat(u.emailVerified()).isFalse());
	}

	@Test
	void forgotPasswordNeverTellsWhetherAnAddressHasAnAccount() throws Exception {
		String username = unique("forgetful");
		String known = username + "@example.org";
		users.create(new UserService.NewUser(username, known, "Forgetful", java.util.Set.of(org.migracap.platform.Role.PARTICIPANT),
				null, "es", "the first long secret"));
		jdbc.sql("update identity.user_account set email_verified = true where username = :u").param("u", username).update();
		String unknown = unique("nobody") + "@example.org";
		String answerKnown = mvc.perform(post("/password/forgot").with(anonymous()).with(csrf()).param("email", known))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String answerUnknown = mvc
			.perform(post("/password/forgot").with(anonymous()).with(csrf()).param("email", unknown))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(withoutCsrf(answerKnown)).isEqualTo(withoutCsrf(answerUnknown)).contains("id=\"forgot-sent\"");
		mvc.perform(post("/password/forgot").with(anonymous()).with(csrf()).param("email", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an e-mail address.")));

		List<MimeMessage> received = Inbox.await(smtp, known, 2, Duration.ofSeconds(20)).stream()
			.filter(m -> Inbox.subject(m).contains("contraseña"))
			.toList();
		assertThat(received).hasSize(1);
		assertThat(Inbox.subject(received.getFirst())).isEqualTo("Elija una contraseña nueva para MigraCap");
		assertThat(outbox.to(unknown)).isEmpty();
		String link = Inbox.link(received.getFirst());
		assertThat(link).contains("/password/reset?token=");
		mvc.perform(post("/password/reset").with(anonymous()).with(csrf())
			.param("token", link.substring(link.indexOf("token=") + 6))
			.param("password", "a brand new secret")
			.param("confirm", "a brand new secret")).andExpect(redirectedUrl("/login"));
		assertThat(passwords.matches("a brand new secret", hash(username))).isTrue();

		// An address that is not verified gets no reset message.
		jdbc.sql("update identity.user_account set email_verified = false where username = :u").param("u", username).update();
		jdbc.sql("update identity.account_token set created_at = created_at - interval '1' hour").update();
		mvc.perform(post("/password/forgot").with(anonymous()).with(csrf()).param("email", known))
			.andExpect(content().string(containsString("id=\"forgot-sent\"")));
		assertThat(outbox.to(known)).hasSize(2);
	}

	@Test
	@WithUserDetails("admin")
	void aNewAddressIsVerifiedFromItsLink() throws Exception {
		String username = unique("verify");
		String email = username + "@example.org";
		mvc.perform(post("/api/users").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"%s","email":"%s","displayName":"V","roles":["FACILITATOR"],
				 "preferredLanguage":"en","password":"a-long-enough-secret"}""".formatted(username, email)))
			.andExpect(status().isCreated());
		MimeMessage message = Inbox.await(smtp, email, 1, Duration.ofSeconds(20)).getFirst();
		assertThat(Inbox.subject(message)).isEqualTo("Confirm your e-mail address for MigraCap");
		String link = Inbox.link(message);
		mvc.perform(get(path(link)).with(anonymous()))
			.andExpect(content().string(containsString("your e-mail address is verified")));
		assertThat(users.findByUsername(username)).get().satisfies(u -> assertThat(u.emailVerified()).isTrue());
		mvc.perform(get(path(link)).with(anonymous()))
			.andExpect(content().string(containsString("already been used")));
	}

	@Test
	@WithUserDetails("admin")
	void anInvitationMadeWhileTheMailServerIsDownIsSentWhenItIsBack() throws Exception {
		String username = unique("smtp.down");
		String email = username + "@example.org";
		smtp.stop();
		try {
			long started = System.nanoTime();
			invite(username, email, "PARTICIPANT", "", "es");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
			assertThat(users.findByUsername(username)).isPresent();
			long until = System.currentTimeMillis() + 20_000;
			while (outbox.to(email).getFirst().attempts() == 0 && System.currentTimeMillis() < until) {
				Thread.sleep(100);
			}
			assertThat(outbox.to(email)).singleElement().satisfies(m -> {
				assertThat(m.status()).isEqualTo(Outbox.Status.QUEUED);
				assertThat(m.attempts()).isPositive();
				assertThat(m.lastError()).isNotBlank();
			});
			mvc.perform(get("/admin/mail").param("recipient", email))
				.andExpect(content().string(containsString("Queued")));
		}
		finally {
			smtp = TestSmtp.start();
		}
		MimeMessage invitation = Inbox.await(smtp, email, 1, Duration.ofSeconds(30)).getFirst();
		assertThat(Inbox.subject(invitation)).isEqualTo("Está invitado a MigraCap");
		// The message reaches the SMTP server before the worker records it as sent: wait for the record too.
		long recorded = System.currentTimeMillis() + 10_000;
		while (outbox.to(email).getFirst().status() != Outbox.Status.SENT && System.currentTimeMillis() < recorded) {
			Thread.sleep(100);
		}
		assertThat(outbox.to(email)).singleElement()
			.satisfies(m -> assertThat(m.status()).isEqualTo(Outbox.Status.SENT));
	}

	private static String withoutCsrf(String html) {
		return html.replaceAll("name=\"_csrf\" (content|value)=\"[^\"]+\"", "");
	}

}
