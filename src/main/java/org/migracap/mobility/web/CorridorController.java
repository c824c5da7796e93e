package org.migracap.mobility.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.CountryRole;
import org.migracap.mobility.domain.ChainOfMovement;
import org.migracap.mobility.domain.ChainService;
import org.migracap.mobility.domain.Measure;
import org.migracap.mobility.domain.MigrationQueries;
import org.migracap.mobility.domain.MigrationQueries.Selection;
import org.migracap.mobility.domain.RouteService;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Htmx;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.TabularExport;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The corridor explorer: world and regional totals, a country's corridors as origin and as destination with their
 * trend and remittances, one corridor in detail, the data sources and what they leave out. Public data.
 */
@Controller
@Access(anonymous = true)
class CorridorController {

	private final CorridorViews views;

	private final WorldViews world;

	private final MigrationQueries data;

	private final ReferenceApi reference;

	private final RouteService routes;

	private final ChainService chain;

	CorridorController(CorridorViews views, WorldViews world, MigrationQueries data, ReferenceApi reference,
			RouteService routes, ChainService chain) {
		this.views = views;
		this.world = world;
		this.data = data;
		this.reference = reference;
		this.routes = routes;
		this.chain = chain;
	}

	@GetMapping("/corridors")
	String world(@RequestParam(required = false) String source, @RequestParam(required = false) Measure measure,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "20") int top, Locale locale,
			Model model, HttpServletRequest request) {
		model.addAttribute("world", world.world(source, measure, year, Math.max(5, Math.min(top, 100)), locale).orElse(null));
		model.addAttribute("countries", reference.countries());
		return Htmx.view(request, "mobility/corridors", "results");
	}

	/** The country picker of the explorer, for browsers without JavaScript. */
	@GetMapping("/corridors/country")
	String pick(@RequestParam(defaultValue = "") String iso3) {
		CountryView country = reference.country(iso3).orElseThrow(() -> NotFoundException.of("country", iso3));
		return "redirect:/corridors/" + country.iso3();
	}

	@GetMapping("/corridors/export")
	ResponseEntity<byte[]> exportWorld(@RequestParam(required = false) String source,
			@RequestParam(required = false) Measure measure, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "csv") String format, Locale locale) {
		Measure m = measure == null || !measure.bilateral() ? Measure.MIGRANT_STOCK : measure;
		Selection selection = data.select(source, m, year).orElseThrow(() -> NotFoundException.of("data", m));
		List<List<?>> rows = data.matrix(selection)
			.stream()
			.<List<?>>map(c -> List.of(c.originIso3(), views.name(c.originIso3(), locale), c.destinationIso3(),
					views.name(c.destinationIso3(), locale), selection.year(), c.amount(), m.name(), selection.source()))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), "migracap-corridors-" + selection.year(),
				List.of("origin", "origin_name", "destination", "destination_name", "year", "value", "measure", "source"),
				rows);
	}

	@GetMapping("/corridors/{iso3}")
	String country(@PathVariable String iso3, @RequestParam(required = false) String source,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "10") int top, Locale locale,
			Model model, HttpServletRequest request) {
		CountryView country = reference.getCountry(iso3);
		model.addAttribute("country", country);
		model.addAttribute("corridors", views.country(country.iso3(), source, year, top, locale).orElse(null));
		model.addAttribute("routes", routes.list().stream().filter(r -> r.countries().contains(country.iso3())).toList());
		model.addAttribute("topSizes", CorridorViews.TOP_SIZES);
		return Htmx.view(request, "mobility/country", "results");
	}

	@GetMapping("/corridors/{iso3}/export")
	ResponseEntity<byte[]> exportCountry(@PathVariable String iso3, @RequestParam(defaultValue = "ORIGIN") CountryRole role,
			@RequestParam(required = false) String source, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "csv") String format, Locale locale) {
		CountryView country = reference.getCountry(iso3);
		Selection selection = data.select(source, Measure.MIGRANT_STOCK, year)
			.orElseThrow(() -> NotFoundException.of("data", Measure.MIGRANT_STOCK));
		Optional<Selection> remittances = data.latest(Measure.REMITTANCES);
		boolean asOrigin = role == CountryRole.ORIGIN;
		List<List<?>> rows = new ArrayList<>();
		for (CorridorViews.CorridorRow row : views.all(country.iso3(), asOrigin ? CountryRole.ORIGIN : CountryRole.DESTINATION,
				selection, locale)) {
			rows.add(List.of(asOrigin ? country.iso3() : row.iso3(), asOrigin ? country.name(locale) : row.name(),
					asOrigin ? row.iso3() : country.iso3(), asOrigin ? row.name() : country.name(locale),
					selection.year(), row.amount(), Math.round(row.share() * 10000) / 100.0, selection.source(),
					row.remittances() == null ? "" : row.remittances(),
					remittances.map(r -> r.source() + " " + r.year()).orElse("")));
		}
		return TabularExport.download(TabularExport.Format.of(format),
				"migracap-corridors-" + country.iso3() + "-" + role.name().toLowerCase(Locale.ROOT),
				List.of("origin", "origin_name", "destination", "destination_name", "year", "migrant_stock",
						"share_percent", "source", "remittances_usd_millions", "remittances_source"),
				rows);
	}

	/** A year of a corridor: the figure both ways. */
	public record PairRow(int year, double amount, @Nullable Double reverse) {
	}

	/** One corridor's analysis in one area, for the corridor page. */
	public record AreaResult(FocusArea area, double chainCapacity, String bottleneckIso3, double exposure, double gain,
			boolean complete) {
	}

	@GetMapping("/corridors/{origin}/{destination}")
	String pair(@PathVariable String origin, @PathVariable String destination, Locale locale, Model model) {
		CountryView from = reference.getCountry(origin);
		CountryView to = reference.getCountry(destination);
		Map<String, List<PairRow>> stocks = new java.util.LinkedHashMap<>();
		Map<String, List<MigrationQueries.YearValue>> remittances = new java.util.LinkedHashMap<>();
		for (MigrationQueries.SourceInfo source : data.sourcesOf(Measure.MIGRANT_STOCK)) {
			Map<Integer, Double> back = new java.util.HashMap<>();
			data.corridorTrend(to.iso3(), from.iso3(), source.code(), Measure.MIGRANT_STOCK)
				.forEach(v -> back.put(v.year(), v.amount()));
			stocks.put(source.code(), data.corridorTrend(from.iso3(), to.iso3(), source.code(), Measure.MIGRANT_STOCK)
				.stream()
				.map(v -> new PairRow(v.year(), v.amount(), back.get(v.year())))
				.toList());
		}
		for (MigrationQueries.SourceInfo source : data.sourcesOf(Measure.REMITTANCES)) {
			remittances.put(source.code(), data.corridorTrend(from.iso3(), to.iso3(), source.code(), Measure.REMITTANCES));
		}
		Optional<CurrentUser> viewer = CurrentUser.current();
		ChainService.Analysis analysis = chain.analysis(viewer);
		Map<FocusArea, AreaResult> results = new EnumMap<>(FocusArea.class);
		Optional<Integer> index = analysis.indexOfCorridor(from.iso3(), to.iso3());
		index.ifPresent(i -> {
			for (FocusArea area : FocusArea.values()) {
				ChainOfMovement.RouteArea r = analysis.result().at(i, area);
				if (r != null) {
					results.put(area, new AreaResult(area, r.chainCapacity(), r.bottleneckIso3(), r.exposure(), r.gain(),
							r.complete()));
				}
			}
		});
		model.addAttribute("origin", from);
		model.addAttribute("destination", to);
		model.addAttribute("stocks", stocks);
		model.addAttribute("remittances", remittances);
		model.addAttribute("routes", routes.list()
			.stream()
			.filter(r -> r.originIso3().equals(from.iso3()) && r.destinationIso3().equals(to.iso3()))
			.toList());
		model.addAttribute("direct", index.isPresent());
		model.addAttribute("results", results);
		model.addAttribute("scored", analysis.scoredCountries());
		return "mobility/pair";
	}

	@GetMapping("/corridors/sources")
	String sources(@RequestParam(required = false) String source, Model model) {
		List<MigrationQueries.SourceInfo> sources = data.sources();
		MigrationQueries.SourceInfo selected = source == null ? null
				: sources.stream().filter(s -> s.code().equals(source)).findFirst().orElse(null);
		model.addAttribute("sources", sources);
		model.addAttribute("selected", selected);
		if (selected != null) {
			Map<Measure, List<MigrationQueries.ExclusionView>> exclusions = new EnumMap<>(Measure.class);
			selected.measures().forEach(m -> exclusions.put(m.measure(), data.exclusions(selected.code(), m.measure(), null)));
			model.addAttribute("exclusions", exclusions);
		}
		return "mobility/sources";
	}

	static String encode(@Nullable String value) {
		return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
