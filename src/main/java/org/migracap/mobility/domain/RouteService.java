package org.migracap.mobility.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.domain.MigrationQueries.Selection;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.ReferenceApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routes along the chain of movement: origin -> transit* -> destination, with a volume from the data or entered.
 * Anybody may read them; coordinators define them (the controllers check the role).
 */
@Service
public class RouteService {

	public static final int MAX_TRANSIT = 8;

	private final Routes routes;

	private final ReferenceApi reference;

	private final MigrationQueries queries;

	private final ApplicationEventPublisher events;

	RouteService(Routes routes, ReferenceApi reference, MigrationQueries queries, ApplicationEventPublisher events) {
		this.routes = routes;
		this.reference = reference;
		this.queries = queries;
		this.events = events;
	}

	/**
	 * A route as pages show it. {@code volume} is what the chain analysis uses; {@code volumeFrom} names the data it was
	 * taken from: the latest year of the most recent migrant stock source that records the corridor (UN DESA 2019 first,
	 * then World Bank/KNOMAD 2017, unless a newer vintage was imported). It is empty when the volume was entered, or
	 * when no source records the corridor; the volume is then 0.
	 */
	public record RouteRecord(long id, String name, String originIso3, List<String> transitIso3, String destinationIso3,
			VolumeMode volumeMode, @Nullable Double enteredVolume, double volume, @Nullable Selection volumeFrom,
			@Nullable String note, boolean demo, long version) {

		public List<String> countries() {
			List<String> all = new ArrayList<>();
			all.add(originIso3);
			all.addAll(transitIso3);
			all.add(destinationIso3);
			return all;
		}

		public boolean noData() {
			return volumeMode == VolumeMode.DATA && volumeFrom == null;
		}

	}

	public record RouteDraft(String name, String originIso3, List<String> transitIso3, String destinationIso3,
			VolumeMode volumeMode, @Nullable Double enteredVolume, @Nullable String note) {
	}

	/** Published when routes change, so that chain results are computed again. */
	public record RoutesChanged(long routeId) {
	}

	@Transactional(readOnly = true)
	public List<RouteRecord> list() {
		List<Selection> stocks = stockSources();
		return routes.findAll()
			.stream()
			.map(r -> record(r, stocks))
			.sorted(Comparator.comparing(RouteRecord::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Transactional(readOnly = true)
	public RouteRecord get(long id) {
		return record(find(id), stockSources());
	}

	@Transactional(readOnly = true)
	public Optional<RouteRecord> find(String name) {
		return routes.findByNameIgnoreCase(name).map(r -> record(r, stockSources()));
	}

	/** The latest year of every migrant stock source, the most recent data first. */
	private List<Selection> stockSources() {
		return queries.sourcesOf(Measure.MIGRANT_STOCK)
			.stream()
			.map(s -> new Selection(s.code(), Measure.MIGRANT_STOCK, s.measure(Measure.MIGRANT_STOCK).orElseThrow().lastYear()))
			.toList();
	}

	@Transactional
	public RouteRecord create(RouteDraft draft) {
		return save(new Route(false), draft);
	}

	@Transactional
	RouteRecord createDemo(RouteDraft draft) {
		return save(new Route(true), draft);
	}

	@Transactional
	public RouteRecord update(long id, long version, RouteDraft draft) {
		Route route = find(id);
		ConcurrentEditException.check("route", id, version, route.version());
		return save(route, draft);
	}

	@Transactional
	public void delete(long id, long version) {
		Route route = find(id);
		ConcurrentEditException.check("route", id, version, route.version());
		routes.delete(route);
		events.publishEvent(new RoutesChanged(id));
	}

	private RouteRecord save(Route route, RouteDraft draft) {
		String name = draft.name().trim();
		if (name.isEmpty() || name.length() > 200) {
			throw RuleViolationException.invalid("mobility.route.error.name");
		}
		routes.findByNameIgnoreCase(name)
			.filter(other -> other != route)
			.ifPresent(other -> {
				throw RuleViolationException.conflict("mobility.route.error.nameTaken", name);
			});
		String origin = country(draft.originIso3(), "mobility.route.error.origin");
		String destination = country(draft.destinationIso3(), "mobility.route.error.destination");
		List<String> transit = new ArrayList<>();
		for (String code : draft.transitIso3()) {
			if (code != null && !code.isBlank()) {
				transit.add(country(code, "mobility.route.error.transit"));
			}
		}
		if (transit.size() > MAX_TRANSIT) {
			throw RuleViolationException.invalid("mobility.route.error.tooManyTransit", MAX_TRANSIT);
		}
		Set<String> seen = new HashSet<>();
		seen.add(origin);
		for (String code : transit) {
			if (!seen.add(code)) {
				throw RuleViolationException.invalid("mobility.route.error.repeated", code);
			}
		}
		if (!seen.add(destination)) {
			throw RuleViolationException.invalid("mobility.route.error.repeated", destination);
		}
		if (draft.volumeMode() == VolumeMode.ENTERED
				&& (draft.enteredVolume() == null || draft.enteredVolume() < 0 || !Double.isFinite(draft.enteredVolume()))) {
			throw RuleViolationException.invalid("mobility.route.error.volume");
		}
		String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().trim();
		if (note != null && note.length() > 2000) {
			throw RuleViolationException.invalid("mobility.route.error.note");
		}
		route.define(name, origin, transit, destination, draft.volumeMode(), draft.enteredVolume(), note);
		Route saved = routes.saveAndFlush(route);
		events.publishEvent(new RoutesChanged(saved.id()));
		return record(saved, stockSources());
	}

	private String country(@Nullable String code, String messageKey) {
		String iso3 = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
		if (!reference.isCountry(iso3)) {
			throw RuleViolationException.invalid(messageKey, code == null ? "" : code);
		}
		return iso3;
	}

	private Route find(long id) {
		return routes.findById(id).orElseThrow(() -> NotFoundException.of("route", id));
	}

	private RouteRecord record(Route route, List<Selection> stocks) {
		double volume = 0;
		Selection from = null;
		if (route.volumeMode() == VolumeMode.ENTERED) {
			volume = route.enteredVolume() == null ? 0 : route.enteredVolume();
		}
		else {
			for (Selection selection : stocks) {
				Optional<Double> stock = queries.corridor(route.originIso3(), route.destinationIso3(), selection);
				if (stock.isPresent()) {
					volume = stock.get();
					from = selection;
					break;
				}
			}
		}
		return new RouteRecord(route.id(), route.name(), route.originIso3(), route.transit(), route.destinationIso3(),
				route.volumeMode(), route.enteredVolume(), volume, from, route.note(), route.demo(), route.version());
	}

}
