package org.migracap.workshop;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;
import org.migracap.support.BrowserTest;
import org.migracap.workshop.domain.AgendaService;
import org.migracap.workshop.domain.BallotKind;
import org.migracap.workshop.domain.BallotService;
import org.migracap.workshop.domain.ConclusionService;
import org.migracap.workshop.domain.RegistrationService;
import org.migracap.workshop.domain.ScopeService;
import org.migracap.workshop.domain.SessionKind;
import org.migracap.workshop.domain.WorkshopFormat;
import org.migracap.workshop.domain.WorkshopService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facilitator's and the participant's journeys of JOURNEYS.md in Chromium, every page checked with axe-core.
 * The facilitator creates a bilingual workshop for the countries of two migration routes, invites, registers a
 * participant on site, builds and schedules the agenda and moves a session by hand, reads the background pack, runs a
 * ranked vote on areas and an AHP exercise on criteria, turns the ranked vote into a planning scenario's area
 * weights, records conclusions, turns an action point into a request, and concludes. The participant registers in
 * French, reads the agenda in French, votes from a phone-sized screen and reads the report.
 */
class WorkshopBrowserTests extends BrowserTest {

	@Autowired
	WorkshopService workshops;

	@Autowired
	ScopeService scope;

	@Autowired
	AgendaService agenda;

	@Autowired
	BallotService ballots;

	@Autowired
	ConclusionService conclusions;

	@Autowired
	RegistrationService registrations;

	@Autowired
	IdentityApi identity;

	@Autowired
	UserService users;

