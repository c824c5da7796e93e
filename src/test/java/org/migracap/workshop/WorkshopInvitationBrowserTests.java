package org.migracap.workshop;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;
import org.migracap.support.BrowserTest;
import org.migracap.support.Inbox;
import org.migracap.support.TestSmtp;
import org.migracap.workshop.domain.AgendaService;
import org.migracap.workshop.domain.ScopeService;
import org.migracap.workshop.domain.SessionKind;
import org.migracap.workshop.domain.WorkshopFormat;
import org.migracap.workshop.domain.WorkshopService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participant's journey (JOURNEYS.md, "A participant") from the invitation e-mail that GreenMail received: follow
 * the personal link in Chromium, sign in, register in French, and receive the confirmation with the agenda in French
 * and the calendar file of the sessions.
 */
class WorkshopInvitationBrowserTests extends BrowserTest {

	static GreenMail smtp;

	@Autowired
	WorkshopService workshops;

	@Autowired
	ScopeService scope;

	@Autowired
	AgendaService agenda;

	@Autowired
	IdentityApi identity;

	@Autowired
	UserService users;

	@BeforeAll
	static void startSmtp() {
		smtp = TestSmtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void theInvitedParticipantFollowsTheLinkSignsInRegistersInFrenchAndGetsTheCalendar() throws Exception {
		var f = identity.user("facilitator").orElseThrow();
		CurrentUser facilitator = new CurrentUser(f.id(), f.username(), f.displayName(), f.roles(), f.countryCode());
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		long id = workshops.create(new WorkshopService.WorkshopCommand(
				Text.of("Border dialogue " + suffix, "Dialogue sur les frontières " + suffix, null),
				Text.of(null, null, null), EnumSet.of(FocusArea.B, FocusArea.X), List.of("en", "fr"),
				WorkshopFormat.IN_PERSON, "Dakar", LocalDate.now().plusDays(8), LocalDate.now().plusDays(9), null,
				List.of()), facilitator);
		workshops.setCalendar(id, "Africa/Dakar", LocalDate.now().plusDays(6), facilitator);
		workshops.publish(id, facilitator);
		workshops.setRegistrationOpen(id, true, facilitator);
		agenda.addRoom(id, "Salle Gorée", 40, true, facilitator);
		agenda.createSession(id, new AgendaService.SessionCommand(SessionKind.PLENARY,
				Text.of("Opening session", "Séance d’ouverture", null), Text.of(null, null, null), List.of(), 20, true),
				facilitator);
		agenda.schedule(id, facilitator, Locale.ENGLISH);
		AgendaService.SessionView opening = agenda.agenda(id, Optional.of(facilitator), Locale.FRENCH).sessions().getFirst();

		String username = "guest." + suffix;
		String email = username + "@example.org";
		users.create(new UserService.NewUser(username, email, "Awa Ndiaye " + suffix, Set.of(Role.PARTICIPANT), null,
				"fr", DEMO_PASSWORD));
		scope.addContact(id, new ScopeService.ContactCommand("Awa Ndiaye " + suffix, email, "SEN", "Ministère", "fr"),
				facilitator);
		scope.send(id, facilitator);

		MimeMessage invitation = WorkshopMailIntegrationTests.await(smtp, email, "Invitation à l’atelier ");
		assertThat(Inbox.subject(invitation)).isEqualTo("Invitation à l’atelier Dialogue sur les frontières " + suffix);
		page.navigate(Inbox.link(invitation));
		page.waitForURL(url -> url.contains("/login"));
		assertAccessible();
		page.locator("#username").fill(username);
		page.locator("#password").fill(DEMO_PASSWORD);
		page.locator("#login-submit").click();
		page.waitForURL(url -> url.contains("/workshops/" + id + "/register"));
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		assertAccessible();
		page.locator("input[name=language][value=fr]").check();
		Locator required = page.locator("input[type=radio][value=no]");
		for (int i = 0; i < required.count(); i++) {
			required.nth(i).check();
		}
		page.locator("#submit-registration").click();
		assertThat(page.locator("#registration-status")).containsText("Vous êtes inscrit");
		assertAccessible();

		MimeMessage confirmation = WorkshopMailIntegrationTests.await(smtp, email, "Inscription confirmée : ");
		assertThat(Inbox.part(confirmation, "text/plain")).contains("Séance d’ouverture");
		Calendar calendar = new CalendarBuilder().build(new StringReader(
				WorkshopMailIntegrationTests.calendarText(WorkshopMailIntegrationTests.calendarPart(confirmation))));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(2);
		assertThat(events.get(1).getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Séance d’ouverture");
		// ical4j names the zone by its tzdb canonical id: Africa/Dakar is a link to Africa/Abidjan (same rules)
		String tzid = events.get(1).getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow()
			.getValue();
		assertThat(java.time.ZoneId.of(tzid).getRules()).isEqualTo(java.time.ZoneId.of("Africa/Dakar").getRules());
		assertThat(events.get(1).getProperty(Property.DTSTART).orElseThrow().getValue())
			.isEqualTo(WorkshopMailIntegrationTests.ical(
					java.util.Objects.requireNonNull(opening.slot()).day().atTime(opening.slot().startsAt())));
	}

}
