package org.migracap.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.migracap.identity.domain.AccessTokenService;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Htmx;
import org.migracap.platform.RuleViolationException;
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

	AccessTokenController(AccessTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String list(Model model) {
		return page(model);
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "90") String days,
			@RequestParam(defaultValue = "false") boolean readOnly, Model model, HttpServletRequest request) {
		try {
			model.addAttribute("created",
					tokens.create(CurrentUser.required().id(), name, TokenForms.days(days), readOnly));
		}
		catch (RuleViolationException ex) {
			model.addAttribute("error", ex);
			model.addAttribute("name", name);
		}
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
