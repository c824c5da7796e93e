package org.migracap.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;


import org.migracap.identity.domain.UserService;
import org.migracap.identity.domain.WorkflowMail;
import org.migracap.mail.Delivery;
import org.migracap.mail.MailApi;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in user's own account: details, preferred language, password.
 */
@Controller
@Access
class AccountController {

	/** A kind of mail and how the user wants it, for the account page. */
	public record MailChoice(String kind, Delivery delivery) {
	}

	private final UserService users;

	private final LocaleResolver locales;

	private final MailApi mail;

	private final FormErrors formErrors;

	AccountController(UserService users, LocaleResolver locales, MailApi mail, FormErrors formErrors) {
		this.users = users;
		this.locales = locales;
		this.mail = mail;
		this.formErrors = formErrors;
	}

	@GetMapping("/account")
	String account(Model model) {
		UserService.UserRecord user = users.get(CurrentUser.required().id());
		model.addAttribute("user", user);
		Map<String, Delivery> chosen = mail.preferences(user.email());
		model.addAttribute("mailChoices", WorkflowMail.KINDS.stream()
			.map(kind -> new MailChoice(kind, chosen.getOrDefault(kind, Delivery.IMMEDIATE)))
			.toList());
		model.addAttribute("deliveries", Delivery.values());
		return "identity/account";
	}

	/** Saves how the user wants each kind of mail: a {@code mail.<kind>} parameter per kind shown. */
	@PostMapping("/account/mail")
	String mailPreferences(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		String email = users.get(CurrentUser.required().id()).email();
		Map<String, Delivery> chosen = mail.preferences(email);
		for (String kind : WorkflowMail.KINDS) {
			String value = params.get("mail." + kind);
			Delivery delivery = java.util.Arrays.stream(Delivery.values())
				.filter(d -> d.name().equals(value))
				.findFirst()
				.orElse(null);
			if (delivery != null && delivery != chosen.getOrDefault(kind, Delivery.IMMEDIATE)) {
				mail.prefer(email, kind, delivery);
			}
		}
		redirect.addFlashAttribute("flashSuccess", "account.mail.saved");
		return "redirect:/account#mail-preferences";
	}

	@PostMapping("/account/language")
	String language(@RequestParam String language, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		users.changeOwnLanguage(CurrentUser.required().id(), language);
		locales.setLocale(request, response, java.util.Locale.of(users.get(CurrentUser.required().id()).preferredLanguage()));
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/account";
	}

	@PostMapping("/account/verification")
	String sendVerification(RedirectAttributes redirect) {
		if (users.sendVerification(CurrentUser.required().id())) {
			redirect.addFlashAttribute("flashSuccess", "account.verificationSent");
		}
		else {
			redirect.addFlashAttribute("flashError", "account.verificationNotSent");
		}
		return "redirect:/account";
	}

	static class PasswordForm {

		@NotBlank
		private String current = "";

		@NotBlank
		@Size(min = UserService.MIN_PASSWORD, max = 200)
		private String next = "";

		@NotBlank
		private String confirm = "";

		public String getCurrent() {
			return current;
		}

		public void setCurrent(String current) {
			this.current = current;
		}

		public String getNext() {
			return next;
		}

		public void setNext(String next) {
			this.next = next;
		}

		public String getConfirm() {
			return confirm;
		}

		public void setConfirm(String confirm) {
			this.confirm = confirm;
		}

	}

	@GetMapping("/account/password")
	String passwordForm(@RequestParam(required = false) String required, Model model) {
		model.addAttribute("form", new PasswordForm());
		model.addAttribute("required", required != null);
		return "identity/password";
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("next") && !form.getNext().equals(form.getConfirm())) {
			result.rejectValue("confirm", "account.error.confirm");
		}
		boolean changed = formErrors.attempt(result, model)
			.fields(Map.of("", "next", "account.error.currentPassword", "current"))
			.run(() -> users.changeOwnPassword(CurrentUser.required().id(), form.getCurrent(), form.getNext()));
		if (!changed) {
			form.setCurrent("");
			form.setNext("");
			form.setConfirm("");
			return "identity/password";
		}
		redirect.addFlashAttribute("flashSuccess", "account.passwordChanged");
		return "redirect:/account";
	}

}
