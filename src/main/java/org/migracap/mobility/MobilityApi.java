package org.migracap.mobility;

import java.util.List;
import java.util.Optional;

import org.migracap.mobility.domain.ChainService;
import org.migracap.mobility.domain.Measure;
import org.migracap.mobility.domain.MigrationQueries;
import org.migracap.mobility.domain.RouteService;
import org.migracap.platform.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Migration corridors for other modules: the routes along the chain of movement, the roles countries play, and the
 * results of the chain analysis. Results that depend on capacity scores only use the scores the viewer may see.
 */
@Service
public class MobilityApi {

	private final RouteService routes;

	private final ChainService chain;

	private final MigrationQueries data;

	MobilityApi(RouteService routes, ChainService chain, MigrationQueries data) {
		this.routes = routes;
		this.chain = chain;
		this.data = data;
	}

	/** Every defined route, sorted by name. */
	public List<RouteView> routes() {
		return routes.list().stream().map(MobilityApi::view).toList();
	}

	public Optional<RouteView> route(long id) {
		return routes.list().stream().filter(r -> r.id() == id).findFirst().map(MobilityApi::view);
	}

	/** The routes on which the country is origin, transit or destination. */
	public List<RouteView> routesThrough(String iso3) {
		return routes.list().stream().filter(r -> r.countries().contains(iso3)).map(MobilityApi::view).toList();
	}

	/**
	 * The leverage of every (country, area) with a gain, largest first, from the chain analysis over the defined routes
	 * and the direct corridors of the latest migrant stock data, with the scores {@code viewer} may see.
	 */
	public List<Leverage> leverage(Optional<CurrentUser> viewer) {
		return chain.leverage(viewer);
	}

	/**
	 * Every analysed route and direct corridor in every area, largest exposure first, with the scores {@code viewer}
	 * may see.
	 */
	public List<CorridorExposure> exposures(Optional<CurrentUser> viewer) {
		return chain.exposures(viewer);
	}

	/**
	 * The role a country mostly plays: TRANSIT if it is a transit country of some route, otherwise ORIGIN when more
	 * of its people live abroad than migrants live in it (latest migrant stock data), else DESTINATION.
	 */
	public CountryRole mainRole(String iso3) {
		boolean transit = routes.list().stream().anyMatch(r -> r.transitIso3().contains(iso3));
		if (transit) {
			return CountryRole.TRANSIT;
		}
		return data.latest(Measure.MIGRANT_STOCK).map(selection -> {
			double emigrants = data.total(iso3, CountryRole.ORIGIN, selection);
			double immigrants = data.total(iso3, CountryRole.DESTINATION, selection);
			return emigrants > immigrants ? CountryRole.ORIGIN : CountryRole.DESTINATION;
		}).orElse(CountryRole.DESTINATION);
	}

	/** The role of a country on a route, empty if the route does not pass through it (or does not exist). */
	public Optional<CountryRole> roleOn(long routeId, String iso3) {
		return routes.list().stream().filter(r -> r.id() == routeId).findFirst().flatMap(r -> {
			if (r.originIso3().equals(iso3)) {
				return Optional.of(CountryRole.ORIGIN);
			}
			if (r.destinationIso3().equals(iso3)) {
				return Optional.of(CountryRole.DESTINATION);
			}
			return r.transitIso3().contains(iso3) ? Optional.of(CountryRole.TRANSIT) : Optional.empty();
		});
	}

	/** The countries with which the country has its largest migrant stock corridors, either way, largest first. */
	public List<String> mainCorridorPartners(String iso3, int limit) {
		return data.latest(Measure.MIGRANT_STOCK).map(selection -> {
			java.util.Map<String, Double> partners = new java.util.HashMap<>();
			for (CountryRole role : List.of(CountryRole.ORIGIN, CountryRole.DESTINATION)) {
				data.corridors(iso3, role, selection).forEach(f -> partners.merge(f.iso3(), f.amount(), Double::sum));
			}
			return partners.entrySet()
				.stream()
				.filter(e -> !e.getKey().equals(iso3))
				.sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
				.limit(limit)
				.map(java.util.Map.Entry::getKey)
				.toList();
		}).orElse(List.of());
	}

	/** The largest corridors of the latest migrant stock data, origin and destination distinct, largest first. */
	public List<CorridorFigure> largestCorridors(int limit) {
		return data.latest(Measure.MIGRANT_STOCK)
			.map(selection -> data.matrix(selection)
				.stream()
				.filter(c -> !c.originIso3().equals(c.destinationIso3()))
				.limit(limit)
				.map(c -> new CorridorFigure(c.originIso3(), c.destinationIso3(), c.amount(), selection.source(),
						selection.year()))
				.toList())
			.orElse(List.of());
	}

	private static RouteView view(RouteService.RouteRecord r) {
		return new RouteView(r.id(), r.name(), r.originIso3(), r.transitIso3(), r.destinationIso3(), r.volume());
	}

}
