package org.migracap.mobility.web;

import java.util.Map;
import java.util.Optional;

import org.migracap.mobility.domain.ChainService;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.HomePanel;
import org.migracap.platform.Role;
import org.migracap.platform.ViewFragment;
import org.springframework.stereotype.Component;

/**
 * On the home page of IOM staff, the three routes or corridors where one country's capacity holds back the most
 * people; on a focal point's, how many routes depend on its country.
 */
@Component
class WeakestLinksPanel implements HomePanel {

	private final ChainService chain;

	WeakestLinksPanel(ChainService chain) {
		this.chain = chain;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public boolean visibleTo(Optional<CurrentUser> user) {
		return user.map(u -> u.isStaff() || (u.has(Role.FOCAL_POINT) && u.countryCode() != null)).orElse(false);
	}

	@Override
	public ViewFragment render(Optional<CurrentUser> user) {
		CurrentUser current = user.orElseThrow();
		String country = current.isStaff() ? null : current.countryCode();
		return ViewFragment.of("mobility/panels", "weakestLinks",
				Map.of("top", chain.analysis(user).result().all().stream().limit(3).toList(), "country",
						country == null ? "" : country, "dependants",
						country == null ? 0 : chain.dependants(country, user).size()));
	}

}
