package org.migracap.workshop.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.PdfRenderer;
import org.migracap.platform.Role;
import org.migracap.reference.FocusArea;
import org.migracap.workshop.domain.ConclusionService;
import org.migracap.workshop.domain.MinutesDiff;
import org.migracap.workshop.domain.PartnerModules;
import org.migracap.workshop.domain.RegistrationService;
import org.migracap.workshop.domain.ReportService;
import org.migracap.workshop.domain.ScopeService;
import org.migracap.workshop.domain.SurveyService;
import org.migracap.workshop.domain.WorkshopService;
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
 * Conclusions of a workshop: the minutes with their versions and the differences between them, action points and
 * their conversion into a request or an agreement proposal, concluding the workshop, the report PDF, and the
 * participants' evaluation survey.
 */
@Controller
class ConclusionController {

	private final WorkshopService workshops;

	private final ConclusionService conclusions;

	private final ScopeService scope;

	private final SurveyService survey;

	private final ReportService reports;

	private final RegistrationService registrations;

	private final PartnerModules partners;

	private final PdfRenderer pdf;

	private final FormErrors formErrors;

	ConclusionController(WorkshopService workshops, ConclusionService conclusions, ScopeService scope,
			SurveyService survey, ReportService reports, RegistrationService registrations, PartnerModules partners,
			PdfRenderer pdf, FormErrors formErrors) {
		this.formErrors = formErrors;
		this.workshops = workshops;
		this.conclusions = conclusions;
		this.scope = scope;
		this.survey = survey;
		this.reports = reports;
		this.registrations = registrations;
		this.partners = partners;
		this.pdf = pdf;
	}

	@GetMapping("/workshops/{workshopId}/conclusions")
	@Access
	String page(@PathVariable long workshopId, Locale locale, Model model) {
		CurrentUser user = CurrentUser.required();
		ConclusionService.MinutesView minutes = conclusions.minutes(workshopId, Optional.of(user), locale);
		if (!model.containsAttribute("minutesForm")) {
			MinutesForm form = new MinutesForm();
			form.setText(TextsForm.of(minutes.text()));
			form.setVersion(minutes.version());
			model.addAttribute("minutesForm", form);
		}
		if (!model.containsAttribute("action")) {
			model.addAttribute("action", new ActionForm());
		}
		return page(workshopId, minutes, user, locale, model);
	}

	private String page(long workshopId, ConclusionService.MinutesView minutes, CurrentUser user, Locale locale,
			Model model) {
		WorkshopService.WorkshopView view = workshops.view(workshopId, Optional.of(user), locale);
		model.addAttribute("w", view);
		model.addAttribute("tab", "conclusions");
		model.addAttribute("minutes", minutes);
		model.addAttribute("history", conclusions.history(workshopId, Optional.of(user)));
		model.addAttribute("actions", conclusions.actions(workshopId, Optional.of(user), locale));
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("scope", scope.scope(workshopId, Optional.of(user), locale));
		model.addAttribute("requestsAvailable", partners.requestsAvailable());
		model.addAttribute("agreementsAvailable", partners.agreementsAvailable());
		model.addAttribute("helpKinds", partners.helpKinds());
		model.addAttribute("urgencies", partners.urgencies());
		model.addAttribute("surveyStatus", survey.status(workshopId, user));
		model.addAttribute("surveyResults", view.canManage() || view.concluded() ? survey.results(workshopId, Optional.of(user)) : null);
		return "workshop/conclusions";
	}

	@PostMapping("/workshops/{workshopId}/minutes")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String saveMinutes(@PathVariable long workshopId, @Valid @ModelAttribute("minutesForm") MinutesForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		CurrentUser user = CurrentUser.required();
		if (formErrors.attempt(result, model).conflictKey("workshop.minutes.conflict").onConflict(version -> {
			ConclusionService.MinutesView current = conclusions.minutes(workshopId, Optional.of(user), locale);
			model.addAttribute("theirs", current);
			form.setVersion(current.version());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}).run(() -> conclusions.saveMinutes(workshopId, form.getVersion(), form.getText().toTexts(), user))) {
			redirect.addFlashAttribute("flashSuccess", "workshop.minutes.saved");
			return "redirect:/workshops/" + workshopId + "/conclusions#minutes";
		}
		model.addAttribute("action", new ActionForm());
		return page(workshopId, conclusions.minutes(workshopId, Optional.of(user), locale), user, locale, model);
	}

	@GetMapping("/workshops/{workshopId}/minutes/diff")
	@Access
	String diff(@PathVariable long workshopId, @RequestParam long from, @RequestParam long to,
			@RequestParam(name = "language", required = false) String lang, Locale locale, Model model) {
		Optional<CurrentUser> user = CurrentUser.current();
		WorkshopService.WorkshopView view = workshops.view(workshopId, user, locale);
		String language = lang != null && view.languages().contains(lang) ? lang : view.languages().get(0);
		List<ConclusionService.MinutesVersion> history = conclusions.history(workshopId, user);
		model.addAttribute("w", view);
		model.addAttribute("tab", "conclusions");
		model.addAttribute("history", history);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("language", language);
		model.addAttribute("lines", conclusions.diff(workshopId, from, to, language, user));
		model.addAttribute("fromVersion", history.stream().filter(v -> v.revision() == from).findFirst().orElseThrow());
		model.addAttribute("toVersion", history.stream().filter(v -> v.revision() == to).findFirst().orElseThrow());
		model.addAttribute("changes", MinutesDiff.Change.values());
		return "workshop/minutes-diff";
	}

