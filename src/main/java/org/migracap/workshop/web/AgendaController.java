package org.migracap.workshop.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.PdfRenderer;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.workshop.domain.AgendaService;
import org.migracap.workshop.domain.Notice;
import org.migracap.workshop.domain.RegistrationService;
import org.migracap.workshop.domain.SessionKind;
import org.migracap.workshop.domain.WorkshopService;
import org.migracap.workshop.domain.scheduling.AgendaSchedule;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agenda: the page and the PDF in the reader's language; for managers, rooms, slots, speakers and sessions,
 * automatic scheduling, and moving a session by hand with warnings about the rules its new place breaks.
 */
@Controller
class AgendaController {

	private final WorkshopService workshops;

	private final AgendaService agenda;

	private final RegistrationService registrations;

	private final PdfRenderer pdf;

	private final FormErrors formErrors;

	AgendaController(WorkshopService workshops, AgendaService agenda, RegistrationService registrations,
			PdfRenderer pdf, FormErrors formErrors) {
		this.formErrors = formErrors;
		this.workshops = workshops;
		this.agenda = agenda;
		this.registrations = registrations;
		this.pdf = pdf;
	}

	@GetMapping("/workshops/{workshopId}/agenda")
	@Access
	String page(@PathVariable long workshopId, Locale locale, Model model) {
		Optional<CurrentUser> user = CurrentUser.current();
		model.addAttribute("w", workshops.view(workshopId, user, locale));
		model.addAttribute("tab", "agenda");
		model.addAttribute("agenda", agenda.agenda(workshopId, user, locale));
		return "workshop/agenda";
	}

	/** The agenda PDF, in the reader's registration language when registered, otherwise in the page language. */
	@GetMapping("/workshops/{workshopId}/agenda.pdf")
	@Access
	ResponseEntity<byte[]> pdf(@PathVariable long workshopId, @RequestParam(name = "language", required = false) String lang,
			Locale locale) {
		CurrentUser user = CurrentUser.required();
		Locale language = lang != null && List.of("en", "fr", "es").contains(lang) ? Locale.of(lang)
				: registrations.mine(workshopId, user, locale).map(r -> Locale.of(r.language())).orElse(locale);
		Map<String, Object> variables = new HashMap<>();
		variables.put("w", workshops.view(workshopId, Optional.of(user), language));
		variables.put("agenda", agenda.agenda(workshopId, Optional.of(user), language));
		return PdfRenderer.download(pdf.render("workshop/agenda-pdf", variables, language),
				"workshop-" + workshopId + "-agenda-" + language.getLanguage() + ".pdf");
	}

	@GetMapping("/workshops/{workshopId}/agenda/manage")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String manage(@PathVariable long workshopId, Locale locale, Model model) {
		WorkshopService.WorkshopView view = workshops.view(workshopId, CurrentUser.current(), locale);
		WorkshopController.requireManage(view);
		model.addAttribute("w", view);
		model.addAttribute("tab", "agenda");
		model.addAttribute("agenda", agenda.agenda(workshopId, CurrentUser.current(), locale));
		return "workshop/agenda-manage";
	}

	@PostMapping("/workshops/{workshopId}/agenda/schedule")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String schedule(@PathVariable long workshopId, Locale locale, RedirectAttributes redirect) {
		AgendaSchedule result = agenda.schedule(workshopId, CurrentUser.required(), locale);
		if (result instanceof AgendaSchedule.Scheduled scheduled) {
			redirect.addFlashAttribute("flashSuccess", scheduled.optimal() ? "workshop.schedule.done" : "workshop.schedule.doneNotProven");
			redirect.addFlashAttribute("flashArgs", new Object[] { scheduled.placements().size(), scheduled.spread(),
					scheduled.moved(), scheduled.millis() });
		}
		else if (result instanceof AgendaSchedule.Impossible impossible) {
			redirect.addFlashAttribute("conflicts", impossible.conflicts());
		}
		return "redirect:/workshops/" + workshopId + "/agenda/manage";
	}