	@Test
	void theFacilitatorRunsABilingualWorkshopFromScopeToConclusions() throws Exception {
		page.onDialog(Dialog::accept);
		signIn("facilitator");
		open("/workshops/new?lang=en");
		assertAccessible();
		page.locator("#title-en").fill("Border cooperation along two routes");
		page.locator("#title-fr").fill("Coopération aux frontières le long de deux routes");
		page.locator("#description-en").fill("For policy makers of origin, transit and destination countries.");
		page.locator("#description-fr").fill("Pour les décideurs des pays d’origine, de transit et de destination.");
		page.locator("input[name=themes][value=B]").check();
		page.locator("input[name=themes][value=X]").check();
		page.locator("#format").selectOption("HYBRID");
		page.locator("#venue").fill("Guatemala City");
		page.locator("#startDate").fill(LocalDate.now().plusDays(20).toString());
		page.locator("#endDate").fill(LocalDate.now().plusDays(22).toString());
		page.locator("#capacity").fill("30");
		page.locator("#save-workshop").click();

		assertThat(page.locator("#scope-route")).isVisible();
		String workshopPath = page.url().replaceAll("^https?://[^/]+", "").replace("/scope", "");
		for (String route : List.of("Guatemala - Mexico - United States (demo)", "Senegal - Morocco - Spain (demo)")) {
			// The route's option is in the list the page has loaded (not the one of the page being replaced).
			Locator option = page.locator("#route option", new Page.LocatorOptions().setHasText(route)).first();
			assertThat(option).isAttached();
			page.locator("#route").selectOption(option.getAttribute("value"));
			page.locator("#scope-route button[type=submit]").click();
			// Wait for the page the submit answers: the route's middle country is now in scope.
			assertThat(page.locator("#scope-table")).containsText(route.split(" - ")[1]);
		}
		assertThat(page.locator("#scope-table")).containsText("Guatemala");
		assertThat(page.locator("#scope-table")).containsText("United States");
		assertThat(page.locator("#scope-table")).containsText("Senegal");
		assertThat(page.locator("#invitation-table")).containsText("Guatemala focal point (demo)");
		assertThat(page.locator("#invitation-table")).containsText("Morocco focal point (demo)");
		assertAccessible();

		open(workshopPath);
		page.locator("#publish").click();
		page.locator("#toggle-registration").click();
		assertThat(page.locator("#toggle-registration")).hasText("Close registration");
		assertThat(page.locator("#workshop-status")).hasText("Published");
		assertAccessible();
		open(workshopPath + "/scope");
		page.locator("#send-invitations").click();
		assertThat(page.locator(".alert-success[role=status]")).containsText("invitations sent");

		open(workshopPath + "/registrations/new");
		assertAccessible();
		page.locator("#name").fill("Ana On-Site");
		page.locator("#email").fill("ana.onsite@example.org");
		page.locator("#countryCode").selectOption("GTM");
		page.locator("input[name=language][value=fr]").check();
		page.locator("input[name=attendance][value=ONLINE]").check();
		page.locator("#submit-registration").click();
		assertThat(page.locator("#registration-table")).containsText("Ana On-Site");
		assertAccessible();

		open(workshopPath + "/agenda/manage");
		addRoom("Plenary hall", 100, true);
		addRoom("Annex", 30, false);
		page.locator("#speaker-name").fill("Speaker Solis");
		page.locator("#speakers form button[type=submit]").click();
		// the page the speaker's form answers, before the next click (a click on the page being replaced is lost)
		assertThat(page.locator("#speakers")).containsText("Speaker Solis");
		createSession("PLENARY", "Opening", "Ouverture", 60, true, true);
		createSession("PANEL", "Border data panel", "Table ronde sur les données", 25, false, true);
		createSession("BREAKOUT", "Working group", "Groupe de travail", 20, false, false);
		page.locator("#schedule").click();
		assertThat(page.locator(".alert-success[role=status]")).containsText("sessions scheduled");
		assertAccessible();
		page.locator("#session-table a:has-text('Border data panel')").click();
		assertThat(page.locator("#place")).isVisible();
		assertAccessible();
		String clash = (String) page.evaluate("() => Array.from(document.querySelectorAll('#place option'))"
				+ ".find(o => o.textContent.includes('Opening')).value");
		String[] slotAndRoom = clash.split(":");
		String sameSlotOtherRoom = (String) page.evaluate("slot => Array.from(document.querySelectorAll('#place option'))"
				+ ".find(o => o.value.startsWith(slot + ':') && !o.textContent.includes('Opening')).value", slotAndRoom[0]);
		page.locator("#place").selectOption(sameSlotOtherRoom);
		page.locator("#move-session").click();
		assertThat(page.locator("#move-warnings")).containsText("Speaker Solis also speaks in Opening");
		assertAccessible();

		open(workshopPath + "/pack");
		assertThat(page.locator("#pack-countries")).containsText("Morocco");
		assertThat(page.locator("#pack-prompts li")).hasCount(5);
		assertAccessible();
		APIResponse packPdf = page.request().get(url(workshopPath + "/pack.pdf?language=fr"));
		assertThat(packPdf.headers().get("content-type")).isEqualTo("application/pdf");

		open(workshopPath + "/ballots/new");
		assertAccessible();
		page.locator("input[name=kind][value=RANKED]").check();
		page.locator("#title-en").fill("Which area first?");
		page.locator("#title-fr").fill("Quel domaine d’abord ?");
		page.locator("#create-ballot").click();
		page.locator("#open-ballot").click();
		assertThat(page.locator("#ballot-status")).hasText("Open");
		Locator ranks = page.locator("#paper-ballot select[id^=paper-rank-]");
		for (int i = 0; i < ranks.count(); i++) {
			ranks.nth(i).selectOption(String.valueOf(ranks.count() - i));
		}
		page.locator("#paper-ballot button[type=submit]").click();
		assertThat(page.locator(".alert-success[role=status]")).containsText("Paper ballot recorded");
		assertThat(page.locator("#result-voters")).containsText("1 of 1");
		assertAccessible();
		page.locator("#close-ballot").click();
		assertThat(page.locator("#result-ranking")).containsText("Cooperation");
		assertThat(page.locator("#pairwise-matrix")).isVisible();
		assertThat(page.locator("#area-weights")).isVisible();
		page.locator("#scenario").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(0));
		page.locator("#apply-weights").click();
		assertThat(page.locator(".alert-success[role=status]")).containsText("area weights of this vote were sent to planning");
		// planning applies the weights after the commit (ADR workshop-06): the page shows them once it answered
		String ballotPath = new java.net.URI(page.url()).getPath();
		reloadUntilVisible(ballotPath, "#applied-scenario");
		assertThat(page.locator("#applied-scenario")).containsText("Applied to planning scenario #");
		assertThat(page.locator("#weights-sent")).hasCount(0);
		assertAccessible();

