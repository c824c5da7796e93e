package org.migracap.mobility.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.CorridorExposure;
import org.migracap.mobility.CountryRole;
import org.migracap.mobility.Leverage;
import org.migracap.mobility.MobilityApi;
import org.migracap.mobility.RouteView;
import org.migracap.mobility.domain.Measure;
import org.migracap.mobility.domain.MigrationQueries;
import org.migracap.mobility.domain.MigrationQueries.Flow;
import org.migracap.mobility.domain.MigrationQueries.Selection;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.reference.ReferenceApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of the mobility module: a country's corridors, the routes, and the chain analysis (with the scores the
 * caller may see).
 */
@RestController
@Access(anonymous = true)
class MobilityApiController {

	private final MigrationQueries data;

	private final MobilityApi mobility;

	private final ReferenceApi reference;

	MobilityApiController(MigrationQueries data, MobilityApi mobility, ReferenceApi reference) {
		this.data = data;
		this.mobility = mobility;
		this.reference = reference;
	}

	public record CountryCorridors(String iso3, Selection selection, CountryRole mainRole, List<Flow> emigrantsIn,
			List<Flow> immigrantsFrom) {
	}

	@GetMapping("/api/corridors/{iso3}")
	CountryCorridors corridors(@PathVariable String iso3, @RequestParam(required = false) String source,
			@RequestParam(required = false) @Nullable Integer year) {
		String country = reference.getCountry(iso3).iso3();
		Selection selection = data.select(source, Measure.MIGRANT_STOCK, year)
			.orElseThrow(() -> NotFoundException.of("data", Measure.MIGRANT_STOCK));
		return new CountryCorridors(country, selection, mobility.mainRole(country),
				data.corridors(country, CountryRole.ORIGIN, selection),
				data.corridors(country, CountryRole.DESTINATION, selection));
	}

	@GetMapping("/api/routes")
	List<RouteView> routes() {
		return mobility.routes();
	}

	@GetMapping("/api/chain/leverage")
	List<Leverage> leverage() {
		return mobility.leverage(CurrentUser.current());
	}

	@GetMapping("/api/chain/exposures")
	List<CorridorExposure> exposures(@RequestParam(defaultValue = "100") int limit) {
		return mobility.exposures(CurrentUser.current()).stream().limit(Math.max(1, Math.min(limit, 5000))).toList();
	}

}
