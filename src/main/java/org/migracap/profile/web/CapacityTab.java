package org.migracap.profile.web;

import java.util.Map;
import java.util.Optional;

import org.migracap.platform.CountryTab;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ViewFragment;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The capacity tab of the country page: the country's capacity profile as far as the viewer may see it.
 */
@Component
class CapacityTab implements CountryTab {

	private final ProfileBuilder profiles;

	CapacityTab(ProfileBuilder profiles) {
		this.profiles = profiles;
	}

	@Override
	public String key() {
		return "capacity";
	}

	@Override
	public String labelKey() {
		return "profile.tab";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public ViewFragment render(String iso3, Optional<CurrentUser> user) {
		return ViewFragment.of("profile/profile", "capacity",
				Map.of("profile", profiles.build(iso3, user, LocaleContextHolder.getLocale()), "tab", true));
	}

}
