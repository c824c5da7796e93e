package org.migracap.workshop.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.workshop.domain.ScopeService;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The personal registration link of a workshop invitation e-mail. Followed by the invited person, it opens the
 * registration form in the invitation's language; followed by nobody signed in, it asks to sign in and then comes
 * back; an expired, unknown or another person's link gets a page that says so and changes nothing.
 */
@Controller
class InvitationLinkController {

	private final ScopeService scope;

	private final HttpSessionRequestCache saved = new HttpSessionRequestCache();

	InvitationLinkController(ScopeService scope) {
		this.scope = scope;
	}

	@GetMapping("/workshops/invitation")
	@Access(anonymous = true)
	String follow(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		ScopeService.FollowedLink link = scope.follow(token, CurrentUser.current());
		switch (link.outcome()) {
			case REGISTER:
				return "redirect:/workshops/" + link.workshopId() + "/register?lang=" + link.language();
			case SIGN_IN:
				saved.saveRequest(request, response);
				return "redirect:/login?lang=" + link.language();
			case EXPIRED:
				response.setStatus(HttpStatus.GONE.value());
				break;
			case FOREIGN:
				response.setStatus(HttpStatus.FORBIDDEN.value());
				break;
			default:
				response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("message", "workshop.invitationLink." + link.outcome().name());
		return "workshop/invitation-link";
	}

}
