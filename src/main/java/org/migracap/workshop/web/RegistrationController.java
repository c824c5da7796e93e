package org.migracap.workshop.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.mobility.CountryRole;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Htmx;
import org.migracap.platform.Role;
import org.migracap.platform.TabularExport;
import org.migracap.reference.ReferenceApi;
import org.migracap.workshop.domain.Attendance;
import org.migracap.workshop.domain.QuestionKind;
import org.migracap.workshop.domain.RegistrationService;
import org.migracap.workshop.domain.RegistrationStatus;
import org.migracap.workshop.domain.ShownWhen;
import org.migracap.workshop.domain.WorkshopFormat;
import org.migracap.workshop.domain.WorkshopService;
import org.springframework.context.MessageSource;
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
 * Registration: the participant's form (in the participant's language, with questions shown only to in-person or
 * online participants), cancelling; and for managers the participant list with its waiting list, attendance on the
 * day, registering somebody on their behalf, the form's own questions, and the export.
 */
@Controller
class RegistrationController {

	static final Map<String, String> FIELDS = Map.of("workshop.error.notWorkingLanguage", "language",
			"workshop.registration.error.attendance", "attendance", "workshop.scope.error.unknownCountry", "countryCode",
			"workshop.registration.error.ownCountry", "countryCode", "workshop.error.unknownLanguage",
			"interpretationInto");

	private final WorkshopService workshops;

	private final RegistrationService registrations;

	private final ReferenceApi reference;

	private final IdentityApi identity;

	private final MessageSource messages;

	private final FormErrors formErrors;

	RegistrationController(WorkshopService workshops, RegistrationService registrations, ReferenceApi reference,
			IdentityApi identity, MessageSource messages, FormErrors formErrors) {
		this.formErrors = formErrors;
		this.workshops = workshops;
		this.registrations = registrations;
		this.reference = reference;
		this.identity = identity;
		this.messages = messages;
	}

	@GetMapping("/workshops/{workshopId}/register")
	@Access({ Role.PARTICIPANT, Role.FOCAL_POINT })
	String form(@PathVariable long workshopId, Locale locale, Model model) {
		CurrentUser user = CurrentUser.required();
		RegistrationForm form = RegistrationForm.of(registrations.prefill(workshopId, user, locale));
		return form(workshopId, form, false, locale, model);
	}

	@PostMapping("/workshops/{workshopId}/register")
	@Access({ Role.PARTICIPANT, Role.FOCAL_POINT })
	String register(@PathVariable long workshopId, @Valid @ModelAttribute("form") RegistrationForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.required();
		Optional<RegistrationService.RegistrationView> registered;
		try {
			registered = formErrors.attempt(result, model)
				.fields(FIELDS)
				.call(() -> registrations.register(workshopId, form.toCommand(), user, locale));
		}
		catch (RegistrationService.AnswerRequiredException ex) {
			result.rejectValue("answers[" + ex.questionId() + "]", "workshop.registration.error.answerRequired");
			registered = Optional.empty();
		}
		if (registered.isEmpty()) {
			return form(workshopId, form, false, locale, model);
		}
		RegistrationService.RegistrationView registration = registered.get();
		if (registration.status() == RegistrationStatus.WAITLISTED) {
			redirect.addFlashAttribute("flashSuccess", "workshop.registration.waitlistedNote");
			redirect.addFlashAttribute("flashArgs", new Object[] { registration.waitlistPosition() });
		}
		else {
			redirect.addFlashAttribute("flashSuccess", "workshop.registration.confirmedNote");
		}
		identity.notify(List.of(user.id()), "workshop.notification.registered",
				List.of(workshops.view(workshopId, Optional.of(user), Locale.of(registration.language())).title()),
				"/workshops/" + workshopId + "/agenda?lang=" + registration.language());
		return "redirect:/workshops/" + workshopId + "?lang=" + registration.language();
	}

