package org.migracap.cooperation.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.migracap.cooperation.domain.CommonGround;
import org.migracap.cooperation.domain.CommonGroundService;
import org.migracap.cooperation.domain.StanceService;
import org.migracap.mobility.MobilityApi;
import org.migracap.mobility.RouteView;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Htmx;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.TabularExport;
import org.migracap.reference.CountryView;
import org.migracap.reference.ReferenceApi;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The common-ground finder: for a route, a region or a hand-picked list of States, the objectives all can support,
 * the contested ones and how far apart the States are, from the stances the viewer may see.
 */
@Controller
@Access(anonymous = true)
class CommonGroundController {

	private final CommonGroundService commonGround;

	private final StanceService stances;

	private final MobilityApi mobility;

	private final ReferenceApi reference;

	CommonGroundController(CommonGroundService commonGround, StanceService stances, MobilityApi mobility,
			ReferenceApi reference) {
		this.commonGround = commonGround;
		this.stances = stances;
		this.mobility = mobility;
		this.reference = reference;
	}

	/** The group asked for, and the States of it left out because they stated no stance the viewer may see. */
	public record Group(String kind, String label, List<String> countries, List<String> leftOut) {
	}

	Optional<Group> group(@Nullable Long route, @Nullable String region, @Nullable List<String> countries,
			Optional<CurrentUser> viewer, Locale locale) {
		if (route != null) {
			RouteView r = mobility.route(route).orElseThrow(() -> org.migracap.platform.NotFoundException.of("route", route));
			return Optional.of(new Group("route", r.name(), r.countries(), List.of()));
		}
		if (region != null && !region.isBlank()) {
			List<String> members = reference.countriesInRegion(region).stream().map(CountryView::iso3).toList();
			if (members.isEmpty()) {
				throw RuleViolationException.invalid("cooperation.commonGround.error.region", region);
			}
			Set<String> stated = stances.countriesWithStances(viewer);
			List<String> kept = members.stream().filter(stated::contains).toList();
			List<String> leftOut = members.stream().filter(c -> !stated.contains(c)).toList();
			return Optional.of(new Group("region", reference.regions().getOrDefault(region,
					reference.subRegions().getOrDefault(region, region)), kept, leftOut));
		}
		if (countries != null) {
			Set<String> picked = new LinkedHashSet<>();
			countries.stream()
				.flatMap(c -> Arrays.stream(c.split("[,\\s]+")))
				.filter(c -> !c.isBlank())
				.map(c -> c.trim().toUpperCase(Locale.ROOT))
				.forEach(picked::add);
			if (!picked.isEmpty()) {
				return Optional.of(new Group("list", String.join(", ", picked), new ArrayList<>(picked), List.of()));
			}
		}
		return Optional.empty();
	}

	@GetMapping("/cooperation/common-ground")
	String find(@RequestParam(required = false) Long route, @RequestParam(required = false) String region,
			@RequestParam(required = false) List<String> countries, Locale locale, Model model,
			HttpServletRequest request) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		model.addAttribute("routes", mobility.routes());
		model.addAttribute("regions", reference.regions());
		model.addAttribute("subRegions", reference.subRegions());
		model.addAttribute("allCountries", reference.countries());
		model.addAttribute("withStances", stances.countriesWithStances(viewer));
		model.addAttribute("route", route);
		model.addAttribute("region", region);
		model.addAttribute("picked", countries == null ? List.of() : countries);
		try {
			Optional<Group> group = group(route, region, countries, viewer, locale);
			model.addAttribute("group", group.orElse(null));
			if (group.isPresent()) {
				model.addAttribute("report", commonGround.report(group.get().countries(), viewer));
			}
		}
		catch (RuleViolationException ex) {
			model.addAttribute("problem", ex);
		}
		return Htmx.view(request, "cooperation/common-ground", "results");
	}

	@GetMapping("/cooperation/common-ground/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long route,
			@RequestParam(required = false) String region, @RequestParam(required = false) List<String> countries,
			@RequestParam(defaultValue = "csv") String format, Locale locale) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		Group group = group(route, region, countries, viewer, locale)
			.orElseThrow(() -> RuleViolationException.invalid("cooperation.commonGround.error.tooFew"));
		CommonGroundService.Report report = commonGround.report(group.countries(), viewer);
		List<String> header = new ArrayList<>(List.of("objective", "area", "title", "standing", "distance",
				"mean_priority_of_supporters"));
		header.addAll(report.countries());
		List<List<?>> rows = new ArrayList<>();
		for (CommonGround.Finding f : report.findings()) {
			List<Object> row = new ArrayList<>(List.of(f.objectiveCode(), report.objective(f.objectiveCode()).area().code(),
					report.objective(f.objectiveCode()).title(locale), f.standing().name(), f.distance(),
					Double.isNaN(f.meanPriority()) ? "" : f.meanPriority()));
			f.positions().forEach(p -> row.add(p.stance() == null ? "" : p.stance()));
			rows.add(row);
		}
		return TabularExport.download(TabularExport.Format.of(format), "migracap-common-ground", header, rows);
	}

}
