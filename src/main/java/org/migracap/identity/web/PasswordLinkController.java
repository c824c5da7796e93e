package org.migracap.identity.web;

import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.migracap.identity.domain.AccountLinks;
import org.migracap.identity.domain.AccountLinks.LinkState;
import org.migracap.identity.domain.AccountLinks.PasswordLink;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.Access;
import org.migracap.platform.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages that e-mailed links lead to, open to anybody who holds a link: "forgot password", setting a password
 * from an invitation or a reset link, verifying an address.
 */
@Controller
@Access(anonymous = true)
class PasswordLinkController {

	/** The rules about the link itself (used, expired, unknown), answered with their own page rather than the form. */
	private static final String LINK_RULES = "account.link.";

	private final AccountLinks links;

	private final FormErrors formErrors;

	PasswordLinkController(AccountLinks links, FormErrors formErrors) {
		this.links = links;
		this.formErrors = formErrors;
	}

	public static class PasswordForm {

		private String token = "";

		@NotBlank
		@Size(min = UserService.MIN_PASSWORD, max = 200)
		private String password = "";

		@NotBlank
		private String confirm = "";

		public String getToken() {
			return token;
		}

		public void setToken(String token) {
			this.token = token;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getConfirm() {
			return confirm;
		}

		public void setConfirm(String confirm) {
			this.confirm = confirm;
		}

	}

	@GetMapping("/password/forgot")
	String forgotForm() {
		return "identity/password-forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@RequestParam(defaultValue = "") String email, Model model) {
		if (email.isBlank() || email.length() > 200) {
			model.addAttribute("emailError", "account.forgot.emailRequired");
			return "identity/password-forgot";
		}
		links.requestReset(email);
		model.addAttribute("sent", true);
		return "identity/password-forgot";
	}

	@GetMapping("/password/set")
	String invitationForm(@RequestParam(defaultValue = "") String token, Model model) {
		return passwordForm(PasswordLink.INVITATION, token, model);
	}

	@PostMapping("/password/set")
	String acceptInvitation(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return setPassword(PasswordLink.INVITATION, form, result, model, redirect);
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		return passwordForm(PasswordLink.RESET, token, model);
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return setPassword(PasswordLink.RESET, form, result, model, redirect);
	}

	@GetMapping("/account/verify")
	String verify(@RequestParam(defaultValue = "") String token, Model model) {
		LinkState state = links.verify(token);
		model.addAttribute("ok", state == LinkState.VALID);
		model.addAttribute("message", state == LinkState.VALID ? "account.verified" : linkMessage(state));
		return "identity/link-result";
	}

	private String passwordForm(PasswordLink link, String token, Model model) {
		LinkState state = links.state(link, token);
		if (state != LinkState.VALID) {
			model.addAttribute("ok", false);
			model.addAttribute("message", linkMessage(state));
			return "identity/link-result";
		}
		PasswordForm form = new PasswordForm();
		form.setToken(token);
		model.addAttribute("form", form);
		return form(link, form, model);
	}

	private String setPassword(PasswordLink link, PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("password") && !form.getPassword().equals(form.getConfirm())) {
			result.rejectValue("confirm", "account.error.confirm");
		}
		Optional<String> username = formErrors.attempt(result, model)
			.fields(Map.of("", "password", LINK_RULES, ""))
			.call(() -> links.setPassword(link, form.getToken(), form.getPassword()));
		if (username.isPresent()) {
			redirect.addFlashAttribute("flashSuccess", "account.passwordSet");
			redirect.addFlashAttribute("flashArgs", new Object[] { username.get() });
			return "redirect:/login";
		}
		ObjectError linkError = result.getGlobalError();
		if (linkError != null && linkError.getCode() != null && linkError.getCode().startsWith(LINK_RULES)) {
			model.addAttribute("ok", false);
			model.addAttribute("message", linkError.getCode());
			return "identity/link-result";
		}
		form.setPassword("");
		form.setConfirm("");
		return form(link, form, model);
	}

	private String form(PasswordLink link, PasswordForm form, Model model) {
		model.addAttribute("invitation", link == PasswordLink.INVITATION);
		model.addAttribute("action", link == PasswordLink.INVITATION ? "/password/set" : "/password/reset");
		model.addAttribute("username", links.username(link, form.getToken()).orElse(""));
		return "identity/password-set";
	}

	private static String linkMessage(LinkState state) {
		return switch (state) {
			case EXPIRED -> "account.link.expired";
			case USED -> "account.link.used";
			default -> "account.link.unknown";
		};
	}

}
