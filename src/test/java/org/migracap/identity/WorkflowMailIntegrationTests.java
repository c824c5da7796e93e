package org.migracap.identity;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
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
import org.migracap.mail.domain.Digests;
import org.migracap.mail.domain.Outbox;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.programme.domain.ProgrammeService;
import org.migracap.programme.domain.ResultReminders;
import org.migracap.reference.FocusArea;
import org.migracap.request.HelpKind;
import org.migracap.request.Urgency;
import org.migracap.request.domain.RequestService;
import org.migracap.support.Inbox;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail that goes with the assessment workflow's notifications, against a real SMTP server (GreenMail): each
 * message reaches the right people in their language with the link back; an unverified address gets none; a kind set
 * to none sends nothing and one set to the digest arrives once, in the daily digest; the RFC 8058 headers are there
 * and the one-click POST, with no session and no CSRF token, turns the kind off, while a forged token changes
 * nothing. Runs on Tonga, which no other test uses; each run makes its own users and disables them at the end.
 */
// An application context of its own: the one-click unsubscribe is posted over real HTTP and must make no session,
// but MockMvc's csrf() post-processor, used by other tests, swaps the shared context's CSRF token repository for a
// session-backed one (see CsrfRefusalIntegrationTests).
@MigraCapIntegrationTest
@TestPropertySource(properties = "migracap.test.context=workflow-mail")
@DirtiesContext
class WorkflowMailIntegrationTests {

	static GreenMail smtp;

	@Autowired
	UserService users;

	@Autowired
	CycleService cycles;

	@Autowired
	MailApi mail;

	@Autowired
	Digests digests;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgrammeService programmes;

	@Autowired
	ResultReminders reminders;

