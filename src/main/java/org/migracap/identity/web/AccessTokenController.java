package org.migracap.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migracap.identity.domain.AccessTokenService;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A signed-in user's personal access tokens for the JSON API: make one (shown once), see when each was last used,
 * revoke.
 */
@Controller
@Access
class AccessTokenController {

	private final AccessTokenService tokens;

	private final FormErrors formErrors;

	AccessTokenController(AccessTokenService tokens, FormErrors formErrors) {
		this.tokens = tokens;
		this.formErrors = formErrors;
	}

	@GetMapping("/account/tokens")
	String list(Model model) {
		return page(model);
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "90") String days,
			@RequestParam(defaultValue = "false") boolean readOnly, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		formErrors.onPage(model, response, () -> tokens.create(CurrentUser.required().id(), name, TokenForms.days(days),
				readOnly))
			.ifPresentOrElse(created -> model.addAttribute("created", created), () -> model.addAttribute("name", name));
		page(model);
		return Htmx.view(request, "identity/tokens", "tokens");
	}

	@PostMapping("/account/tokens/{tokenId}/revoke")
	String revoke(@PathVariable long tokenId, Model model, HttpServletRequest request) {
		tokens.revoke(CurrentUser.required().id(), tokenId);
		model.addAttribute("tokenNotice", "token.revoked");
		page(model);
		return Htmx.view(request, "identity/tokens", "tokens");
	}

	private String page(Model model) {
		model.addAttribute("tokens", tokens.tokensOf(CurrentUser.required().id()));
		model.addAttribute("action", "/account/tokens");
		model.addAttribute("maxDays", tokens.maxValidityDays());
		return "identity/tokens";
	}

}
