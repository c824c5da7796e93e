package org.migracap.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migracap.assessment.domain.Answer;
import org.migracap.assessment.domain.CycleKind;
import org.migracap.assessment.domain.CycleService;
import org.migracap.assessment.domain.CycleView;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.identity.domain.UserService;
import org.migracap.mail.Delivery;
import org.migracap.mail.MailApi;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.support.BrowserTest;
import org.migracap.support.Inbox;
import org.migracap.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The focal point's journey of JOURNEYS.md, starting from an e-mail that GreenMail received: "your assessment was
 * returned with comments"; the focal point follows the link while signed out, is asked to sign in and, once signed
 * in, is back on the private cycle, reads the coordinator's comments, corrects and
 * resubmits; then chooses, on the account page, to get validations in the daily digest, and follows the mail's
 * unsubscribe link, which asks before it turns the returned-assessment mail off. Runs on Samoa, which no other test
 * uses.
 */
// An application context of its own: the sign-in form posts a real browser CSRF token over real HTTP, which MockMvc's
// csrf() post-processor, used by other tests, would not accept in the shared context (see CsrfRefusalIntegrationTests).
@TestPropertySource(properties = "migracap.test.context=focal-point-mail-journey")
@DirtiesContext
class FocalPointMailJourneyBrowserTests extends BrowserTest {

	static GreenMail smtp;

	@Autowired
	UserService users;

	@Autowired
	CycleService cycles;

	@Autowired
	MailApi mail;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startSmtp() {
		smtp = TestSmtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void theFocalPointFollowsTheReturnedMailSignsInAndResubmits() {
		jdbc.sql("""
				update assessment.cycle set status = 'PUBLISHED', published_at = created_at, published_by = 'test'
				where iso3 = 'WSM' and status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'VALIDATED')""").update();
		context.setDefaultTimeout(45_000);
		String username = "focal.wsm." + UUID.randomUUID().toString().substring(0, 6);
		String password = "samoa long secret";
		UserService.UserRecord focal = users.create(new UserService.NewUser(username, username + "@example.org",
				"Sina Focal", Set.of(Role.FOCAL_POINT), "WSM", "en", password));
		jdbc.sql("update identity.user_account set email_verified = true where id = :id").param("id", focal.id()).update();
		CurrentUser focalActor = new CurrentUser(focal.id(), username, "Sina Focal", Set.of(Role.FOCAL_POINT), "WSM");
		CurrentUser coordinator = new CurrentUser(91, "coordinator", "Chris Coordinator", Set.of(Role.COORDINATOR),
				null);
		try {
			CycleView cycle = cycles.create("WSM", new CycleService.NewCycle(FrameworkService.CORE, CycleKind.SELF,
					2026, null, null, Confidentiality.PRIVATE), focalActor);
			cycles.answer(cycle.id(), "A1", Answer.level(2), null, focalActor);
			CycleView submitted = cycles.submit(cycle.id(), version(cycle.id()), focalActor);
			cycles.returnWithComments(cycle.id(), submitted.version(), "Add the diaspora policy before we validate.",
					Map.of("A1", "Please attach the policy document."), coordinator);

			MimeMessage returned = Inbox.await(smtp, focal.email(), 2, Duration.ofSeconds(20))
				.stream()
				.filter(m -> Inbox.subject(m).contains("returned with comments"))
				.findFirst()
				.orElseThrow();
			assertThat(Inbox.subject(returned))
				.isEqualTo("Your 2026 capacity assessment was returned with comments by Chris Coordinator.");
			String link = Inbox.link(returned);
			assertThat(link).isEqualTo(url("/assessments/" + cycle.id()));

			// The cycle is private. Followed while signed out, the link leads to the sign-in page (not a 404), and
			// after signing in back to the cycle.
			page.navigate(link);
			page.waitForURL(url -> url.contains("/login"));
			assertThat(page.locator("main")).not().containsText("Add the diaspora policy");
			page.getByLabel("User name or e-mail").fill(username);
			page.getByLabel("Password", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
				.fill(password);
			page.locator("#login-submit").click();
			try {
				page.waitForURL(url -> url.contains("/assessments/" + cycle.id()),
						new com.microsoft.playwright.Page.WaitForURLOptions().setTimeout(60_000)
							.setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT));
			}
			catch (com.microsoft.playwright.TimeoutError ex) {
				throw new AssertionError("Still at " + page.url() + ": " + page.locator("main").innerText(), ex);
			}
			assertThat(page.url()).as("back on the page the mail links to").contains("/assessments/" + cycle.id());
			assertThat(page.locator("#cycle-status")).hasText("Returned with comments");
			assertThat(page.locator("#return-comment")).containsText("Add the diaspora policy before we validate.");
			assertThat(page.locator("#answer-A1")).containsText("Please attach the policy document.");
			assertAccessible();
			page.waitForResponse(r -> r.url().contains("/answers/A1") && r.status() == 200,
					() -> page.locator("#a-A1-level-3").check());
			page.onDialog(dialog -> dialog.accept());
			page.locator("#submit-cycle").click();
			assertThat(page.locator("#cycle-status")).hasText("Submitted");

			open("/account");
			assertAccessible();
			page.locator("[name='mail.assessment.validated']").selectOption("DIGEST");
			page.locator("#mail-preferences-save").click();
			assertThat(page.locator("main")).containsText("Your e-mail choices are saved.");
			assertThat(page.locator("[name='mail.assessment.validated']")).hasValue("DIGEST");
			assertThat(mail.preference(focal.email(), "assessment.validated")).isEqualTo(Delivery.DIGEST);

			context.clearCookies();
			String unsubscribe = Inbox.header(returned, "List-Unsubscribe");
			page.navigate(unsubscribe.substring(1, unsubscribe.length() - 1));
			assertThat(page.locator("#unsubscribe-what")).containsText(focal.email());
			assertAccessible();
			assertThat(mail.preference(focal.email(), "assessment.returned")).isEqualTo(Delivery.IMMEDIATE);
			page.locator("#unsubscribe-confirm").click();
			assertThat(page.locator("#unsubscribe-result")).containsText("no more e-mails of this kind");
			assertThat(mail.preference(focal.email(), "assessment.returned")).isEqualTo(Delivery.NONE);
		}
		finally {
			// the cycle is closed through the workflow (validated and published, scores and data stamps with it), so
			// that the tests after this one see a consistent database
			for (long open : jdbc.sql("""
					select id from assessment.cycle where iso3 = 'WSM' and status in ('SUBMITTED', 'VALIDATED')""")
				.query(Long.class)
				.list()) {
				if (!"VALIDATED".equals(status(open))) {
					cycles.validate(open, version(open), coordinator);
				}
				cycles.publish(open, version(open), coordinator);
			}
			jdbc.sql("""
					update assessment.cycle set status = 'PUBLISHED', published_at = created_at, published_by = 'test'
					where iso3 = 'WSM' and status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'VALIDATED')""").update();
			jdbc.sql("update identity.user_account set enabled = false where id in (:ids)")
				.param("ids", List.of(focal.id()))
				.update();
		}
	}

	private String status(long cycleId) {
		return jdbc.sql("select status from assessment.cycle where id = :id").param("id", cycleId).query(String.class)
			.single();
	}

	private long version(long cycleId) {
		return jdbc.sql("select version from assessment.cycle where id = :id")
			.param("id", cycleId)
			.query(Long.class)
			.single();
	}

}