	@Autowired
	RequestService requests;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startSmtp() {
		smtp = TestSmtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	private UserService.UserRecord user(String name, Set<Role> roles, String country, String language,
			boolean verified) {
		String username = name + "." + UUID.randomUUID().toString().substring(0, 6);
		UserService.UserRecord made = users.create(new UserService.NewUser(username, username + "@example.org",
				"Mail " + name, roles, country, language, "a long enough secret"));
		jdbc.sql("update identity.user_account set email_verified = :v where id = :id")
			.param("v", verified)
			.param("id", made.id())
			.update();
		return made;
	}

	private List<MimeMessage> workflow(String address) {
		return Inbox.to(smtp, address)
			.stream()
			.filter(m -> !Inbox.header(m, "List-Unsubscribe").isEmpty())
			.toList();
	}

	private static void closeOpenCyclesOf(JdbcClient jdbc, String iso3) {
		jdbc.sql("""
				update assessment.cycle set status = 'PUBLISHED', published_at = created_at, published_by = 'test'
				where iso3 = :c and status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'VALIDATED')""")
			.param("c", iso3)
			.update();
	}

	@Test
	@WithUserDetails("admin")
	void theAssessmentWorkflowMailsTheRightPeopleInTheirLanguageAsTheyChose() throws Exception {
		closeOpenCyclesOf(jdbc, "TON");
		UserService.UserRecord focal = user("focal.ton", Set.of(Role.FOCAL_POINT), "TON", "fr", true);
		UserService.UserRecord unverified = user("focal.ton.unverified", Set.of(Role.FOCAL_POINT), "TON", "en",
				false);
		UserService.UserRecord coordinator = user("coord", Set.of(Role.COORDINATOR), null, "es", true);
		CurrentUser focalActor = new CurrentUser(focal.id(), focal.username(), focal.displayName(),
				Set.of(Role.FOCAL_POINT), "TON");
		CurrentUser coordinatorActor = new CurrentUser(coordinator.id(), coordinator.username(), "Carmen Coordinadora",
				Set.of(Role.COORDINATOR), null);
		try {
			CycleView cycle = cycles.create("TON", new CycleService.NewCycle(FrameworkService.CORE, CycleKind.SELF,
					2026, null, null, Confidentiality.PRIVATE), focalActor);
			String link = "http://localhost:" + port + "/assessments/" + cycle.id();
			cycles.answer(cycle.id(), "B1", Answer.level(2), null, focalActor);
			CycleView submitted = cycles.submit(cycle.id(), version(cycle.id()), focalActor);

			MimeMessage toCoordinator = Inbox.await(smtp, coordinator.email(), 2, Duration.ofSeconds(20))
				.stream()
				.filter(m -> Inbox.subject(m).contains("evaluación"))
				.findFirst()
				.orElseThrow();
			assertThat(Inbox.subject(toCoordinator)).isEqualTo("Tonga envió su evaluación de capacidades 2026 para validación.");
			assertThat(Inbox.header(toCoordinator, "Content-Language")).isEqualTo("es");
			assertThat(Inbox.link(toCoordinator)).isEqualTo(link);
			assertThat(Inbox.part(toCoordinator, "text/html")).contains("href=\"" + link + "\"")
				.contains("Abrir en MigraCap");

			cycles.returnWithComments(cycle.id(), submitted.version(), "Ajoutez une preuve pour B1.", Map.of(),
					coordinatorActor);
			MimeMessage returned = Inbox.await(smtp, focal.email(), 2, Duration.ofSeconds(20))
				.stream()
				.filter(m -> Inbox.subject(m).contains("renvoyée"))
				.findFirst()
				.orElseThrow();
			assertThat(Inbox.subject(returned))
				.isEqualTo("Votre évaluation des capacités 2026 vous a été renvoyée avec des commentaires par Carmen Coordinadora.");
			assertThat(Inbox.header(returned, "Content-Language")).isEqualTo("fr");
			assertThat(Inbox.link(returned)).isEqualTo(link);
			String unsubscribe = Inbox.header(returned, "List-Unsubscribe");
			assertThat(unsubscribe).startsWith("<http://localhost:" + port + "/mail/unsubscribe/").endsWith(">");
			assertThat(Inbox.header(returned, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
			assertThat(Inbox.part(returned, "text/plain")).contains(unsubscribe.substring(1, unsubscribe.length() - 1));

			// the focal point wants no mail on validation and the publication in the digest
			mail.prefer(focal.email(), "assessment.validated", Delivery.NONE);
			mail.prefer(focal.email(), "assessment.published", Delivery.DIGEST);
			cycles.answer(cycle.id(), "B2", Answer.level(3), null, focalActor);
			CycleView resubmitted = cycles.submit(cycle.id(), version(cycle.id()), focalActor);
			CycleView validated = cycles.validate(cycle.id(), resubmitted.version(), coordinatorActor);
			cycles.publish(cycle.id(), validated.version(), coordinatorActor);
			assertThat(digests.waiting(focal.email())).extracting(Digests.Item::subject)
				.containsExactly("Votre évaluation des capacités 2026 est publiée.");

			assertThat(digests.sendDue(Instant.now())).isPositive();
			assertThat(digests.sendDue(Instant.now())).as("one digest a day, whatever the runs").isZero();
			MimeMessage digest = Inbox.await(smtp, focal.email(), 3, Duration.ofSeconds(20))
				.stream()
				.filter(m -> Inbox.subject(m).startsWith("MigraCap : "))
				.findFirst()
				.orElseThrow();
			assertThat(Inbox.subject(digest)).isEqualTo("MigraCap : 1 notification(s) du jour");
			assertThat(Inbox.part(digest, "text/plain")).contains("Votre évaluation des capacités 2026 est publiée.")
				.contains(link);
			assertThat(Inbox.header(digest, "List-Unsubscribe")).contains("/mail/unsubscribe/");
			assertThat(digests.waiting(focal.email())).isEmpty();
			// what the focal point received: verification, returned, digest; never the validation nor the
			// publication on its own
			assertThat(outbox.to(focal.email())).extracting(Outbox.Message::kind)
				.containsExactly("identity.verification", "assessment.returned", Digests.KIND);
			assertThat(workflow(focal.email())).hasSize(2);
			assertThat(outbox.to(unverified.email())).extracting(Outbox.Message::kind)
				.containsExactly("identity.verification");

			// one-click unsubscribe: a GET only asks, a forged token changes nothing, the POST turns the kind off
			HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
			URI target = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1));
			HttpResponse<String> asked = http.send(HttpRequest.newBuilder(target).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(asked.statusCode()).isEqualTo(200);
			assertThat(asked.body()).contains("id=\"unsubscribe-confirm\"");
			assertThat(mail.preference(focal.email(), "assessment.returned")).isEqualTo(Delivery.IMMEDIATE);

			String forged = target.toString().substring(0, target.toString().length() - 3) + "AAA";
			HttpResponse<String> refused = http.send(oneClick(URI.create(forged)), HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("This unsubscribe link is not valid");
			String otherKind = MailApiTokens.resign(target.toString(), "assessment.validated");
			HttpResponse<String> swapped = http.send(oneClick(URI.create(otherKind)),
					HttpResponse.BodyHandlers.ofString());
			assertThat(swapped.statusCode()).as("a token whose kind was changed is refused").isEqualTo(400);
			assertThat(mail.preference(focal.email(), "assessment.returned")).isEqualTo(Delivery.IMMEDIATE);

			HttpResponse<String> beside = http.send(oneClick(URI.create(target + "/more")),
					HttpResponse.BodyHandlers.ofString());
			assertThat(beside.statusCode()).as("the CSRF exemption is this one path only").isEqualTo(403);

			HttpResponse<String> done = http.send(oneClick(target), HttpResponse.BodyHandlers.ofString());
			assertThat(done.statusCode()).isEqualTo(200);
			assertThat(done.headers().allValues("Set-Cookie")).as("no session is made")
				.noneMatch(c -> c.startsWith("SESSION"));
			assertThat(mail.preference(focal.email(), "assessment.returned")).isEqualTo(Delivery.NONE);
			assertThat(mail.preference(focal.email(), "assessment.published")).isEqualTo(Delivery.DIGEST);

			// the digest's own link stops every kind the address gets as a digest
			String digestUnsubscribe = Inbox.header(digest, "List-Unsubscribe");
			HttpResponse<String> noDigest = http.send(
					oneClick(URI.create(digestUnsubscribe.substring(1, digestUnsubscribe.length() - 1))),
					HttpResponse.BodyHandlers.ofString());
			assertThat(noDigest.statusCode()).isEqualTo(200);
			assertThat(mail.preference(focal.email(), "assessment.published")).isEqualTo(Delivery.NONE);
			assertThat(mail.preferences(focal.email())).containsOnlyKeys("assessment.returned", "assessment.validated",
					"assessment.published");
		}
		finally {
			closeOpenCyclesOf(jdbc, "TON");
			jdbc.sql("update identity.user_account set enabled = false where id in (:ids)")
				.param("ids", List.of(focal.id(), unverified.id(), coordinator.id()))
				.update();
		}
	}

	@Test
	@WithUserDetails("admin")
	void whoeverReportsAProgrammesResultsIsRemindedOnceBeforeAndOnceAfterThePeriodEnds() {
		UserService.UserRecord focal = user("focal.ton.results", Set.of(Role.FOCAL_POINT), "TON", "es", true);
		CurrentUser staff = new CurrentUser(91, "coordinator", "Coordinator", Set.of(Role.COORDINATOR), null);
		LocalDate today = LocalDate.now();
		try {
			String title = "Tonga border posts " + focal.username();
			long id = programmes.create(new ProgrammeService.NewProgramme(title, "Reminder test.", null,
					List.of("TON"), EnumSet.of(FocusArea.B), today.minusYears(1), today.plusYears(2), null, null,
					null), staff);
			long indicator = programmes.addIndicator(id, null, "Posts connected", 1, true, 2024, BigDecimal.ZERO,
					null, staff);
			long due = programmes.addPeriod(id, indicator, today.minusMonths(3), today.plusDays(3), BigDecimal.TEN,
					staff);
			long overdue = programmes.addPeriod(id, indicator, today.minusMonths(6), today.minusDays(1),
					BigDecimal.ONE, staff);
			long later = programmes.addPeriod(id, indicator, today, today.plusDays(60), BigDecimal.TWO, staff);
			reminders.remind(today);
			reminders.remind(today);
			assertThat(jdbc.sql("select period_id, kind from programme.result_reminder where period_id in (:ids)")
				.param("ids", List.of(due, overdue, later))
				.query((rs, i) -> rs.getLong("period_id") + ":" + rs.getString("kind"))
				.list()).containsExactlyInAnyOrder(due + ":DUE", overdue + ":OVERDUE");

			List<MimeMessage> received = Inbox.await(smtp, focal.email(), 4, Duration.ofSeconds(20));
			assertThat(received.stream().map(Inbox::subject)).contains(
					"Se esperan resultados de «" + title + "»: «Posts connected» para el período que termina el "
							+ today.plusDays(3) + ".",
					"Resultados atrasados de «" + title + "»: «Posts connected» para el período que terminó el "
							+ today.minusDays(1) + " aún no tiene valor real.");
			assertThat(received.stream().filter(m -> Inbox.subject(m).contains("«Posts connected»")).map(Inbox::link))
				.containsOnly("http://localhost:" + port + "/programmes/" + id + "#results");
			assertThat(outbox.to(focal.email()).stream().filter(m -> m.subject().contains(title)))
				.extracting(Outbox.Message::kind)
				.containsExactly("programme.created", "programme.resultsDue", "programme.resultsOverdue");
		}
		finally {
			jdbc.sql("update identity.user_account set enabled = false where id = :id").param("id", focal.id()).update();
		}
	}

	@Test
	@WithUserDetails("admin")
	void requestMailReachesTheTriageTeamTheRequesterAndTheJointCountriesFocalPoints() {
		UserService.UserRecord requester = user("focal.ton.request", Set.of(Role.FOCAL_POINT), "TON", "fr", true);
		UserService.UserRecord joint = user("focal.wsm.request", Set.of(Role.FOCAL_POINT), "WSM", "en", true);
		UserService.UserRecord triage = user("coord.request", Set.of(Role.COORDINATOR), null, "es", true);
		CurrentUser requesterActor = new CurrentUser(requester.id(), requester.username(), "Requester",
				Set.of(Role.FOCAL_POINT), "TON");
		CurrentUser triageActor = new CurrentUser(triage.id(), triage.username(), "Triage", Set.of(Role.COORDINATOR),
				null);
		try {
			String first = "Border training " + requester.username();
			String second = "Visa systems " + requester.username();
			long a = requests.submit(new RequestService.NewRequest(List.of("TON", "WSM"), EnumSet.of(FocusArea.B),
					HelpKind.TRAINING, Urgency.MEDIUM, first, "Joint training for border officers.", null, null, null,
					List.of()), requesterActor);
			long b = requests.submit(new RequestService.NewRequest(List.of("TON", "WSM"), EnumSet.of(FocusArea.B),
					HelpKind.SYSTEMS_EQUIPMENT, Urgency.LOW, second, "Visa processing systems.", null, null, null,
					List.of()), requesterActor);
			requests.askForInformation(a, requestVersion(a), "Combien d'agents ?", triageActor);
			requests.decline(b, requestVersion(b), "Out of scope", triageActor);

			assertThat(Inbox.await(smtp, triage.email(), 3, Duration.ofSeconds(20)).stream().map(Inbox::subject))
				.contains("Nueva solicitud de apoyo: «" + first + "» (TON, WSM).",
						"Nueva solicitud de apoyo: «" + second + "» (TON, WSM).");
			List<MimeMessage> toRequester = Inbox.await(smtp, requester.email(), 3, Duration.ofSeconds(20));
			assertThat(toRequester.stream().map(Inbox::subject)).contains(
					"L'OIM demande des informations complémentaires sur votre demande « " + first
							+ " » : Combien d'agents ?",
					"L'OIM a refusé votre demande « " + second + " » : Out of scope");
			assertThat(toRequester.stream().filter(m -> Inbox.subject(m).contains(second)).map(Inbox::link))
				.containsExactly("http://localhost:" + port + "/requests/" + b);
			assertThat(Inbox.await(smtp, joint.email(), 5, Duration.ofSeconds(20)).stream().map(Inbox::subject))
				.contains("A request for help was submitted for your country: \"" + first + "\".",
						"IOM asks for more information on your request \"" + first + "\": Combien d'agents ?",
						"IOM declined your request \"" + second + "\": Out of scope");
		}
		finally {
			jdbc.sql("update identity.user_account set enabled = false where id in (:ids)")
				.param("ids", List.of(requester.id(), joint.id(), triage.id()))
				.update();
		}
	}

	private long requestVersion(long id) {
		return jdbc.sql("select version from request.assistance_request where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private static HttpRequest oneClick(URI target) {
		return HttpRequest.newBuilder(target)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
			.build();
	}

	private long version(long cycleId) {
		return jdbc.sql("select version from assessment.cycle where id = :id")
			.param("id", cycleId)
			.query(Long.class)
			.single();
	}

	/** Rewrites a token's kind while keeping its signature, as someone tampering with a link would. */
	static final class MailApiTokens {

		static String resign(String url, String kind) {
			String token = url.substring(url.lastIndexOf('/') + 1);
			String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
					java.nio.charset.StandardCharsets.UTF_8);
			String changed = payload.substring(0, payload.indexOf('\n') + 1) + kind;
			return url.substring(0, url.lastIndexOf('/') + 1) + java.util.Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(changed.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
		}

	}

}
