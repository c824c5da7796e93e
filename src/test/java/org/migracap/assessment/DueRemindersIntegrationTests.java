package org.migracap.assessment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migracap.assessment.domain.CycleKind;
import org.migracap.assessment.domain.CycleService;
import org.migracap.assessment.domain.CycleView;
import org.migracap.assessment.domain.DueReminders;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.identity.domain.UserService;
import org.migracap.mail.MailApi;
import org.migracap.mail.domain.Outbox;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.support.Inbox;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A cycle's due date and its reminders, against a real SMTP server (GreenMail): the due date is set when a cycle is
 * started or later by IOM staff, never in the past; the focal points of a country whose cycle is still a draft get
 * exactly one mail per step (a week before, on the day, after it) however often and however concurrently the job
 * runs; a submitted cycle gets none. Runs on Nauru and Kiribati, which no other test uses; each run makes its own
 * users and disables them at the end.
 */
@MigraCapIntegrationTest
class DueRemindersIntegrationTests {

	static GreenMail smtp;

	@Autowired
	UserService users;

	@Autowired
	CycleService cycles;

	@Autowired
	DueReminders reminders;

	@Autowired
	Outbox outbox;

	@Autowired
	MailApi mail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@BeforeAll
	static void startSmtp() {
		smtp = TestSmtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	private UserService.UserRecord user(String name, String country, String language, boolean verified) {
		String username = name + "." + UUID.randomUUID().toString().substring(0, 6);
		UserService.UserRecord made = users.create(new UserService.NewUser(username, username + "@example.org",
				"Due " + name, Set.of(Role.FOCAL_POINT), country, language, "a long enough secret"));
		jdbc.sql("update identity.user_account set email_verified = :v where id = :id")
			.param("v", verified)
			.param("id", made.id())
			.update();
		return made;
	}

	private void closeOpenCyclesOf(String iso3) {
		jdbc.sql("""
				update assessment.cycle set status = 'PUBLISHED', published_at = created_at, published_by = 'test'
				where iso3 = :c and status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'VALIDATED')""")
			.param("c", iso3)
			.update();
	}

	/** Removes the cycles of a country that this test made (no answers, no scores), so that no other test sees them. */
	private void removeCyclesMadeBy(String iso3, UserService.UserRecord user) {
		List<Long> ids = jdbc.sql("select id from assessment.cycle where iso3 = :c and created_by = :u")
			.param("c", iso3)
			.param("u", user.username())
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return;
		}
		for (String table : List.of("assessment.due_reminder", "assessment.workflow_step")) {
			jdbc.sql("delete from " + table + " where cycle_id in (:ids)").param("ids", ids).update();
		}
		jdbc.sql("delete from assessment.cycle where id in (:ids)").param("ids", ids).update();
	}

	private static CurrentUser focal(UserService.UserRecord user, String iso3) {
		return new CurrentUser(user.id(), user.username(), user.displayName(), Set.of(Role.FOCAL_POINT), iso3);
	}

	private static final CurrentUser STAFF = new CurrentUser(91, "coordinator", "Coordinator",
			Set.of(Role.COORDINATOR), null);

	private void disable(UserService.UserRecord... made) {
		for (UserService.UserRecord user : made) {
			jdbc.sql("update identity.user_account set enabled = false where id = :id").param("id", user.id()).update();
		}
	}

	@Test
	void theFocalPointsOfADraftAreRemindedOncePerStepAndASubmittedCycleGetsNone() throws Exception {
		closeOpenCyclesOf("NRU");
		closeOpenCyclesOf("KIR");
		UserService.UserRecord nauru = user("focal.nru", "NRU", "fr", true);
		UserService.UserRecord unverified = user("focal.nru.unverified", "NRU", "en", false);
		UserService.UserRecord kiribati = user("focal.kir", "KIR", "en", true);
		LocalDate today = LocalDate.now();
		LocalDate due = today.plusDays(5);
		int year = Year.now().getValue();
		try {
			CycleView draft = cycles.create("NRU", new CycleService.NewCycle(FrameworkService.CORE, CycleKind.SELF,
					year, null, null, Confidentiality.PRIVATE, due), focal(nauru, "NRU"));
			assertThat(draft.dueDate()).isEqualTo(due);
			CycleView submitted = cycles.create("KIR", new CycleService.NewCycle(FrameworkService.CORE,
					CycleKind.SELF, year, null, null, Confidentiality.PRIVATE, due), focal(kiribati, "KIR"));
			jdbc.sql("update assessment.cycle set status = 'SUBMITTED' where id = :id")
				.param("id", submitted.id())
				.update();

			// too early: more than a week before
			assertThat(reminders.remind(due.minusDays(8))).isZero();
			// a week before, on the day and after it: each step once, even when two instances run at the same time
			for (LocalDate day : List.of(today, due, due.plusDays(1))) {
				CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> reminders.remind(day));
				CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> reminders.remind(day));
				reminders.remind(day);
				first.get();
				second.get();
			}
			assertThat(jdbc.sql("select cycle_id, kind from assessment.due_reminder where cycle_id in (:ids)")
				.param("ids", List.of(draft.id(), submitted.id()))
				.query((rs, i) -> rs.getLong("cycle_id") + ":" + rs.getString("kind"))
				.list()).containsExactlyInAnyOrder(draft.id() + ":SOON", draft.id() + ":DUE",
						draft.id() + ":OVERDUE");

