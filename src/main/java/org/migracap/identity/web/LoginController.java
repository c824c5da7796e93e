package org.migracap.identity.web;

import org.migracap.identity.domain.DemoUsers;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.DemoSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. In demo mode it lists the demo accounts and their shared password.
 */
@Controller
@Access(anonymous = true)
class LoginController {

	private final DemoSettings demo;

	LoginController(DemoSettings demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, Model model) {
		if (CurrentUser.current().isPresent()) {
			return "redirect:/";
		}
		model.addAttribute("error", error == null ? null : switch (error) {
			case "locked" -> "login.error.locked";
			case "oidc" -> "login.error.oidc";
			default -> "login.error.bad";
		});
		if (demo.enabled()) {
			model.addAttribute("demoAccounts", DemoUsers.ACCOUNTS);
			model.addAttribute("demoPassword", demo.password());
		}
		return "identity/login";
	}

}
