package org.migracap.workshop.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;

import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Role;
import org.migracap.platform.TabularExport;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.migracap.workshop.domain.PartnerModules;
import org.migracap.workshop.domain.ScopeService;
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
 * A workshop's scope (countries by region, route, gap or by hand) and its invitation list, which fills itself with the
 * focal points of the scoped countries; contacts are added by hand; the list is sent and exported.
 */
@Controller
@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
class ScopeController {

	private final WorkshopService workshops;

	private final ScopeService scope;

	private final ReferenceApi reference;

	private final PartnerModules partners;

	private final MessageSource messages;

	private final FormErrors formErrors;

	ScopeController(WorkshopService workshops, ScopeService scope, ReferenceApi reference, PartnerModules partners,
			MessageSource messages, FormErrors formErrors) {
		this.formErrors = formErrors;
		this.workshops = workshops;
		this.scope = scope;
		this.reference = reference;
		this.partners = partners;
		this.messages = messages;
	}

	@GetMapping("/workshops/{workshopId}/scope")
	String page(@PathVariable long workshopId, Locale locale, Model model) {
		return page(workshopId, new ContactForm(), locale, model);
	}

	private String page(long workshopId, ContactForm contact, Locale locale, Model model) {
		CurrentUser user = CurrentUser.required();
		WorkshopService.WorkshopView view = workshops.view(workshopId, Optional.of(user), locale);
		WorkshopController.requireManage(view);
		model.addAttribute("w", view);
		model.addAttribute("tab", "scope");
		model.addAttribute("scope", scope.scope(workshopId, Optional.of(user), locale));
		model.addAttribute("invitations", scope.invitations(workshopId, user, locale));
		model.addAttribute("regions", reference.regions());
		model.addAttribute("subRegions", reference.subRegions());
		model.addAttribute("countries", reference.countries()
			.stream()
			.sorted(java.util.Comparator.comparing(c -> c.name(locale), java.text.Collator.getInstance(locale)))
			.toList());
		model.addAttribute("routesAvailable", partners.routesAvailable());
		model.addAttribute("routes", partners.routes());
		model.addAttribute("gapsAvailable", partners.gapsAvailable());
		model.addAttribute("areas", FocusArea.values());
		if (!model.containsAttribute("contact")) {
			contact.setLanguage(view.languages().get(0));
			model.addAttribute("contact", contact);
		}
		return "workshop/scope";
	}

	@PostMapping("/workshops/{workshopId}/scope/region")
	String addRegion(@PathVariable long workshopId, @RequestParam String region, RedirectAttributes redirect) {
		return added(workshopId, () -> scope.addRegion(workshopId, region, CurrentUser.required()), redirect);
	}

	@PostMapping("/workshops/{workshopId}/scope/route")
	String addRoute(@PathVariable long workshopId, @RequestParam long route, RedirectAttributes redirect) {
		return added(workshopId, () -> scope.addRoute(workshopId, route, CurrentUser.required()), redirect);
	}

	@PostMapping("/workshops/{workshopId}/scope/gap")
	String addGap(@PathVariable long workshopId, @RequestParam FocusArea area, @RequestParam double minGap,
			RedirectAttributes redirect) {
		return added(workshopId, () -> scope.addGap(workshopId, area, minGap, CurrentUser.required()), redirect);
	}

	@PostMapping("/workshops/{workshopId}/scope/country")
	String addCountry(@PathVariable long workshopId, @RequestParam String country, RedirectAttributes redirect) {
		return added(workshopId, () -> scope.addCountry(workshopId, country, CurrentUser.required()), redirect);
	}

	private String added(long workshopId, java.util.function.IntSupplier action, RedirectAttributes redirect) {
		FormErrors.flashed(redirect, action::getAsInt, "workshop.scope.added")
			.ifPresent(added -> redirect.addFlashAttribute("flashArgs", new Object[] { added }));
		return "redirect:/workshops/" + workshopId + "/scope";
	}

	@PostMapping("/workshops/{workshopId}/scope/{iso3}/remove")
	String removeCountry(@PathVariable long workshopId, @PathVariable String iso3, RedirectAttributes redirect) {
		scope.removeCountry(workshopId, iso3, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", "workshop.scope.removed");
		return "redirect:/workshops/" + workshopId + "/scope";
	}

	@PostMapping("/workshops/{workshopId}/invitations")
	String addContact(@PathVariable long workshopId, @Valid @ModelAttribute("contact") ContactForm contact,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		if (formErrors.attempt(result, model)
			.fields(Map.of("workshop.invitation.error.duplicate", "email", "workshop.scope.error.unknownCountry",
					"countryCode", "workshop.error.notWorkingLanguage", "language"))
			.run(() -> scope.addContact(workshopId, new ScopeService.ContactCommand(contact.getName(),
					contact.getEmail(), contact.getCountryCode(), contact.getOrganisation(), contact.getLanguage()),
					CurrentUser.required()))) {
			redirect.addFlashAttribute("flashSuccess", "workshop.invitation.added");
			return "redirect:/workshops/" + workshopId + "/scope#invitations";
		}
		model.addAttribute("contact", contact);
		return page(workshopId, contact, locale, model);
	}

	@PostMapping("/workshops/{workshopId}/invitations/{invitationId}/remove")
	String removeInvitation(@PathVariable long workshopId, @PathVariable long invitationId, RedirectAttributes redirect) {
		scope.removeInvitation(workshopId, invitationId, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", "workshop.invitation.removed");
		return "redirect:/workshops/" + workshopId + "/scope#invitations";
	}

	@PostMapping("/workshops/{workshopId}/invitations/send")
	String send(@PathVariable long workshopId, RedirectAttributes redirect) {
		FormErrors.flashed(redirect, () -> scope.send(workshopId, CurrentUser.required()), "workshop.invitation.sent")
			.ifPresent(sent -> redirect.addFlashAttribute("flashArgs", new Object[] { sent }));
		return "redirect:/workshops/" + workshopId + "/scope#invitations";
	}

	@GetMapping("/workshops/{workshopId}/invitations/export")
	ResponseEntity<byte[]> export(@PathVariable long workshopId, @RequestParam(defaultValue = "csv") String format,
			Locale locale) {
		List<List<?>> rows = scope.invitations(workshopId, CurrentUser.required(), locale)
			.stream()
			.<List<?>>map(i -> List.of(i.name(), i.email(), Objects.toString(i.countryCode(), ""),
					Objects.toString(i.organisation(), ""), i.language(),
					messages.getMessage(i.source().messageKey(), null, locale),
					messages.getMessage(i.status().messageKey(), null, locale)))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), "workshop-" + workshopId + "-invitations",
				List.of("name", "email", "country", "organisation", "language", "source", "status"), rows);
	}

}
