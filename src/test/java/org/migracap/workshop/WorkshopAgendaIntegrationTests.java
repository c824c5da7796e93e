package org.migracap.workshop;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracap.identity.IdentityApi;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Text;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.workshop.domain.AgendaService;
import org.migracap.workshop.domain.Notice;
import org.migracap.workshop.domain.RegistrationService;
import org.migracap.workshop.domain.SessionKind;
import org.migracap.workshop.domain.WorkshopFormat;
import org.migracap.workshop.domain.WorkshopService;
import org.migracap.workshop.domain.scheduling.AgendaSchedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agenda of a workshop: scheduling saves every placement, a session moved by hand is pinned and warned about the
 * rules it breaks, an impossible agenda is explained in words on the page, and the agenda reads in each working
 * language, on the page and in the PDF.
 */
@MigraCapIntegrationTest
class WorkshopAgendaIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkshopService workshops;

	@Autowired
	RegistrationService registrations;

	@Autowired
	AgendaService agenda;

	@Autowired
	IdentityApi identity;

	@Autowired
	UserDetailsService users;

	WorkshopTestData data;

	CurrentUser facilitator;

	@BeforeEach
	void setUp() {
		data = new WorkshopTestData(workshops, registrations, identity);
		facilitator = data.user("facilitator");
	}

	RequestPostProcessor as(String username) {
		UserDetails principal = users.loadUserByUsername(username);
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

	long speaker(long id, String name) {
		agenda.addSpeaker(id, name, null, facilitator);
		return agenda.agenda(id, Optional.of(facilitator), Locale.ENGLISH)
			.speakers()
			.stream()
			.filter(s -> s.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	long session(long id, SessionKind kind, String en, String fr, int audience, boolean interpretation, Long... speakers) {
		return agenda.createSession(id, new AgendaService.SessionCommand(kind, Text.of(en, fr, null),
				Text.of(null, null, null), List.of(speakers), audience, interpretation), facilitator);
	}

	@Test
	void schedulingPlacesEverySessionAndAManualMoveIsPinnedAndWarned() throws Exception {
		long id = data.published("Agenda test", null, WorkshopFormat.IN_PERSON);
		agenda.addRoom(id, "Hall", 100, true, facilitator);
		agenda.addRoom(id, "Small room", 20, false, facilitator);
		long amina = speaker(id, "Amina Agenda");
		long plenary = session(id, SessionKind.PLENARY, "Opening", "Ouverture", 80, true, amina);
		long panel = session(id, SessionKind.PANEL, "Data panel", "Table ronde données", 15, false, amina);
		session(id, SessionKind.BREAKOUT, "Group A", "Groupe A", 15, false);
		mvc.perform(post("/workshops/" + id + "/agenda/schedule").with(as("facilitator")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "workshop.schedule.done"));
		AgendaService.AgendaView view = agenda.agenda(id, Optional.of(facilitator), Locale.ENGLISH);
		assertThat(view.unscheduled()).isEmpty();
		assertThat(view.warnings()).isZero();
		AgendaService.SessionView opening = view.sessions().stream().filter(s -> s.id() == plenary).findFirst().orElseThrow();
		long smallRoom = view.rooms().stream().filter(r -> r.name().equals("Small room")).findFirst().orElseThrow().id();
		List<Notice> warnings = agenda.move(id, panel, opening.slotId(), smallRoom, facilitator, Locale.ENGLISH);
		assertThat(warnings).extracting(Notice::messageKey)
			.contains("workshop.agenda.warning.speakerClash");
		AgendaService.SessionView moved = agenda.agenda(id, Optional.of(facilitator), Locale.ENGLISH)
			.sessions()
			.stream()
			.filter(s -> s.id() == panel)
			.findFirst()
			.orElseThrow();
		assertThat(moved.pinned()).isTrue();
		mvc.perform(get("/workshops/" + id + "/agenda/manage").with(as("facilitator")))
			.andExpect(content().string(containsString("Amina Agenda also speaks in Opening at the same time.")));
	}

	@Test
	void anImpossibleAgendaNamesTheRulesInConflict() throws Exception {
		long id = data.published("Impossible agenda", null, WorkshopFormat.IN_PERSON);
		LocalDate day = workshops.view(id, Optional.of(facilitator), Locale.ENGLISH).startDate();
		for (AgendaService.SlotView slot : agenda.agenda(id, Optional.of(facilitator), Locale.ENGLISH).slots()) {
			agenda.removeSlot(id, slot.id(), facilitator);
		}
		agenda.addSlot(id, day, LocalTime.of(9, 0), LocalTime.of(10, 0), facilitator);
		agenda.addSlot(id, day, LocalTime.of(11, 0), LocalTime.of(12, 0), facilitator);
		agenda.addRoom(id, "Hall", 100, true, facilitator);
		agenda.addRoom(id, "Annex", 100, true, facilitator);
		// three panels, each pair sharing a speaker, for two slots: no counting check sees it, the solver's core does
		long omar = speaker(id, "Omar Overbooked");
		long lina = speaker(id, "Lina Linked");
		long tomas = speaker(id, "Tomas Third");
		session(id, SessionKind.PANEL, "First panel", "Première table ronde", 20, false, omar, lina);
		session(id, SessionKind.PANEL, "Second panel", "Deuxième table ronde", 20, false, lina, tomas);
		session(id, SessionKind.PANEL, "Third panel", "Troisième table ronde", 20, false, tomas, omar);
		mvc.perform(post("/workshops/" + id + "/agenda/schedule").with(as("facilitator")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("conflicts"));
		AgendaSchedule result = agenda.schedule(id, facilitator, Locale.ENGLISH);
		assertThat(result).isInstanceOf(AgendaSchedule.Impossible.class);
		jakarta.servlet.http.Cookie[] cookies = mvc
			.perform(post("/workshops/" + id + "/agenda/schedule").with(as("facilitator")).with(csrf()))
			.andReturn()
			.getResponse()
			.getCookies();
		mvc.perform(get("/workshops/" + id + "/agenda/manage").cookie(cookies).with(as("facilitator")))
			.andExpect(content().string(containsString("id=\"schedule-conflicts\"")))
			.andExpect(content().string(containsString("Omar Overbooked cannot be in two places at once (2 sessions).")))
			.andExpect(content().string(containsString("Lina Linked cannot be in two places at once (2 sessions).")))
			.andExpect(content().string(containsString("Tomas Third cannot be in two places at once (2 sessions).")));
		assertThat(agenda.agenda(id, Optional.of(facilitator), Locale.ENGLISH).unscheduled()).hasSize(3);
	}

	@Test
	void theAgendaReadsInTheParticipantsLanguageOnThePageAndInThePdf() throws Exception {
		long id = data.published("Agenda language", null, WorkshopFormat.IN_PERSON);
		agenda.addRoom(id, "Hall", 100, true, facilitator);
		session(id, SessionKind.PLENARY, "Opening of the workshop", "Ouverture de l’atelier", 50, true);
		agenda.schedule(id, facilitator, Locale.ENGLISH);
		mvc.perform(get("/workshops/" + id + "/agenda").param("lang", "fr").with(as("participant")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ouverture de l’atelier")));
		mvc.perform(get("/workshops/" + id + "/agenda").param("lang", "en").with(as("participant")))
			.andExpect(content().string(containsString("Opening of the workshop")));
		byte[] pdf = mvc.perform(get("/workshops/" + id + "/agenda.pdf").param("language", "fr").with(as("participant")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Ouverture de l’atelier").contains("Plénière").doesNotContain("Opening of the workshop");
		}
	}

}
