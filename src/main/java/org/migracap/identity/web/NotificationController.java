package org.migracap.identity.web;

import org.migracap.identity.domain.NotificationService;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A user's in-app notifications, and the unread count shown in the navigation bar.
 */
@Controller
@Access
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		long user = CurrentUser.required().id();
		model.addAttribute("notifications", notifications.latest(user, 100));
		return "identity/notifications";
	}

	@GetMapping("/notifications/count")
	String count(Model model) {
		model.addAttribute("unread", notifications.unread(CurrentUser.required().id()));
		return "identity/notifications :: count";
	}

	@PostMapping("/notifications/read")
	String markRead() {
		notifications.markAllRead(CurrentUser.required().id());
		return "redirect:/notifications";
	}

}