	@PostMapping("/workshops/{workshopId}/register/cancel")
	@Access({ Role.PARTICIPANT, Role.FOCAL_POINT })
	String cancel(@PathVariable long workshopId, RedirectAttributes redirect) {
		registrations.cancelMine(workshopId, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", "workshop.registration.cancelledNote");
		return "redirect:/workshops/" + workshopId;
	}

	private String form(long workshopId, RegistrationForm form, boolean onBehalf, Locale locale, Model model) {
		CurrentUser user = CurrentUser.required();
		WorkshopService.WorkshopView view = workshops.view(workshopId, Optional.of(user), locale);
		model.addAttribute("w", view);
		model.addAttribute("tab", "overview");
		model.addAttribute("form", form);
		model.addAttribute("onBehalf", onBehalf);
		model.addAttribute("questions", registrations.questions(workshopId, Optional.of(user), locale));
		model.addAttribute("attendances", switch (view.format()) {
			case IN_PERSON -> List.of(Attendance.IN_PERSON);
			case ONLINE -> List.of(Attendance.ONLINE);
			case HYBRID -> List.of(Attendance.IN_PERSON, Attendance.ONLINE);
		});
		model.addAttribute("hybrid", view.format() == WorkshopFormat.HYBRID);
		model.addAttribute("perspectives", CountryRole.values());
		model.addAttribute("languages", List.of("en", "fr", "es"));
		model.addAttribute("countries", reference.countries()
			.stream()
			.sorted(java.util.Comparator.comparing(c -> c.name(locale), java.text.Collator.getInstance(locale)))
			.toList());
		model.addAttribute("focalCountry", user.has(Role.FOCAL_POINT) && !onBehalf ? user.countryCode() : null);
		return "workshop/register";
	}

	@GetMapping("/workshops/{workshopId}/registrations")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String list(@PathVariable long workshopId, @RequestParam(required = false) String q,
			@RequestParam(required = false) RegistrationStatus status,
			@RequestParam(required = false) Attendance attendance, @RequestParam(required = false) String sort,
			Locale locale, Model model, HttpServletRequest request) {
		CurrentUser user = CurrentUser.required();
		WorkshopService.WorkshopView view = workshops.view(workshopId, Optional.of(user), locale);
		WorkshopController.requireManage(view);
		model.addAttribute("w", view);
		model.addAttribute("tab", "registrations");
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("status", status);
		model.addAttribute("attendance", attendance);
		model.addAttribute("sort", sort == null ? "registered" : sort);
		model.addAttribute("statuses", RegistrationStatus.values());
		model.addAttribute("attendances", Attendance.values());
		model.addAttribute("rows", registrations.list(workshopId,
				new RegistrationService.RegistrationFilter(q, status, attendance, sort), user, locale));
		model.addAttribute("questions", registrations.questions(workshopId, Optional.of(user), locale));
		if (!model.containsAttribute("question")) {
			model.addAttribute("question", new QuestionForm());
		}
		model.addAttribute("calendar", workshops.calendar(workshopId, user));
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("shownWhens", ShownWhen.values());
		return Htmx.view(request, "workshop/registrations", "results");
	}

	@GetMapping("/workshops/{workshopId}/registrations/export")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<byte[]> export(@PathVariable long workshopId, @RequestParam(defaultValue = "csv") String format,
			Locale locale) {
		List<List<?>> rows = new ArrayList<>(registrations.exportRows(workshopId, CurrentUser.required(), locale,
				key -> messages.getMessage(key, null, key, locale)));
		@SuppressWarnings("unchecked")
		List<String> header = (List<String>) rows.remove(0);
		return TabularExport.download(TabularExport.Format.of(format), "workshop-" + workshopId + "-participants",
				header, rows);
	}

	@PostMapping("/workshops/{workshopId}/registrations/{registrationId}/attended")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String attended(@PathVariable long workshopId, @PathVariable long registrationId, @RequestParam boolean attended,
			Locale locale, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.required();
		registrations.setAttended(workshopId, registrationId, attended, user);
		if (Htmx.isRequest(request)) {
			model.addAttribute("w", workshops.view(workshopId, Optional.of(user), locale));
			model.addAttribute("r", registrations
				.list(workshopId, new RegistrationService.RegistrationFilter(null, null, null, null), user, locale)
				.stream()
				.filter(r -> r.id() == registrationId)
				.findFirst()
				.orElseThrow());
			return "workshop/registrations :: row";
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/workshops/" + workshopId + "/registrations";
	}

	@PostMapping("/workshops/{workshopId}/registrations/{registrationId}/cancel")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String cancelByManager(@PathVariable long workshopId, @PathVariable long registrationId,
			RedirectAttributes redirect) {
		registrations.cancelByManager(workshopId, registrationId, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", "workshop.registration.cancelledByManager");
		return "redirect:/workshops/" + workshopId + "/registrations";
	}

	@GetMapping("/workshops/{workshopId}/registrations/new")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String newOnBehalf(@PathVariable long workshopId, Locale locale, Model model) {
		WorkshopService.WorkshopView view = workshops.view(workshopId, CurrentUser.current(), locale);
		WorkshopController.requireManage(view);
		RegistrationForm form = new RegistrationForm();
		form.setLanguage(view.languages().get(0));
		form.setAttendance(view.format() == WorkshopFormat.ONLINE ? Attendance.ONLINE : Attendance.IN_PERSON);
		return form(workshopId, form, true, locale, model);
	}

	@PostMapping("/workshops/{workshopId}/registrations")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String registerOnBehalf(@PathVariable long workshopId, @Valid @ModelAttribute("form") RegistrationForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		WorkshopService.WorkshopView view = workshops.view(workshopId, CurrentUser.current(), locale);
		WorkshopController.requireManage(view);
		boolean added;
		try {
			added = formErrors.attempt(result, model)
				.fields(FIELDS)
				.run(() -> registrations.registerOnBehalf(workshopId, form.toCommand(), CurrentUser.required(), locale));
		}
		catch (RegistrationService.AnswerRequiredException ex) {
			result.rejectValue("answers[" + ex.questionId() + "]", "workshop.registration.error.answerRequired");
			added = false;
		}
		if (!added) {
			return form(workshopId, form, true, locale, model);
		}
		redirect.addFlashAttribute("flashSuccess", "workshop.registration.addedOnBehalf");
		return "redirect:/workshops/" + workshopId + "/registrations";
	}

	@PostMapping("/workshops/{workshopId}/calendar")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String calendar(@PathVariable long workshopId, @RequestParam(defaultValue = "UTC") String timeZone,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.@Nullable LocalDate registrationDeadline,
			RedirectAttributes redirect) {
		FormErrors.flash(redirect, () -> workshops.setCalendar(workshopId, timeZone, registrationDeadline,
				CurrentUser.required()), "workshop.calendar.saved");
		return "redirect:/workshops/" + workshopId + "/registrations#calendar";
	}

	@PostMapping("/workshops/{workshopId}/questions")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String addQuestion(@PathVariable long workshopId, @Valid @ModelAttribute("question") QuestionForm question,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "error.validation.detail");
		}
		else {
			FormErrors.flash(redirect, () -> registrations.addQuestion(workshopId, new RegistrationService.QuestionCommand(
					question.getLabel().toTexts(), question.getKind(), question.isRequired(), question.getShownWhen()),
					CurrentUser.required()), "workshop.question.added");
		}
		return "redirect:/workshops/" + workshopId + "/registrations#questions";
	}

	@PostMapping("/workshops/{workshopId}/questions/{questionId}/remove")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String removeQuestion(@PathVariable long workshopId, @PathVariable long questionId, RedirectAttributes redirect) {
		registrations.removeQuestion(workshopId, questionId, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", "workshop.question.removed");
		return "redirect:/workshops/" + workshopId + "/registrations#questions";
	}

	static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
