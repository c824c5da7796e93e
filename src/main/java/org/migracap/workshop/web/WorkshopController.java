package org.migracap.workshop.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Htmx;
import org.migracap.platform.Role;
import org.migracap.reference.FocusArea;
import org.migracap.workshop.domain.AgendaService;
import org.migracap.workshop.domain.BallotService;
import org.migracap.workshop.domain.RegistrationService;
import org.migracap.workshop.domain.SurveyService;
import org.migracap.workshop.domain.WorkshopFormat;
import org.migracap.workshop.domain.WorkshopService;
import org.migracap.workshop.domain.WorkshopStatus;
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
 * The list of workshops, a workshop's overview page, and creating, describing and publishing workshops.
 */
@Controller
class WorkshopController {

	static final Map<String, String> FIELDS = Map.of("workshop.error.titleMissing.en", "title.en",
			"workshop.error.titleMissing.fr", "title.fr", "workshop.error.titleMissing.es", "title.es",
			"workshop.error.endBeforeStart", "endDate", "workshop.error.tooLong", "endDate", "workshop.error.capacity",
			"capacity", "workshop.error.venueRequired", "venue", "workshop.error.noLanguage", "languages",
			"workshop.error.unknownLanguage", "languages", "workshop.error.facilitator", "facilitatorIds");

	private final WorkshopService workshops;

	private final RegistrationService registrations;

	private final BallotService ballots;

	private final AgendaService agenda;

	private final SurveyService survey;

	private final FormErrors formErrors;

	WorkshopController(WorkshopService workshops, RegistrationService registrations, BallotService ballots,
			AgendaService agenda, SurveyService survey, FormErrors formErrors) {
		this.formErrors = formErrors;
		this.workshops = workshops;
		this.registrations = registrations;
		this.ballots = ballots;
		this.agenda = agenda;
		this.survey = survey;
	}

	@GetMapping("/workshops")
	@Access
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) WorkshopStatus status,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model, HttpServletRequest request) {
		CurrentUser user = CurrentUser.required();
		WorkshopService.WorkshopFilter filter = new WorkshopService.WorkshopFilter(q, status, sort, dir, page, 20);
		model.addAttribute("filter", filter);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("status", status);
		model.addAttribute("statuses", WorkshopStatus.values());
		model.addAttribute("page", workshops.list(filter, user, locale));
		model.addAttribute("base", "/workshops?q=" + Forms.enc(q == null ? "" : q) + "&status="
				+ (status == null ? "" : status.name()) + "&sort=" + filter.sortKey() + "&dir="
				+ (filter.descending() ? "desc" : "asc"));
		model.addAttribute("canCreate", user.has(Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN));
		return Htmx.view(request, "workshop/list", "results");
	}

	@GetMapping("/workshops/new")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String newWorkshop(Model model) {
		WorkshopForm form = new WorkshopForm();
		form.setLanguages(List.of("en", "fr"));
		return form(form, null, model);
	}

	@PostMapping("/workshops")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String create(@Valid @ModelAttribute("form") WorkshopForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<Long> id = formErrors.attempt(result, model)
			.fields(FIELDS)
			.call(() -> workshops.create(form.toCommand(), CurrentUser.required()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("flashSuccess", "workshop.created");
			return "redirect:/workshops/" + id.get() + "/scope";
		}
		return form(form, null, model);
	}

	@GetMapping("/workshops/{workshopId}/edit")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String edit(@PathVariable long workshopId, Locale locale, Model model) {
		WorkshopService.WorkshopView view = workshops.view(workshopId, CurrentUser.current(), locale);
		requireManage(view);
		return form(WorkshopForm.of(view), view, model);
	}

	@PostMapping("/workshops/{workshopId}")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String update(@PathVariable long workshopId, @Valid @ModelAttribute("form") WorkshopForm form, BindingResult result,
			Locale locale, Model model, RedirectAttributes redirect) {
		WorkshopService.WorkshopView view = workshops.view(workshopId, CurrentUser.current(), locale);
		requireManage(view);
		if (!formErrors.attempt(result, model)
			.fields(FIELDS)
			.onConflict(form::setVersion)
			.run(() -> workshops.update(workshopId, form.getVersion(), form.toCommand(), CurrentUser.required()))) {
			return form(form, view, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/workshops/" + workshopId;
	}

	private String form(WorkshopForm form, WorkshopService.@Nullable WorkshopView view, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("w", view);
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("formats", WorkshopFormat.values());
		model.addAttribute("allLanguages", List.of("en", "fr", "es"));
		model.addAttribute("facilitators", workshops.facilitatorCandidates());
		return "workshop/form";
	}

	@GetMapping("/workshops/{workshopId}")
	@Access
	String overview(@PathVariable long workshopId, Locale locale, Model model) {
		CurrentUser user = CurrentUser.required();
		WorkshopService.WorkshopView view = workshops.view(workshopId, Optional.of(user), locale);
		model.addAttribute("w", view);
		model.addAttribute("tab", "overview");
		model.addAttribute("mine", registrations.mine(workshopId, user, locale).orElse(null));
		model.addAttribute("canRegister", user.has(Role.PARTICIPANT, Role.FOCAL_POINT));
		model.addAttribute("openBallots", ballots.list(workshopId, Optional.of(user), locale)
			.stream()
			.filter(BallotService.BallotView::open)
			.toList());
		model.addAttribute("agendaSummary", agenda.agenda(workshopId, Optional.of(user), locale));
		model.addAttribute("surveyStatus", survey.status(workshopId, user));
		return "workshop/overview";
	}

	@PostMapping("/workshops/{workshopId}/publish")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String publish(@PathVariable long workshopId, RedirectAttributes redirect) {
		workshops.publish(workshopId, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", "workshop.published");
		return "redirect:/workshops/" + workshopId;
	}

	@PostMapping("/workshops/{workshopId}/registration-open")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String registrationOpen(@PathVariable long workshopId, @RequestParam boolean open, RedirectAttributes redirect) {
		workshops.setRegistrationOpen(workshopId, open, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", open ? "workshop.registration.opened" : "workshop.registration.closedDone");
		return "redirect:/workshops/" + workshopId;
	}

	@PostMapping("/workshops/{workshopId}/survey-open")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String surveyOpen(@PathVariable long workshopId, @RequestParam boolean open, RedirectAttributes redirect) {
		workshops.setSurveyOpen(workshopId, open, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", open ? "workshop.survey.opened" : "workshop.survey.closedDone");
		return "redirect:/workshops/" + workshopId + "/conclusions";
	}

	static void requireManage(WorkshopService.WorkshopView view) {
		if (!view.canManage()) {
			throw new org.springframework.security.access.AccessDeniedException("Not a manager of this workshop");
		}
	}

}
