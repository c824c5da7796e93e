package org.migracap.identity.web;

import java.util.Map;
import java.util.Optional;

import org.migracap.identity.domain.NotificationService;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.HomePanel;
import org.migracap.platform.ViewFragment;
import org.springframework.stereotype.Component;

/**
 * The first panel of a signed-in user's home page: who they are, their country, unread notifications.
 */
@Component
class WelcomePanel implements HomePanel {

	private final NotificationService notifications;

	WelcomePanel(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public boolean visibleTo(Optional<CurrentUser> user) {
		return user.isPresent();
	}

	@Override
	public ViewFragment render(Optional<CurrentUser> user) {
		CurrentUser current = user.orElseThrow();
		return ViewFragment.of("identity/panels", "welcome",
				Map.of("user", current, "unread", notifications.unread(current.id())));
	}

}
