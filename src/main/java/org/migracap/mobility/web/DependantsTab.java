package org.migracap.mobility.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migracap.mobility.domain.ChainOfMovement.RouteArea;
import org.migracap.mobility.domain.ChainService;
import org.migracap.platform.CountryTab;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ViewFragment;
import org.springframework.stereotype.Component;

/**
 * The "Who depends on us" tab of the country page: the routes and corridors on which this country's capacity is the
 * weakest link, and what the people on them would gain if it rose to the next-weakest link. Computed with the scores
 * the viewer may see.
 */
@Component
class DependantsTab implements CountryTab {

	private final ChainService chain;

	DependantsTab(ChainService chain) {
		this.chain = chain;
	}

	@Override
	public String key() {
		return "depends";
	}

	@Override
	public String labelKey() {
		return "country.tab.depends";
	}

	@Override
	public int order() {
		return 31;
	}

	@Override
	public ViewFragment render(String iso3, Optional<CurrentUser> user) {
		ChainService.Analysis analysis = chain.analysis(user);
		List<RouteArea> dependants = chain.dependants(iso3, user);
		double gain = dependants.stream().mapToDouble(RouteArea::gain).sum();
		double people = dependants.stream()
			.map(r -> r.route())
			.distinct()
			.mapToDouble(r -> r.volume())
			.sum();
		return ViewFragment.of("mobility/tabs", "depends",
				Map.of("iso3", iso3, "dependants", dependants.stream().limit(50).toList(), "count", dependants.size(),
						"gain", gain, "people", people, "scored", analysis.scoredCountries()));
	}

}
