package org.migracap.mobility.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.CorridorExposure;
import org.migracap.mobility.Leverage;
import org.migracap.mobility.domain.ChainOfMovement.Link;
import org.migracap.mobility.domain.ChainOfMovement.RouteArea;
import org.migracap.mobility.domain.MigrationQueries.Corridor;
import org.migracap.mobility.domain.MigrationQueries.Selection;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.DataStamps;
import org.migracap.reference.FocusArea;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Runs the chain analysis ({@link ChainOfMovement}) over every defined route and every direct corridor of the latest
 * migrant stock matrix that no route covers, with the scores the viewer may see. Results are cached per visibility
 * class (public, signed-in, staff, focal points of one country), keyed with the mobility data stamp (routes, the
 * relevance matrix, the migration data) and the stamp of the scores, so a change on any instance is seen at once.
 */
@Service
public class ChainService {

	private final RouteService routes;

	private final RoleRelevanceService relevance;

	private final MigrationQueries queries;

	private final AreaScoreSource scores;

	private final DataStamps stamps;

	ChainService(RouteService routes, RoleRelevanceService relevance, MigrationQueries queries, AreaScoreSource scores,
			DataStamps stamps) {
		this.routes = routes;
		this.relevance = relevance;
		this.queries = queries;
		this.scores = scores;
		this.stamps = stamps;
	}

	/** One analysis: the result, where each route and corridor sits in it, and what it was computed from. */
	public static final class Analysis {

		private final ChainOfMovement.Result result;

		private final Map<Long, Integer> routeIndex;

		private final Map<String, Integer> corridorIndex;

		private final @Nullable Selection stock;

		private final int scoredCountries;

		private final Instant computedAt = Instant.now();

		Analysis(ChainOfMovement.Result result, Map<Long, Integer> routeIndex, Map<String, Integer> corridorIndex,
				@Nullable Selection stock, int scoredCountries) {
			this.result = result;
			this.routeIndex = routeIndex;
			this.corridorIndex = corridorIndex;
			this.stock = stock;
			this.scoredCountries = scoredCountries;
		}

		public ChainOfMovement.Result result() {
			return result;
		}

		/** The migrant stock data the direct corridors and data-based route volumes come from. */
		public @Nullable Selection stock() {
			return stock;
		}

		public int scoredCountries() {
			return scoredCountries;
		}

		public Instant computedAt() {
			return computedAt;
		}

		public Optional<Integer> indexOfRoute(long routeId) {
			return Optional.ofNullable(routeIndex.get(routeId));
		}

		public Optional<Integer> indexOfCorridor(String originIso3, String destinationIso3) {
			return Optional.ofNullable(corridorIndex.get(originIso3 + ">" + destinationIso3));
		}

		public int definedRoutes() {
			return routeIndex.size();
		}

	}

	public Analysis analysis(Optional<CurrentUser> viewer) {
		return stamps.cached("mobility.chain", stamps.current(MigrationQueries.STAMP),
				List.of(scores.stamp(), AreaScoreSource.visibilityClass(viewer)), () -> analyse(scores.scores(viewer)));
	}

	/** Analyses with the given scores (used by the cache, and by tests that supply scores). */
	Analysis analyse(Map<String, double[]> areaScores) {
		List<ChainOfMovement.Route> universe = new ArrayList<>();
		Map<Long, Integer> routeIndex = new HashMap<>();
		Set<String> covered = new HashSet<>();
		for (RouteService.RouteRecord route : routes.list()) {
			routeIndex.put(route.id(), universe.size());
			universe.add(new ChainOfMovement.Route(route.id(), route.name(), route.countries(), route.volume()));
			covered.add(route.originIso3() + ">" + route.destinationIso3());
		}
		Map<String, Integer> corridorIndex = new HashMap<>();
		Optional<Selection> stock = queries.latest(Measure.MIGRANT_STOCK);
		if (stock.isPresent()) {
			for (Corridor c : queries.matrix(stock.get())) {
				String key = c.originIso3() + ">" + c.destinationIso3();
				if (c.originIso3().equals(c.destinationIso3()) || covered.contains(key)) {
					continue;
				}
				corridorIndex.put(key, universe.size());
				universe.add(new ChainOfMovement.Route(null, c.originIso3() + " - " + c.destinationIso3(),
						List.of(c.originIso3(), c.destinationIso3()), c.amount()));
			}
		}
		ChainOfMovement policy = ChainOfMovement.of(relevance.matrix());
		return new Analysis(policy.analyse(universe, areaScores), Map.copyOf(routeIndex), Map.copyOf(corridorIndex),
				stock.orElse(null), areaScores.size());
	}

	public List<CorridorExposure> exposures(Optional<CurrentUser> viewer) {
		return analysis(viewer).result().all().stream().map(ChainService::exposure).toList();
	}

	public List<Leverage> leverage(Optional<CurrentUser> viewer) {
		return analysis(viewer).result().leverage();
	}

	/** The routes and corridors on which the country is the bottleneck, the largest gain first. */
	public List<RouteArea> dependants(String iso3, Optional<CurrentUser> viewer) {
		return analysis(viewer).result()
			.all()
			.stream()
			.filter(r -> r.bottleneckIso3().equals(iso3) && r.exposure() > 0)
			.sorted(Comparator.comparingDouble(RouteArea::gain).reversed()
				.thenComparing(Comparator.comparingDouble(RouteArea::exposure).reversed()))
			.toList();
	}

	/** The routes and corridors that make up the leverage of a country in an area. */
	public List<RouteArea> leverageDetail(String iso3, FocusArea area, Optional<CurrentUser> viewer) {
		return analysis(viewer).result()
			.all()
			.stream()
			.filter(r -> r.area() == area && r.bottleneckIso3().equals(iso3) && r.gain() > 0)
			.sorted(Comparator.comparingDouble(RouteArea::gain).reversed())
			.toList();
	}

	public List<Link> routeLinks(long routeId, FocusArea area, Optional<CurrentUser> viewer) {
		Analysis analysis = analysis(viewer);
		return analysis.indexOfRoute(routeId).map(i -> analysis.result().links(i, area)).orElse(List.of());
	}

	public Optional<RouteArea> routeResult(long routeId, FocusArea area, Optional<CurrentUser> viewer) {
		Analysis analysis = analysis(viewer);
		return analysis.indexOfRoute(routeId).map(i -> analysis.result().at(i, area));
	}

	static CorridorExposure exposure(RouteArea r) {
		return new CorridorExposure(r.route().routeId(), r.route().name(), r.route().countries(), r.area(),
				r.route().volume(), r.chainCapacity(), r.bottleneckIso3(), r.exposure(), r.complete());
	}

	/** Raises the mobility stamp, in the caller's transaction: every instance analyses again at its next read. */
	public void invalidate() {
		stamps.raise(MigrationQueries.STAMP);
	}

	@EventListener
	void on(RouteService.RoutesChanged event) {
		invalidate();
	}

	@EventListener
	void on(RoleRelevanceService.RelevanceChanged event) {
		invalidate();
	}

	@EventListener
	void on(BilateralImport.MigrationDataChanged event) {
		invalidate();
	}

}