	@PostMapping("/workshops/{workshopId}/agenda/sessions/{sessionId}/move")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String move(@PathVariable long workshopId, @PathVariable long sessionId, @RequestParam(required = false) String place,
			Locale locale, RedirectAttributes redirect) {
		Long slot = null;
		Long room = null;
		if (place != null && place.contains(":")) {
			String[] parts = place.split(":");
			slot = Long.valueOf(parts[0]);
			room = Long.valueOf(parts[1]);
		}
		List<Notice> warnings = agenda.move(workshopId, sessionId, slot, room, CurrentUser.required(), locale);
		redirect.addFlashAttribute("flashSuccess", slot == null ? "workshop.agenda.unscheduled" : "workshop.agenda.moved");
		if (!warnings.isEmpty()) {
			redirect.addFlashAttribute("moveWarnings", warnings);
		}
		return "redirect:/workshops/" + workshopId + "/agenda/manage#session-" + sessionId;
	}

	@PostMapping("/workshops/{workshopId}/agenda/sessions/{sessionId}/unpin")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String unpin(@PathVariable long workshopId, @PathVariable long sessionId, RedirectAttributes redirect) {
		agenda.unpin(workshopId, sessionId, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", "workshop.agenda.unpinned");
		return "redirect:/workshops/" + workshopId + "/agenda/manage#session-" + sessionId;
	}

	@GetMapping("/workshops/{workshopId}/agenda/sessions/new")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String newSession(@PathVariable long workshopId, Locale locale, Model model) {
		return sessionForm(workshopId, null, new SessionForm(), locale, model);
	}

	@GetMapping("/workshops/{workshopId}/agenda/sessions/{sessionId}")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String editSession(@PathVariable long workshopId, @PathVariable long sessionId, Locale locale, Model model) {
		AgendaService.SessionView session = agenda.session(workshopId, sessionId, CurrentUser.required(), locale);
		return sessionForm(workshopId, sessionId, SessionForm.of(session), locale, model);
	}

	@PostMapping("/workshops/{workshopId}/agenda/sessions")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String createSession(@PathVariable long workshopId, @Valid @ModelAttribute("form") SessionForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		if (formErrors.attempt(result, model)
			.fields(sessionFields())
			.run(() -> agenda.createSession(workshopId, form.toCommand(), CurrentUser.required()))) {
			redirect.addFlashAttribute("flashSuccess", "workshop.agenda.sessionSaved");
			return "redirect:/workshops/" + workshopId + "/agenda/manage#sessions";
		}
		return sessionForm(workshopId, null, form, locale, model);
	}

	@PostMapping("/workshops/{workshopId}/agenda/sessions/{sessionId}")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String updateSession(@PathVariable long workshopId, @PathVariable long sessionId,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (formErrors.attempt(result, model)
			.fields(sessionFields())
			.onConflict(form::setVersion)
			.run(() -> agenda.updateSession(workshopId, sessionId, form.getVersion(), form.toCommand(),
					CurrentUser.required()))) {
			redirect.addFlashAttribute("flashSuccess", "workshop.agenda.sessionSaved");
			return "redirect:/workshops/" + workshopId + "/agenda/manage#session-" + sessionId;
		}
		return sessionForm(workshopId, sessionId, form, locale, model);
	}

	@PostMapping("/workshops/{workshopId}/agenda/sessions/{sessionId}/delete")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String deleteSession(@PathVariable long workshopId, @PathVariable long sessionId, RedirectAttributes redirect) {
		agenda.deleteSession(workshopId, sessionId, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", "workshop.agenda.sessionDeleted");
		return "redirect:/workshops/" + workshopId + "/agenda/manage#sessions";
	}

	private static Map<String, String> sessionFields() {
		return Map.of("workshop.error.textMissing.en", "title.en", "workshop.error.textMissing.fr", "title.fr",
				"workshop.error.textMissing.es", "title.es", "workshop.agenda.error.audience", "audience");
	}

	private String sessionForm(long workshopId, @Nullable Long sessionId, SessionForm form, Locale locale, Model model) {
		WorkshopService.WorkshopView view = workshops.view(workshopId, CurrentUser.current(), locale);
		WorkshopController.requireManage(view);
		model.addAttribute("w", view);
		model.addAttribute("tab", "agenda");
		model.addAttribute("form", form);
		model.addAttribute("sessionId", sessionId);
		model.addAttribute("kinds", SessionKind.values());
		AgendaService.AgendaView view2 = agenda.agenda(workshopId, CurrentUser.current(), locale);
		model.addAttribute("speakers", view2.speakers());
		model.addAttribute("agendaDays", view2.days());
		model.addAttribute("current", sessionId == null ? null
				: view2.sessions().stream().filter(s -> s.id() == sessionId).findFirst().orElse(null));
		return "workshop/session-form";
	}

	@PostMapping("/workshops/{workshopId}/agenda/rooms")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String addRoom(@PathVariable long workshopId, @RequestParam String name, @RequestParam(defaultValue = "0") int capacity,
			@RequestParam(defaultValue = "false") boolean interpretation, RedirectAttributes redirect) {
		return done(workshopId, "rooms", () -> {
			if (name.isBlank()) {
				throw RuleViolationException.invalid("workshop.agenda.error.nameRequired");
			}
			agenda.addRoom(workshopId, name, capacity, interpretation, CurrentUser.required());
		}, redirect);
	}

	@PostMapping("/workshops/{workshopId}/agenda/rooms/{roomId}/remove")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String removeRoom(@PathVariable long workshopId, @PathVariable long roomId, RedirectAttributes redirect) {
		return done(workshopId, "rooms", () -> agenda.removeRoom(workshopId, roomId, CurrentUser.required()), redirect);
	}

	@PostMapping("/workshops/{workshopId}/agenda/slots")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String addSlot(@PathVariable long workshopId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endsAt,
			RedirectAttributes redirect) {
		return done(workshopId, "slots", () -> {
			if (day == null || startsAt == null || endsAt == null) {
				throw RuleViolationException.invalid("workshop.agenda.error.slotIncomplete");
			}
			agenda.addSlot(workshopId, day, startsAt, endsAt, CurrentUser.required());
		}, redirect);
	}

	@PostMapping("/workshops/{workshopId}/agenda/slots/{slotId}/remove")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String removeSlot(@PathVariable long workshopId, @PathVariable long slotId, RedirectAttributes redirect) {
		return done(workshopId, "slots", () -> agenda.removeSlot(workshopId, slotId, CurrentUser.required()), redirect);
	}

	@PostMapping("/workshops/{workshopId}/agenda/speakers")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String addSpeaker(@PathVariable long workshopId, @RequestParam String name,
			@RequestParam(required = false) String affiliation, RedirectAttributes redirect) {
		return done(workshopId, "speakers", () -> {
			if (name.isBlank()) {
				throw RuleViolationException.invalid("workshop.agenda.error.nameRequired");
			}
			agenda.addSpeaker(workshopId, name, affiliation, CurrentUser.required());
		}, redirect);
	}

	@PostMapping("/workshops/{workshopId}/agenda/speakers/{speakerId}/remove")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String removeSpeaker(@PathVariable long workshopId, @PathVariable long speakerId, RedirectAttributes redirect) {
		return done(workshopId, "speakers", () -> agenda.removeSpeaker(workshopId, speakerId, CurrentUser.required()),
				redirect);
	}

	private String done(long workshopId, String anchor, Runnable action, RedirectAttributes redirect) {
		FormErrors.flash(redirect, action, "common.updated");
		return "redirect:/workshops/" + workshopId + "/agenda/manage#" + anchor;
	}

}