			// the account's address verification mail, then the three reminders
			List<MimeMessage> received = Inbox.await(smtp, nauru.email(), 4, Duration.ofSeconds(30))
				.stream()
				.filter(m -> !Inbox.header(m, "List-Unsubscribe").isEmpty())
				.toList();
			assertThat(received.stream().map(Inbox::subject)).containsExactlyInAnyOrder(
					"Nauru : l'évaluation des capacités " + year + " est attendue pour le " + due
							+ ". Merci de la compléter et de la soumettre.",
					"Nauru : l'évaluation des capacités " + year + " est attendue aujourd'hui (" + due + ").",
					"Nauru : l'évaluation des capacités " + year + " était attendue pour le " + due
							+ " et n'a pas encore été soumise.");
			assertThat(received.stream().map(Inbox::link))
				.containsOnly(mail.baseUrl() + "/assessments/" + draft.id());
			assertThat(received).allSatisfy(m -> {
				assertThat(Inbox.header(m, "Content-Language")).isEqualTo("fr");
				assertThat(Inbox.header(m, "List-Unsubscribe")).contains("/mail/unsubscribe/");
				assertThat(Inbox.part(m, "text/html")).contains("/assessments/" + draft.id());
			});
			assertThat(outbox.to(nauru.email()).stream().filter(m -> m.kind().startsWith("assessment.")))
				.extracting(Outbox.Message::kind)
				.containsExactlyInAnyOrder("assessment.dueSoon", "assessment.dueToday", "assessment.overdue");
			// (each new account also got its address verification mail, which is not a reminder)
			assertThat(outbox.to(unverified.email()).stream().filter(m -> m.kind().startsWith("assessment."))).isEmpty();
			assertThat(outbox.to(kiribati.email()).stream().filter(m -> m.kind().startsWith("assessment."))).isEmpty();

			// a moved due date gets reminders of its own
			cycles.setDueDate(draft.id(), cycles.get(draft.id(), java.util.Optional.of(STAFF)).version(),
					today.plusDays(2), STAFF);
			assertThat(reminders.remind(today)).isEqualTo(1);
			assertThat(reminders.remind(today)).isZero();
		}
		finally {
			removeCyclesMadeBy("NRU", nauru);
			removeCyclesMadeBy("KIR", kiribati);
			disable(nauru, unverified, kiribati);
		}
	}

	@Test
	void aDueDateIsNeverInThePastAndOnlyStaffMoveIt() throws Exception {
		closeOpenCyclesOf("NRU");
		UserService.UserRecord nauru = user("focal.nru.rules", "NRU", "en", true);
		try {
			LocalDate yesterday = LocalDate.now().minusDays(1);
			assertThatThrownBy(() -> cycles.create("NRU", new CycleService.NewCycle(FrameworkService.CORE,
					CycleKind.SELF, Year.now().getValue(), null, null, Confidentiality.PRIVATE, yesterday),
					focal(nauru, "NRU")))
				.isInstanceOfSatisfying(RuleViolationException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("assessment.cycle.error.dueDatePast"));
			assertThat(jdbc.sql("select count(*) from assessment.cycle where iso3 = 'NRU' and status = 'DRAFT'")
				.query(Integer.class)
				.single()).isZero();

			// the page form answers the clear message next to the field and starts nothing
			mvc.perform(post("/assessments").with(as("coordinator")).with(csrf())
				.param("iso3", "NRU")
				.param("frameworkCode", FrameworkService.CORE)
				.param("kind", "SELF")
				.param("year", String.valueOf(Year.now().getValue()))
				.param("confidentiality", "PRIVATE")
				.param("dueDate", yesterday.toString())
				.header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The due date " + yesterday
						+ " is in the past. Choose today or a later date, or leave it empty.")));
			assertThat(jdbc.sql("select count(*) from assessment.cycle where iso3 = 'NRU' and status = 'DRAFT'")
				.query(Integer.class)
				.single()).isZero();

			CycleView cycle = cycles.create("NRU", new CycleService.NewCycle(FrameworkService.CORE, CycleKind.SELF,
					Year.now().getValue(), null, null, Confidentiality.PRIVATE), focal(nauru, "NRU"));
			assertThat(cycle.dueDate()).isNull();
			assertThatThrownBy(() -> cycles.setDueDate(cycle.id(), cycle.version(), LocalDate.now().plusDays(9),
					focal(nauru, "NRU")))
				.isInstanceOf(AccessDeniedException.class);

			LocalDate due = LocalDate.now().plusDays(30);
			mvc.perform(post("/assessments/{id}/due-date", cycle.id()).with(as("coordinator")).with(csrf())
				.param("version", String.valueOf(cycle.version()))
				.param("dueDate", due.toString()))
				.andExpect(status().is3xxRedirection());
			assertThat(cycles.get(cycle.id(), java.util.Optional.of(STAFF)).dueDate()).isEqualTo(due);
			mvc.perform(get("/assessments/{id}", cycle.id()).with(as("coordinator")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("datetime=\"" + due + "\"")))
				.andExpect(content().string(containsString("id=\"due-date-form\"")));

			mvc.perform(post("/assessments/{id}/due-date", cycle.id()).with(as("coordinator")).with(csrf())
				.param("version", String.valueOf(cycles.get(cycle.id(), java.util.Optional.of(STAFF)).version()))
				.param("dueDate", yesterday.toString()))
				.andExpect(status().is3xxRedirection());
			assertThat(cycles.get(cycle.id(), java.util.Optional.of(STAFF)).dueDate()).isEqualTo(due);
		}
		finally {
			removeCyclesMadeBy("NRU", nauru);
			disable(nauru);
		}
	}

	RequestPostProcessor as(String username) {
		UserDetails principal = userDetails.loadUserByUsername(username);
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

}
