package org.migracap.webhook.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.webhook.domain.Deliveries;
import org.migracap.webhook.domain.WebhookEvent;
import org.migracap.webhook.domain.WebhookService;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages of webhooks: the list with the form to register one (its secret is shown once, on the
 * answer to the form, never stored in the session), and each webhook with its deliveries and actions.
 */
@Controller
@Access(Role.ADMIN)
class WebhookController {

	private static final int PAGE_SIZE = 50;

	private final WebhookService webhooks;

	private final Deliveries deliveries;

	private final FormErrors formErrors;

	WebhookController(WebhookService webhooks, Deliveries deliveries, FormErrors formErrors) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.formErrors = formErrors;
	}

	@GetMapping("/admin/webhooks")
	String list(Model model) {
		return listPage(model, "", "", List.of());
	}

	@PostMapping("/admin/webhooks")
	String register(@RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) @Nullable List<String> events, Model model, HttpServletResponse response) {
		List<String> chosen = events == null ? List.of() : events;
		return formErrors.onPage(model, response, () -> webhooks.register(url, description, chosen, CurrentUser.required()))
			.map(created -> {
				model.addAttribute("created", created);
				return listPage(model, "", "", List.of());
			})
			.orElseGet(() -> listPage(model, url, description, chosen));
	}

	@GetMapping("/admin/webhooks/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		return detailPage(id, page, model);
	}

	@PostMapping("/admin/webhooks/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		webhooks.setEnabled(id, true, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", "webhook.enabledNotice");
		return "redirect:/admin/webhooks/" + id;
	}

	@PostMapping("/admin/webhooks/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		webhooks.setEnabled(id, false, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", "webhook.disabledNotice");
		return "redirect:/admin/webhooks/" + id;
	}

	@PostMapping("/admin/webhooks/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		webhooks.delete(id, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", "webhook.deleted");
		return "redirect:/admin/webhooks";
	}

	/** Rotates the secret and shows the new one on this answer only. */
	@PostMapping("/admin/webhooks/{id}/rotate")
	String rotate(@PathVariable long id, Model model) {
		model.addAttribute("rotated", webhooks.rotateSecret(id, CurrentUser.required()));
		return detailPage(id, 0, model);
	}

	@PostMapping("/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver")
	String redeliver(@PathVariable long id, @PathVariable long deliveryId, RedirectAttributes redirect) {
		webhooks.get(id, CurrentUser.required());
		deliveries.find(id, deliveryId).orElseThrow(() -> NotFoundException.of("delivery", deliveryId));
		if (deliveries.redeliver(id, deliveryId)) {
			redirect.addFlashAttribute("flashSuccess", "webhook.redelivered");
		}
		else {
			redirect.addFlashAttribute("flashError", "webhook.error.redeliver");
		}
		return "redirect:/admin/webhooks/" + id;
	}

	private String listPage(Model model, String url, String description, List<String> events) {
		model.addAttribute("webhooks", webhooks.list(CurrentUser.required()));
		model.addAttribute("allEvents", Arrays.asList(WebhookEvent.values()));
		model.addAttribute("url", url);
		model.addAttribute("description", description);
		model.addAttribute("chosen", events);
		model.addAttribute("encrypted", webhooks.encryptsSecrets());
		return "webhook/list";
	}

	private String detailPage(long id, int page, Model model) {
		WebhookService.WebhookView webhook = webhooks.get(id, CurrentUser.required());
		int number = Math.max(page, 0);
		model.addAttribute("webhook", webhook);
		model.addAttribute("page", new PageImpl<>(deliveries.of(id, number * PAGE_SIZE, PAGE_SIZE),
				PageRequest.of(number, PAGE_SIZE), deliveries.count(id)));
		model.addAttribute("base", "/admin/webhooks/" + id);
		return "webhook/detail";
	}

}