	@PostMapping("/workshops/{workshopId}/actions")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String addAction(@PathVariable long workshopId, @Valid @ModelAttribute("action") ActionForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.required();
		if (formErrors.attempt(result, model)
			.fields(Map.of("workshop.action.error.countryOutOfScope", "countryCode"))
			.run(() -> conclusions.addAction(workshopId, form.toCommand(), user))) {
			redirect.addFlashAttribute("flashSuccess", "workshop.action.added");
			return "redirect:/workshops/" + workshopId + "/conclusions#actions";
		}
		ConclusionService.MinutesView minutes = conclusions.minutes(workshopId, Optional.of(user), locale);
		MinutesForm minutesForm = new MinutesForm();
		minutesForm.setText(TextsForm.of(minutes.text()));
		minutesForm.setVersion(minutes.version());
		model.addAttribute("minutesForm", minutesForm);
		return page(workshopId, minutes, user, locale, model);
	}

	@PostMapping("/workshops/{workshopId}/actions/{actionId}/done")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String done(@PathVariable long workshopId, @PathVariable long actionId, @RequestParam boolean done,
			RedirectAttributes redirect) {
		conclusions.setDone(workshopId, actionId, done, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/workshops/" + workshopId + "/conclusions#actions";
	}

	@PostMapping("/workshops/{workshopId}/actions/{actionId}/delete")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String deleteAction(@PathVariable long workshopId, @PathVariable long actionId, RedirectAttributes redirect) {
		return flash(workshopId, () -> conclusions.deleteAction(workshopId, actionId, CurrentUser.required()),
				"workshop.action.deleted", redirect);
	}

	@PostMapping("/workshops/{workshopId}/actions/{actionId}/request")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String toRequest(@PathVariable long workshopId, @PathVariable long actionId,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String urgency,
			RedirectAttributes redirect) {
		return flash(workshopId, () -> conclusions.toRequest(workshopId, actionId, kind == null ? "" : kind,
				urgency == null ? "" : urgency, CurrentUser.required()), "workshop.action.requestSent", redirect);
	}

	@PostMapping("/workshops/{workshopId}/actions/{actionId}/agreement")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String toAgreement(@PathVariable long workshopId, @PathVariable long actionId, RedirectAttributes redirect) {
		return flash(workshopId, () -> conclusions.toAgreement(workshopId, actionId, CurrentUser.required()),
				"workshop.action.agreementSent", redirect);
	}

	@PostMapping("/workshops/{workshopId}/conclude")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String conclude(@PathVariable long workshopId, RedirectAttributes redirect) {
		FormErrors.flash(redirect, () -> conclusions.conclude(workshopId, CurrentUser.required()), "workshop.concluded");
		return "redirect:/workshops/" + workshopId + "/conclusions";
	}

	private String flash(long workshopId, Runnable action, String success, RedirectAttributes redirect) {
		FormErrors.flash(redirect, action, success);
		return "redirect:/workshops/" + workshopId + "/conclusions#actions";
	}

	/** The workshop report, in the reader's registration language when registered, else in the page language. */
	@GetMapping("/workshops/{workshopId}/report.pdf")
	@Access
	ResponseEntity<byte[]> report(@PathVariable long workshopId, @RequestParam(name = "language", required = false) String lang,
			Locale locale) {
		CurrentUser user = CurrentUser.required();
		Locale language = lang != null && List.of("en", "fr", "es").contains(lang) ? Locale.of(lang)
				: registrations.mine(workshopId, user, locale).map(r -> Locale.of(r.language())).orElse(locale);
		ReportService.Report report = reports.report(workshopId, Optional.of(user), language);
		Map<String, Object> variables = new HashMap<>();
		variables.put("report", report);
		variables.put("w", report.workshop());
		variables.put("generated", PackController.GENERATED.format(report.generatedAt()));
		variables.put("questions", SurveyService.QUESTIONS);
		return PdfRenderer.download(pdf.render("workshop/report-pdf", variables, language),
				"workshop-" + workshopId + "-report-" + language.getLanguage() + ".pdf");
	}

	@GetMapping("/workshops/{workshopId}/survey")
	@Access
	String survey(@PathVariable long workshopId, Locale locale, Model model) {
		CurrentUser user = CurrentUser.required();
		model.addAttribute("w", workshops.view(workshopId, Optional.of(user), locale));
		model.addAttribute("tab", "conclusions");
		model.addAttribute("status", survey.status(workshopId, user));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new SurveyForm());
		}
		model.addAttribute("questions", SurveyService.QUESTIONS);
		return "workshop/survey";
	}

	@PostMapping("/workshops/{workshopId}/survey")
	@Access({ Role.PARTICIPANT, Role.FOCAL_POINT })
	String answer(@PathVariable long workshopId, @Valid @ModelAttribute("form") SurveyForm form, BindingResult result,
			Locale locale, Model model, RedirectAttributes redirect) {
		if (formErrors.attempt(result, model).run(() -> survey.answer(workshopId, form.toCommand(), CurrentUser.required()))) {
			redirect.addFlashAttribute("flashSuccess", "workshop.survey.thanks");
			return "redirect:/workshops/" + workshopId;
		}
		return survey(workshopId, locale, model);
	}

}
