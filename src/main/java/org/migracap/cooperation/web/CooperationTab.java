package org.migracap.cooperation.web;

import java.util.Map;
import java.util.Optional;

import org.migracap.cooperation.domain.AgreementService;
import org.migracap.cooperation.domain.StanceService;
import org.migracap.platform.CountryTab;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.ViewFragment;
import org.springframework.stereotype.Component;

/**
 * The "Cooperation" tab of the country page: the agreements the country is party to and how many of its stances the
 * viewer may see, with links to its goals and to the common-ground finder.
 */
@Component
class CooperationTab implements CountryTab {

	private final AgreementService agreements;

	private final StanceService stances;

	CooperationTab(AgreementService agreements, StanceService stances) {
		this.agreements = agreements;
		this.stances = stances;
	}

	@Override
	public String key() {
		return "cooperation";
	}

	@Override
	public String labelKey() {
		return "country.tab.cooperation";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public ViewFragment render(String iso3, Optional<CurrentUser> user) {
		return ViewFragment.of("cooperation/tabs", "cooperation",
				Map.of("iso3", iso3, "agreements", agreements.ofCountry(iso3, user), "stances",
						stances.stancesOf(iso3, user).size(), "canEdit",
						user.map(u -> u.has(Role.FOCAL_POINT) && u.isFocalPointOf(iso3)).orElse(false)));
	}

}
