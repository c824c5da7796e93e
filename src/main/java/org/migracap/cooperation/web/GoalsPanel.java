package org.migracap.cooperation.web;

import java.util.Map;
import java.util.Optional;

import org.migracap.cooperation.domain.ObjectiveCatalogue;
import org.migracap.cooperation.domain.StanceService;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.HomePanel;
import org.migracap.platform.Role;
import org.migracap.platform.ViewFragment;
import org.springframework.stereotype.Component;

/**
 * On a focal point's home page: how many objectives its State has taken a stance on, with a link to state the rest.
 */
@Component
class GoalsPanel implements HomePanel {

	private final StanceService stances;

	private final ObjectiveCatalogue objectives;

	GoalsPanel(StanceService stances, ObjectiveCatalogue objectives) {
		this.stances = stances;
		this.objectives = objectives;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public boolean visibleTo(Optional<CurrentUser> user) {
		return user.map(u -> u.has(Role.FOCAL_POINT) && u.countryCode() != null).orElse(false);
	}

	@Override
	public ViewFragment render(Optional<CurrentUser> user) {
		String iso3 = user.orElseThrow().countryCode();
		return ViewFragment.of("cooperation/panels", "goals", Map.of("iso3", iso3, "stated",
				stances.stancesOf(iso3, user).size(), "total", objectives.all().size()));
	}

}