		open(workshopPath + "/ballots/new");
		page.locator("input[name=kind][value=PAIRWISE]").check();
		page.locator("#title-en").fill("Criteria for choosing interventions");
		page.locator("#title-fr").fill("Critères de choix des interventions");
		page.locator("input[name=areaOptions][type=checkbox]").uncheck();
		page.locator("#options-en").fill("People who benefit\nCost\nFeasibility");
		page.locator("#options-fr").fill("Personnes qui en bénéficient\nCoût\nFaisabilité");
		page.locator("#create-ballot").click();
		assertThat(page.locator("#option-list li")).hasCount(3);
		page.locator("#open-ballot").click();
		Locator pairs = page.locator("#paper-ballot select[id^=paper-pair-]");
		List<String> judgments = List.of("3", "5", "2");
		for (int i = 0; i < pairs.count(); i++) {
			pairs.nth(i).selectOption(judgments.get(i));
		}
		page.locator("#paper-ballot button[type=submit]").click();
		assertThat(page.locator(".alert-success[role=status]")).containsText("Paper ballot recorded");
		page.locator("#close-ballot").click();
		assertThat(page.locator("#group-cr")).containsText("1 of 1");
		assertThat(page.locator("#result-ranking li").first()).containsText("People who benefit");
		assertAccessible();

		open(workshopPath + "/conclusions");
		page.locator("#text-en").fill("Delegates agreed to share border data first.\nA pilot starts next year.");
		page.locator("#text-fr").fill("Les délégués ont convenu de partager d’abord les données frontalières.");
		page.locator("#save-minutes").click();
		assertThat(page.locator(".alert-success[role=status]")).containsText("Minutes saved");
		page.locator("#action-form #title").fill("Pilot advance passenger information");
		page.locator("#action-form #owner").fill("Guatemala focal point");
		page.locator("#action-form #dueDate").fill(LocalDate.now().plusMonths(4).toString());
		page.locator("#action-country").selectOption("GTM");
		page.locator("#action-area").selectOption("B");
		page.locator("#add-action").click();
		assertThat(page.locator("#action-table")).containsText("Pilot advance passenger information");
		page.locator("#action-table button:has-text('Make it a request')").click();
		assertThat(page.locator(".alert-success[role=status]")).containsText("was sent to the request module");
		// the request module answers after the commit (ADR workshop-06): pending until then
		reloadUntilVisible(workshopPath + "/conclusions", "#action-table p[id^=action-request-]:has-text('Assistance request #')");
		assertThat(page.locator("#action-table")).containsText("Assistance request #");
		assertThat(page.locator("#action-table")).not().containsText("pending");
		assertAccessible();
		page.locator("#conclude").click();
		assertThat(page.locator(".alert-success[role=status]")).containsText("concluded");
		assertThat(page.locator("#workshop-status")).hasText("Concluded");
		assertAccessible();
		APIResponse report = page.request().get(url(workshopPath + "/report.pdf?language=en"));
		assertThat(report.status()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(report.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Which area first?").contains("Criteria for choosing interventions")
				.contains("Delegates agreed to share border data first.").contains("Pilot advance passenger information");
		}
	}

