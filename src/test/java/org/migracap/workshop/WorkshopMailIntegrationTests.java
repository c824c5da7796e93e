package org.migracap.workshop;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracap.identity.AddressVerified;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.Text;
import org.migracap.support.BrowserTest;
import org.migracap.support.Inbox;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.support.TestSmtp;
import org.migracap.workshop.domain.AgendaService;
import org.migracap.workshop.domain.Attendance;
import org.migracap.workshop.domain.RegistrationService;
import org.migracap.workshop.domain.ScopeService;
import org.migracap.workshop.domain.SessionKind;
import org.migracap.workshop.domain.WorkshopFormat;
import org.migracap.workshop.domain.WorkshopReminders;
import org.migracap.workshop.domain.WorkshopService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Workshop mail against a real SMTP server (GreenMail): the invitation in the invitee's language with a personal
 * registration link (its own, expired, unknown and another person's), the confirmation with the participant's
 * iCalendar file, the update after an agenda change (same UID, SEQUENCE + 1), the cancellation (METHOD:CANCEL), and
 * reminders that go out once however often the job runs.
 */
@MigraCapIntegrationTest
class WorkshopMailIntegrationTests {

	static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

	static GreenMail smtp;

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkshopService workshops;

	@Autowired
	RegistrationService registrations;

	@Autowired
	ScopeService scope;

	@Autowired
	AgendaService agenda;

	@Autowired
	WorkshopReminders reminders;

	@Autowired
	IdentityApi identity;

	@Autowired
	UserService users;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	WorkshopTestData data;

	CurrentUser facilitator;

	@BeforeAll
	static void startSmtp() {
		smtp = TestSmtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@BeforeEach
	void setUp() {
		data = new WorkshopTestData(workshops, registrations, identity);
		facilitator = data.user("facilitator");
	}

	RequestPostProcessor as(String username) {
		UserDetails principal = details.loadUserByUsername(username);
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

	/**
	 * A participant account of its own, its address verified, and an invitation by hand to its address in
	 * {@code language}.
	 */
	String invitedParticipant(long workshopId, String language) {
		return invitedParticipant(workshopId, language, true);
	}

	String invitedParticipant(long workshopId, String language, boolean verified) {
		String username = "invitee." + UUID.randomUUID().toString().substring(0, 8);
		UserService.UserRecord made = users.create(new UserService.NewUser(username, username + "@example.org",
				"Invitee " + username, Set.of(Role.PARTICIPANT), null, language, BrowserTest.DEMO_PASSWORD));
		jdbc.sql("update identity.user_account set email_verified = :v where id = :id")
			.param("v", verified)
			.param("id", made.id())
			.update();
		scope.addContact(workshopId, new ScopeService.ContactCommand("Invitee " + username, username + "@example.org",
				null, "Ministry", language), facilitator);
		return username;
	}

	long registrationCount(long workshopId) {
		return jdbc.sql("select count(*) from workshop.registration where workshop_id = :w")
			.param("w", workshopId)
			.query(Long.class)
			.single();
	}

	@Test
	void theInvitationArrivesInTheInviteesLanguageAndItsLinkLeadsOnlyTheInviteeToTheForm() throws Exception {
		String title = "Mail dialogue " + UUID.randomUUID().toString().substring(0, 6);
		long id = data.published(title, null, WorkshopFormat.IN_PERSON);
		String username = invitedParticipant(id, "fr");
		scope.send(id, facilitator);

		MimeMessage invitation = await(username + "@example.org", "Invitation à l’atelier ");
		assertThat(Inbox.subject(invitation)).isEqualTo("Invitation à l’atelier " + title + " (FR)");
		assertThat(Inbox.header(invitation, "Content-Language")).isEqualTo("fr");
		assertThat(Inbox.part(invitation, "text/plain")).contains("Bonjour Invitee " + username);
		String link = Inbox.link(invitation);
		assertThat(link).contains("/workshops/invitation?token=");
		String path = link.substring(link.indexOf("/workshops/invitation"));

		mvc.perform(get(path).with(anonymous())).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?lang=fr"));
		mvc.perform(get(path).with(as(username))).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/workshops/" + id + "/register?lang=fr"));

		long before = registrationCount(id);
		mvc.perform(get(path).with(as("participant")).header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("This registration link was sent to somebody else.")));
		mvc.perform(get("/workshops/invitation?token=not-a-token").with(as(username)).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This registration link is not valid.")));
		String token = path.substring(path.indexOf("token=") + 6);
		jdbc.sql("update workshop.invitation_link set expires_at = :past where token_hash = :hash")
			.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(60)))
			.param("hash", sha256(token))
			.update();
		mvc.perform(get(path).with(as(username)).header("Accept-Language", "en"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This registration link has expired")));
		assertThat(registrationCount(id)).isEqualTo(before);
		assertThat(jdbc.sql("select status from workshop.invitation where workshop_id = :w and email = :e")
			.param("w", id)
			.param("e", username + "@example.org")
			.query(String.class)
			.single()).isEqualTo("SENT");
	}

	@Test
	void theConfirmationCarriesTheCalendarAnAgendaChangeUpdatesItAndCancellingCancelsIt() throws Exception {
		long id = data.published("Calendar dialogue " + UUID.randomUUID().toString().substring(0, 6), null,
				WorkshopFormat.IN_PERSON);
		LocalDate first = workshops.view(id, Optional.of(facilitator), Locale.ENGLISH).startDate();
		workshops.setCalendar(id, "Africa/Nairobi", first.minusDays(2), facilitator);
		agenda.addRoom(id, "Hall", 100, true, facilitator);
		long opening = agenda.createSession(id, new AgendaService.SessionCommand(SessionKind.PLENARY,
				Text.of("Opening", "Ouverture", null), Text.of(null, null, null), List.of(), 30, false), facilitator);
		agenda.schedule(id, facilitator, Locale.ENGLISH);
		AgendaService.AgendaView view = agenda.agenda(id, Optional.of(facilitator), Locale.ENGLISH);
		AgendaService.SessionView placed = view.sessions().stream().filter(s -> s.id() == opening).findFirst().orElseThrow();
		AgendaService.SlotView slot = view.slots().stream().filter(s -> s.id() == placed.slotId()).findFirst().orElseThrow();

		String username = invitedParticipant(id, "en");
		String email = username + "@example.org";
		CurrentUser participant = data.user(username);
		registrations.register(id, command(id, username, email), participant, Locale.ENGLISH);

		MimeMessage confirmation = await(email, "Registration confirmed: ");
		assertThat(calendarContentType(confirmation)).startsWith("text/calendar").contains("method=REQUEST");
		Calendar request = calendar(confirmation);
		assertThat(request.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
		List<net.fortuna.ical4j.model.component.CalendarComponent> zones = request.getComponents(Component.VTIMEZONE);
		assertThat(zones).hasSize(1);
		assertThat(zones.getFirst().getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Africa/Nairobi");
		List<VEvent> events = request.getComponents(Component.VEVENT);
		assertThat(events).hasSize(2);
		assertThat(events.get(0).getProperty(Property.DTSTART).orElseThrow().getValue())
			.isEqualTo(first.toString().replace("-", ""));
		VEvent session = events.get(1);
		assertThat(session.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Opening");
		Property start = session.getProperty(Property.DTSTART).orElseThrow();
		assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Africa/Nairobi");
		assertThat(start.getValue()).isEqualTo(ical(slot.day().atTime(slot.startsAt())));
		assertThat(session.getProperty(Property.DTEND).orElseThrow().getValue())
			.isEqualTo(ical(slot.day().atTime(slot.endsAt())));
		String uid = session.getProperty(Property.UID).orElseThrow().getValue();
		int sequence = Integer.parseInt(session.getProperty(Property.SEQUENCE).orElseThrow().getValue());

		// the administrators see the file with its message
		long messageId = Long.parseLong(Inbox.header(confirmation, "X-MigraCap-Message"));
		mvc.perform(get("/admin/mail/" + messageId).with(as("admin")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("workshop-" + id + ".ics")));

		AgendaService.SlotView other = view.slots().stream().filter(s -> s.id() != slot.id()).findFirst().orElseThrow();
		agenda.move(id, opening, other.id(), placed.roomId(), facilitator, Locale.ENGLISH);
		Calendar update = calendar(await(email, "Agenda changed: "));
		VEvent moved = update.<VEvent>getComponents(Component.VEVENT).get(1);
		assertThat(moved.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
		assertThat(moved.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo(String.valueOf(sequence + 1));
		assertThat(moved.getProperty(Property.DTSTART).orElseThrow().getValue())
			.isEqualTo(ical(other.day().atTime(other.startsAt())));

		registrations.cancelMine(id, participant);
		MimeMessage cancellation = await(email, "Registration cancelled: ");
		assertThat(calendarContentType(cancellation)).contains("method=CANCEL");
		Calendar cancel = calendar(cancellation);
		assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		assertThat(cancel.<VEvent>getComponents(Component.VEVENT)).hasSize(2).allSatisfy(e -> {
			assertThat(e.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
			assertThat(e.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo(String.valueOf(sequence + 2));
		});
		assertThat(cancel.<VEvent>getComponents(Component.VEVENT).get(1).getProperty(Property.UID).orElseThrow()
			.getValue()).isEqualTo(uid);
	}

	@Test
	void remindersGoOutOnceEvenWhenTheJobRunsTwice() {
		long id = data.published("Reminder dialogue " + UUID.randomUUID().toString().substring(0, 6), null,
				WorkshopFormat.IN_PERSON);
		LocalDate first = workshops.view(id, Optional.of(facilitator), Locale.ENGLISH).startDate();
		LocalDate deadline = first.minusDays(3);
		workshops.setCalendar(id, "Africa/Nairobi", deadline, facilitator);
		String late = invitedParticipant(id, "fr");
		String registered = invitedParticipant(id, "en");
		scope.send(id, facilitator);
		registrations.register(id, command(id, registered, registered + "@example.org"), data.user(registered),
				Locale.ENGLISH);

		// a day before the deadline ends (in Nairobi): the one who has not registered is reminded, once
		Instant dayBeforeDeadlineEnds = deadline.atStartOfDay(NAIROBI).toInstant();
		assertThat(reminders.send(id, dayBeforeDeadlineEnds.minus(Duration.ofDays(4)))).isZero();
		assertThat(reminders.send(id, dayBeforeDeadlineEnds)).isEqualTo(1);
		assertThat(reminders.send(id, dayBeforeDeadlineEnds.plusSeconds(3600))).isZero();
		assertThat(sent("workshop.reminder.deadline", late)).isEqualTo(1);
		assertThat(sent("workshop.reminder.deadline", registered)).isZero();
		MimeMessage reminder = await(late + "@example.org", "Les inscriptions ferment bientôt : ");
		assertThat(Inbox.link(reminder)).contains("/workshops/invitation?token=");

		// a day before the workshop: the registered participant is reminded, once
		Instant dayBeforeStart = first.minusDays(1).atStartOfDay(NAIROBI).toInstant();
		assertThat(reminders.send(id, dayBeforeStart)).isEqualTo(1);
		assertThat(reminders.send(id, dayBeforeStart)).isZero();
		assertThat(sent("workshop.reminder.start", registered)).isEqualTo(1);
		assertThat(sent("workshop.reminder.start", late)).isZero();
	}

	@Test
	void onlyAVerifiedOrAnInvitationProvenAddressGetsMailOtherThanTheInvitation() throws Exception {
		long id = data.published("Proof dialogue " + UUID.randomUUID().toString().substring(0, 6), null,
				WorkshopFormat.IN_PERSON);
		LocalDate first = workshops.view(id, Optional.of(facilitator), Locale.ENGLISH).startDate();
		workshops.setCalendar(id, "Africa/Nairobi", first.minusDays(3), facilitator);
		String unverified = invitedParticipant(id, "en", false);
		String verified = invitedParticipant(id, "en", true);
		String invited = invitedParticipant(id, "en", false);
		String typedByHand = "typed." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

		// the invitation goes to every invited address, verified or not
		scope.send(id, facilitator);
		MimeMessage invitation = await(invited + "@example.org", "Invitation to the workshop ");
		assertThat(sent("workshop.invitation", unverified)).isEqualTo(1);
		// the invited person follows the personal link while signed out: that proves the address it was sent to
		String link = Inbox.link(invitation);
		mvc.perform(get(link.substring(link.indexOf("/workshops/invitation"))).with(anonymous()))
			.andExpect(status().is3xxRedirection());

		registrations.register(id, command(id, unverified, unverified + "@example.org"), data.user(unverified),
				Locale.ENGLISH);
		registrations.register(id, command(id, verified, verified + "@example.org"), data.user(verified),
				Locale.ENGLISH);
		registrations.register(id, command(id, invited, invited + "@example.org"), data.user(invited),
				Locale.ENGLISH);
		// the verified participant registers with another address, which nothing proves
		String other = invitedParticipant(id, "en", true);
		registrations.register(id, command(id, other, typedByHand), data.user(other), Locale.ENGLISH);

		await(verified + "@example.org", "Registration confirmed: ");
		await(invited + "@example.org", "Registration confirmed: ");
		assertThat(sent("workshop.confirmation", verified)).isEqualTo(1);
		assertThat(sent("workshop.confirmation", invited)).isEqualTo(1);
		assertThat(sent("workshop.confirmation", unverified)).isZero();
		assertThat(jdbc.sql("select count(*) from mail.outgoing_mail where recipient = :r")
			.param("r", typedByHand)
			.query(Long.class)
			.single()).isZero();

		// the reminder before the workshop: the proven addresses only, and the unproven one once it is verified
		Instant dayBeforeStart = first.minusDays(1).atStartOfDay(NAIROBI).toInstant();
		assertThat(reminders.send(id, dayBeforeStart)).isEqualTo(2);
		assertThat(sent("workshop.reminder.start", unverified)).isZero();
		jdbc.sql("update identity.user_account set email_verified = true where username = :u")
			.param("u", unverified)
			.update();
		assertThat(reminders.send(id, dayBeforeStart.plusSeconds(60))).isEqualTo(1);
		assertThat(sent("workshop.reminder.start", unverified)).isEqualTo(1);
		assertThat(sent("workshop.reminder.start", verified)).isEqualTo(1);
	}

	@Test
	void theConfirmationHeldForAnUnprovenAddressGoesOutOnceTheAddressIsVerified() throws Exception {
		long id = data.published("Held dialogue " + UUID.randomUUID().toString().substring(0, 6), null,
				WorkshopFormat.IN_PERSON);
		String unverified = invitedParticipant(id, "en", false);
		String address = unverified + "@example.org";
		registrations.register(id, command(id, unverified, address), data.user(unverified), Locale.ENGLISH);
		assertThat(sent("workshop.confirmation", unverified)).as("held: the address is not proven").isZero();

		// the participant follows the verification link sent when the account was made, from the mailbox
		MimeMessage verification = await(address, "Confirm your e-mail address");
		String link = Inbox.link(verification);
		mvc.perform(get(link.substring(link.indexOf("/account/verify"))).with(anonymous())).andExpect(status().isOk());

		MimeMessage confirmation = await(address, "Registration confirmed: ");
		assertThat(calendar(confirmation).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
		assertThat(sent("workshop.confirmation", unverified)).isEqualTo(1);

		// a second proof of the same address (a password set from a reset link, say) sends nothing again
		new TransactionTemplate(transactions).executeWithoutResult(
				status -> events.publishEvent(new AddressVerified(data.user(unverified).id(), address)));
		Instant until = Instant.now().plusSeconds(30);
		while (pendingAddressEvents() > 0 && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		assertThat(pendingAddressEvents()).as("the second event was handled").isZero();
		assertThat(sent("workshop.confirmation", unverified)).isEqualTo(1);
	}

	long pendingAddressEvents() {
		return jdbc.sql("select count(*) from event_publication where event_type like '%AddressVerified'"
				+ " and completion_date is null")
			.query(Long.class)
			.single();
	}

	long sent(String kind, String username) {
		return jdbc.sql("select count(*) from mail.outgoing_mail where kind = :k and recipient = :r")
			.param("k", kind)
			.param("r", username.contains("@") ? username : username + "@example.org")
			.query(Long.class)
			.single();
	}

	RegistrationService.RegistrationCommand command(long workshopId, String username, String email) {
		Map<Long, String> answers = new HashMap<>();
		for (RegistrationService.QuestionView q : registrations.questions(workshopId, Optional.of(facilitator),
				Locale.ENGLISH)) {
			if (q.required()) {
				answers.put(q.id(), "no");
			}
		}
		return new RegistrationService.RegistrationCommand("Invitee " + username, email, null, null, null, "en",
				Attendance.IN_PERSON, null, null, null, answers);
	}

	MimeMessage await(String email, String subjectStart) {
		return await(smtp, email, subjectStart);
	}

	/** The first message to the address whose subject starts so, waiting for it up to 30 seconds. */
	static MimeMessage await(GreenMail smtp, String email, String subjectStart) {
		Instant until = Instant.now().plusSeconds(30);
		while (Instant.now().isBefore(until)) {
			Optional<MimeMessage> found = Inbox.to(smtp, email)
				.stream()
				.filter(m -> Inbox.subject(m).startsWith(subjectStart))
				.findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("No message \"" + subjectStart + "…\" to " + email);
	}

	static String ical(LocalDateTime local) {
		return local.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
	}

	static String sha256(String token) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}

	static Calendar calendar(MimeMessage message) throws Exception {
		return new CalendarBuilder().build(new StringReader(calendarText(calendarPart(message))));
	}

	static String calendarContentType(MimeMessage message) throws Exception {
		return calendarPart(message).getContentType().replaceAll("\\s+", " ");
	}

	static Part calendarPart(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/calendar")) {
			return part;
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				try {
					return calendarPart(body);
				}
				catch (AssertionError notHere) {
					// look further
				}
			}
		}
		throw new AssertionError("No text/calendar part");
	}

	static String calendarText(Part part) throws MessagingException, IOException {
		try (InputStream in = part.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
