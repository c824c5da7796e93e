package org.migracap.planning.web;

import java.util.Map;
import java.util.Optional;

import org.migracap.planning.domain.ScenarioService;
import org.migracap.platform.CountryTab;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ViewFragment;
import org.springframework.stereotype.Component;

/**
 * A tab of the country page: the interventions of adopted plans that serve the country, for IOM staff and the
 * country's own focal points only (plans are not public). Focal points see how many other States a joint intervention
 * serves, not which.
 */
@Component
class AdoptedPlansTab implements CountryTab {

	private final ScenarioService scenarios;

	AdoptedPlansTab(ScenarioService scenarios) {
		this.scenarios = scenarios;
	}

	@Override
	public String key() {
		return "plans";
	}

	@Override
	public String labelKey() {
		return "planning.tab.plans";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public boolean visibleTo(Optional<CurrentUser> user, String iso3) {
		return user.map(u -> u.canSeeConfidentialOf(iso3)).orElse(false);
	}

	@Override
	public ViewFragment render(String iso3, Optional<CurrentUser> user) {
		if (!visibleTo(user, iso3)) {
			return ViewFragment.of("planning/tab", "plans", Map.of("items", java.util.List.of(), "iso3", iso3, "staff", false));
		}
		return ViewFragment.of("planning/tab", "plans", Map.of("items", scenarios.adoptedFor(iso3), "iso3", iso3,
				"staff", user.get().isStaff()));
	}

}