	@Test
	void theParticipantRegistersInFrenchReadsTheAgendaVotesOnAPhoneAndReadsTheReport() throws Exception {
		CurrentUser facilitator = user("facilitator");
		long id = workshops.create(new WorkshopService.WorkshopCommand(
				Text.of("Regional dialogue on return and reintegration", "Dialogue régional sur le retour et la réintégration", null),
				Text.of(null, null, null), EnumSet.of(FocusArea.B, FocusArea.G, FocusArea.X), List.of("en", "fr"),
				WorkshopFormat.HYBRID, "Rabat", LocalDate.now().plusDays(5), LocalDate.now().plusDays(6), 20, List.of()),
				facilitator);
		scope.addCountry(id, "MAR", facilitator);
		workshops.publish(id, facilitator);
		workshops.setRegistrationOpen(id, true, facilitator);
		agenda.addRoom(id, "Salle Atlas", 50, true, facilitator);
		agenda.createSession(id, new AgendaService.SessionCommand(SessionKind.PLENARY,
				Text.of("Opening session", "Séance d’ouverture", null), Text.of(null, null, null), List.of(), 30, true),
				facilitator);
		agenda.schedule(id, facilitator, Locale.ENGLISH);

		BrowserContext phone = context.browser()
			.newContext(new Browser.NewContextOptions().setLocale("en-GB")
				.setViewportSize(375, 812)
				.setIsMobile(true)
				.setHasTouch(true));
		phone.setDefaultTimeout(15_000);
		Page desktop = page;
		page = phone.newPage();
		try {
			// A participant of its own: the shared demo account "participant" may be locked by the sign-in tests.
			String username = "policy.maker." + id;
			users.create(new UserService.NewUser(username, username + "@example.org", "Policy Maker " + id,
					Set.of(Role.PARTICIPANT), null, "es", DEMO_PASSWORD));
			signIn(username);
			open("/workshops/" + id + "/register?lang=fr");
			assertThat(page.locator("html")).hasAttribute("lang", "fr");
			assertAccessible();
			page.locator("input[name=language][value=fr]").check();
			page.locator("input[name=attendance][value=IN_PERSON]").check();
			Locator visaQuestion = page.locator("[data-shown-when=IN_PERSON]").filter(
					new Locator.FilterOptions().setHasText("visa"));
			assertThat(visaQuestion).isVisible();
			page.locator("input[name=attendance][value=ONLINE]").check();
			assertThat(visaQuestion).isHidden();
			page.locator("input[name=attendance][value=IN_PERSON]").check();
			visaQuestion.locator("input[value=no]").check();
			page.locator("#submit-registration").click();
			assertThat(page.locator("#registration-status")).containsText("Vous êtes inscrit");
			assertAccessible();

			page.locator("a:has-text('Programme dans ma langue')").click();
			assertThat(page.locator(".agenda-session").first()).containsText("Séance d’ouverture");
			assertAccessible();

			long ballot = ballots.create(id, new BallotService.BallotCommand(BallotKind.RANKED,
					Text.of("Priority areas", "Domaines prioritaires", null), Text.of(null, null, null), true, null,
					true, List.of()), facilitator);
			ballots.open(id, ballot, facilitator);
			open("/workshops/" + id + "/ballots/" + ballot);
			assertThat(page.locator("#ballot-title")).hasText("Domaines prioritaires");
			Locator ranks = page.locator("#vote-form select[id^=rank-]");
			assertThat(ranks).hasCount(3);
			for (int i = 0; i < 3; i++) {
				ranks.nth(i).selectOption(String.valueOf(i + 1));
			}
			assertAccessible();
			Object width = page.evaluate("() => document.getElementById('cast-vote').getBoundingClientRect().width");
			assertThat(((Number) width).doubleValue()).as("the vote button spans the phone screen").isGreaterThan(250);
			page.locator("#cast-vote").click();
			assertThat(page.locator(".alert-success[role=status]")).containsText("Votre vote est enregistré");
			assertThat(page.locator("#vote-recorded")).isVisible();
			assertAccessible();

			ballots.close(id, ballot, facilitator);
			conclusions.saveMinutes(id, -1, Text.of("Return in dignity was the first concern.",
					"Le retour dans la dignité a été la première préoccupation.", null), facilitator);
			conclusions.conclude(id, facilitator);
			open("/workshops/" + id);
			assertThat(page.locator("#report-link")).isVisible();
			APIResponse report = page.request().get(url("/workshops/" + id + "/report.pdf"));
			assertThat(report.status()).isEqualTo(200);
			try (PDDocument document = Loader.loadPDF(report.body())) {
				String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
				assertThat(text).as("the report comes in the participant's registration language")
					.contains("Rapport d’atelier")
					.contains("Le retour dans la dignité a été la première préoccupation.")
					.contains("Domaines prioritaires");
			}
			assertThat(registrations.mine(id, user(username), Locale.ENGLISH).orElseThrow().language()).isEqualTo("fr");
		}
		finally {
			page = desktop;
			phone.close();
		}
	}

	private void addRoom(String name, int capacity, boolean booths) {
		page.locator("#room-name").fill(name);
		page.locator("#room-capacity").fill(String.valueOf(capacity));
		if (booths) {
			page.locator("#room-interpretation").check();
		}
		page.locator("#room-form button[type=submit]").click();
		assertThat(page.locator("#rooms")).containsText(name);
	}

	private void createSession(String kind, String en, String fr, int audience, boolean interpretation,
			boolean withSpeaker) {
		page.locator("#new-session").click();
		page.locator("#kind").selectOption(kind);
		page.locator("#title-en").fill(en);
		page.locator("#title-fr").fill(fr);
		page.locator("#audience").fill(String.valueOf(audience));
		if (interpretation) {
			page.locator("input[name=needsInterpretation][type=checkbox]").check();
		}
		if (withSpeaker) {
			page.locator("input[name=speakerIds]").first().check();
		}
		page.locator("#save-session").click();
		assertThat(page.locator("#session-table")).containsText(en);
	}

	private CurrentUser user(String username) {
		var u = identity.user(username).orElseThrow();
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.countryCode());
	}

}
