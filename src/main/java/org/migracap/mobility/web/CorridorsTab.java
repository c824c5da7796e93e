package org.migracap.mobility.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.migracap.mobility.MobilityApi;
import org.migracap.platform.CountryTab;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ViewFragment;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The "Corridors" tab of the country page: the country's largest corridors both ways, its main role and its routes,
 * with a link to the corridor explorer. Public data.
 */
@Component
class CorridorsTab implements CountryTab {

	private final CorridorViews views;

	private final MobilityApi mobility;

	CorridorsTab(CorridorViews views, MobilityApi mobility) {
		this.views = views;
		this.mobility = mobility;
	}

	@Override
	public String key() {
		return "corridors";
	}

	@Override
	public String labelKey() {
		return "country.tab.corridors";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public ViewFragment render(String iso3, Optional<CurrentUser> user) {
		Map<String, Object> data = new HashMap<>();
		data.put("iso3", iso3);
		data.put("corridors", views.country(iso3, null, null, 5, LocaleContextHolder.getLocale()).orElse(null));
		data.put("role", mobility.mainRole(iso3));
		data.put("routes", mobility.routesThrough(iso3));
		return ViewFragment.of("mobility/tabs", "corridors", data);
	}

}
