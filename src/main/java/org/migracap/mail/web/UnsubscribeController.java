package org.migracap.mail.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.migracap.mail.Delivery;
import org.migracap.mail.MailApi;
import org.migracap.mail.domain.Digests;
import org.migracap.mail.domain.MailPreferences;
import org.migracap.mail.domain.UnsubscribeTokens;
import org.migracap.platform.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * One-click unsubscribe (RFC 8058). The mail client posts to the link of the {@code List-Unsubscribe} header with no
 * session and no CSRF token (the only path exempt from CSRF); the signed token names the address and the kind, which
 * is set to none. Following the link in a browser (GET) shows a confirmation with a button, so that a link scanner
 * that opens every link unsubscribes no one. A token MigraCap did not sign changes nothing.
 */
@Controller
@Access(anonymous = true)
class UnsubscribeController {

	private final UnsubscribeTokens tokens;

	private final MailPreferences preferences;

	UnsubscribeController(UnsubscribeTokens tokens, MailPreferences preferences) {
		this.tokens = tokens;
		this.preferences = preferences;
	}

	@GetMapping("/mail/unsubscribe/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		return page(tokens.verify(token), false, token, model, response);
	}

	@PostMapping("/mail/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<UnsubscribeTokens.Subscription> subscription = tokens.verify(token)
			.filter(s -> !MailApi.ACCOUNT_KINDS.contains(s.kind()));
		subscription.ifPresent(s -> {
			if (s.kind().equals(Digests.KIND)) {
				preferences.stopDigests(s.address());
			}
			else {
				preferences.set(s.address(), s.kind(), Delivery.NONE);
			}
		});
		return page(subscription, true, token, model, response);
	}

	private static String page(Optional<UnsubscribeTokens.Subscription> subscription, boolean done, String token,
			Model model, HttpServletResponse response) {
		if (subscription.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("valid", false);
			return "mail/unsubscribe";
		}
		model.addAttribute("valid", true);
		model.addAttribute("done", done);
		model.addAttribute("address", subscription.get().address());
		model.addAttribute("kind", subscription.get().kind());
		model.addAttribute("digest", subscription.get().kind().equals(Digests.KIND));
		model.addAttribute("token", token);
		return "mail/unsubscribe";
	}

}
