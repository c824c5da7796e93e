package org.migracap.identity;

import java.time.Duration;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migracap.support.BrowserTest;
import org.migracap.support.Inbox;
import org.migracap.support.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invited person's journey in Chromium, starting from the e-mail that GreenMail received: follow the link, set a
 * password, sign in; then forget it, ask for a link, follow it, and sign in with the new one.
 */
class AccountMailBrowserTests extends BrowserTest {

	static GreenMail smtp;

	@BeforeAll
	static void startSmtp() {
		smtp = TestSmtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void invitedThenForgotten() {
		String username = "browser." + UUID.randomUUID().toString().substring(0, 6);
		String email = username + "@example.org";
		signIn("admin");
		open("/users/invite");
		assertAccessible();
		page.locator("#email").fill(email);
		page.locator("#displayName").fill("Browser Invitee");
		page.locator("#username").fill(username);
		page.locator("#role").selectOption("PARTICIPANT");
		page.locator("#send-invitation").click();
		assertThat(page.content()).contains("An invitation is on its way to " + email);
		page.context().clearCookies();

		String link = Inbox.link(Inbox.await(smtp, email, 1, Duration.ofSeconds(20)).getFirst());
		page.navigate(link);
		assertAccessible();
		page.locator("#password").fill("my own long secret");
		page.locator("#confirm").fill("my own long secret");
		page.locator("#set-password-submit").click();
		page.waitForURL(url -> url.contains("/login"));
		assertThat(page.content()).contains("Your password is set. Sign in as " + username);
		signInAs(username, "my own long secret");

		page.context().clearCookies();
		open("/login");
		page.locator("#forgot-password").click();
		assertAccessible();
		page.locator("#email").fill(email);
		page.locator("#forgot-submit").click();
		assertThat(page.locator("#forgot-sent").isVisible()).isTrue();
		String reset = Inbox.link(Inbox.await(smtp, email, 2, Duration.ofSeconds(20))
			.stream()
			.filter(m -> Inbox.subject(m).contains("new MigraCap password"))
			.findFirst()
			.orElseThrow());
		page.navigate(reset);
		page.locator("#password").fill("a second long secret");
		page.locator("#confirm").fill("a second long secret");
		page.locator("#set-password-submit").click();
		page.waitForURL(url -> url.contains("/login"));
		signInAs(username, "a second long secret");
		page.navigate(reset);
		assertThat(page.locator("#link-result").textContent()).contains("already been used");
	}

	private void signInAs(String username, String password) {
		open("/login");
		page.getByLabel("User name or e-mail").fill(username);
		page.getByLabel("Password", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(password);
		page.locator("#login-submit").click();
		page.waitForURL(url -> !url.contains("/login"));
	}

}
