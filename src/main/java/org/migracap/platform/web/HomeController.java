package org.migracap.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.HomePanel;
import org.migracap.platform.ViewFragment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what MigraCap is for, the cycle, and the panels modules contribute for the current user.
 */
@Controller
class HomeController {

	private final List<HomePanel> panels;

	HomeController(List<HomePanel> panels) {
		this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
	}

	@GetMapping("/")
	@Access(anonymous = true)
	String home(Model model) {
		Optional<CurrentUser> user = CurrentUser.current();
		List<ViewFragment> visible = panels.stream()
			.filter(panel -> panel.visibleTo(user))
			.map(panel -> panel.render(user))
			.toList();
		model.addAttribute("panels", visible);
		return "platform/home";
	}

	@GetMapping("/about")
	@Access(anonymous = true)
	String about() {
		return "platform/about";
	}

}
