package org.migracap.identity.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migracap.identity.domain.AccessTokenService;
import org.migracap.identity.domain.UserService;
import org.migracap.platform.Access;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Htmx;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Service accounts: systems (a donor's or a statistics office's) that use the JSON API with tokens, each holding one
 * role and, for a focal point, one country. They never sign in.
 */
@Controller
@Access(Role.ADMIN)
class ServiceAccountController {

	private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9._-]{3,80}");

	private final UserService users;

	private final AccessTokenService tokens;

	private final ReferenceApi reference;

	private final FormErrors formErrors;

	ServiceAccountController(UserService users, AccessTokenService tokens, ReferenceApi reference,
			FormErrors formErrors) {
		this.users = users;
		this.tokens = tokens;
		this.reference = reference;
		this.formErrors = formErrors;
	}

	@GetMapping("/admin/service-accounts")
	String list(Model model) {
		model.addAttribute("accounts", users.serviceAccounts());
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("countries", reference.countries());
		return "identity/service-accounts";
	}

	@PostMapping("/admin/service-accounts")
	String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String countryCode,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return formErrors.onPage(model, response, () -> {
			String name = username.trim().toLowerCase(Locale.ROOT);
			if (!USERNAME.matcher(name).matches()) {
				throw RuleViolationException.invalid("serviceAccount.error.username");
			}
			if (displayName.isBlank() || displayName.length() > 200) {
				throw RuleViolationException.invalid("serviceAccount.error.displayName");
			}
			Role chosen;
			try {
				chosen = Role.valueOf(role);
			}
			catch (IllegalArgumentException ex) {
				throw RuleViolationException.invalid("user.error.noRole");
			}
			return users.createServiceAccount(name, displayName, chosen, countryCode.isBlank() ? null : countryCode);
		}).map(account -> {
			redirect.addFlashAttribute("flashSuccess", "common.created");
			return "redirect:/admin/service-accounts/" + account.id();
		}).orElseGet(() -> {
			model.addAttribute("username", username);
			model.addAttribute("displayName", displayName);
			return list(model);
		});
	}

	@GetMapping("/admin/service-accounts/{accountId}")
	String account(@PathVariable long accountId, Model model) {
		return page(accountId, model);
	}

	@PostMapping("/admin/service-accounts/{accountId}/tokens")
	String createToken(@PathVariable long accountId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "90") String days, @RequestParam(defaultValue = "false") boolean readOnly,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		serviceAccount(accountId);
		formErrors.onPage(model, response, () -> tokens.create(accountId, name, TokenForms.days(days), readOnly))
			.ifPresentOrElse(created -> model.addAttribute("created", created), () -> model.addAttribute("name", name));
		page(accountId, model);
		return Htmx.view(request, "identity/service-account", "tokens");
	}

	@PostMapping("/admin/service-accounts/{accountId}/tokens/{tokenId}/revoke")
	String revoke(@PathVariable long accountId, @PathVariable long tokenId, Model model, HttpServletRequest request) {
		serviceAccount(accountId);
		tokens.revoke(accountId, tokenId);
		model.addAttribute("tokenNotice", "token.revoked");
		page(accountId, model);
		return Htmx.view(request, "identity/service-account", "tokens");
	}

	private UserService.UserRecord serviceAccount(long accountId) {
		return users.find(accountId)
			.filter(UserService.UserRecord::serviceAccount)
			.orElseThrow(() -> NotFoundException.of("service account", accountId));
	}

	private String page(long accountId, Model model) {
		model.addAttribute("account", serviceAccount(accountId));
		model.addAttribute("tokens", tokens.tokensOf(accountId));
		model.addAttribute("action", "/admin/service-accounts/" + accountId + "/tokens");
		model.addAttribute("maxDays", tokens.maxValidityDays());
		return "identity/service-account";
	}

}
