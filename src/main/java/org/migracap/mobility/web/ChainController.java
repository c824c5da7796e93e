package org.migracap.mobility.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.Leverage;
import org.migracap.mobility.domain.ChainOfMovement.RouteArea;
import org.migracap.mobility.domain.ChainService;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Htmx;
import org.migracap.platform.TabularExport;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The weakest links: routes and corridors ranked by exposure, and (country, area) pairs ranked by leverage, each
 * computed with the capacity scores the viewer may see and each linking to how it was computed.
 */
@Controller
@Access(anonymous = true)
class ChainController {

	private final ChainService chain;

	private final ReferenceApi reference;

	ChainController(ChainService chain, ReferenceApi reference) {
		this.chain = chain;
		this.reference = reference;
	}

	/** Which analysed items a ranking lists: defined routes only, or routes and direct corridors. */
	enum Scope {

		ROUTES, ALL

	}

	List<RouteArea> ranking(@Nullable FocusArea area, Scope scope, Optional<CurrentUser> viewer) {
		return chain.analysis(viewer)
			.result()
			.all()
			.stream()
			.filter(r -> area == null || r.area() == area)
			.filter(r -> scope == Scope.ALL || r.route().routeId() != null)
			.filter(r -> r.exposure() > 0)
			.toList();
	}

	@GetMapping("/chain")
	String weakestLinks(@RequestParam(required = false) FocusArea area, @RequestParam(defaultValue = "ALL") Scope scope,
			@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		ChainService.Analysis analysis = chain.analysis(viewer);
		List<RouteArea> all = ranking(area, scope, viewer);
		PageRequest pageRequest = PageRequest.of(Math.max(page, 0), 25);
		int from = (int) Math.min(pageRequest.getOffset(), all.size());
		Page<RouteArea> result = new PageImpl<>(all.subList(from, Math.min(all.size(), from + 25)), pageRequest,
				all.size());
		model.addAttribute("page", result);
		model.addAttribute("area", area);
		model.addAttribute("scope", scope);
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("analysis", analysis);
		model.addAttribute("base", "/chain?scope=" + scope + (area == null ? "" : "&area=" + area));
		model.addAttribute("leverage", analysis.result().leverage().stream().limit(10).toList());
		return Htmx.view(request, "mobility/chain", "results");
	}

	@GetMapping("/chain/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) FocusArea area,
			@RequestParam(defaultValue = "ALL") Scope scope, @RequestParam(defaultValue = "csv") String format) {
		List<List<?>> rows = ranking(area, scope, CurrentUser.current()).stream()
			.<List<?>>map(r -> List.of(r.route().routeId() == null ? "" : r.route().routeId(), r.route().name(),
					String.join(" ", r.route().countries()), r.area().code(), r.route().volume(), r.chainCapacity(),
					r.bottleneckIso3(), r.nextIso3() == null ? "" : r.nextIso3(), r.exposure(), r.gain(), r.complete()))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), "migracap-weakest-links",
				List.of("route_id", "name", "countries", "area", "volume", "chain_capacity", "bottleneck",
						"next_weakest", "exposure", "gain", "complete"),
				rows);
	}

	@GetMapping("/chain/leverage")
	String leverage(@RequestParam(required = false) FocusArea area, @RequestParam(defaultValue = "0") int page,
			Model model) {
		List<Leverage> all = chain.leverage(CurrentUser.current())
			.stream()
			.filter(l -> area == null || l.area() == area)
			.toList();
		PageRequest pageRequest = PageRequest.of(Math.max(page, 0), 25);
		int from = (int) Math.min(pageRequest.getOffset(), all.size());
		model.addAttribute("page", new PageImpl<>(all.subList(from, Math.min(all.size(), from + 25)), pageRequest,
				all.size()));
		model.addAttribute("area", area);
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("base", "/chain/leverage" + (area == null ? "" : "?area=" + area));
		return "mobility/leverage";
	}

	@GetMapping("/chain/leverage/export")
	ResponseEntity<byte[]> exportLeverage(@RequestParam(defaultValue = "csv") String format, Locale locale) {
		List<List<?>> rows = chain.leverage(CurrentUser.current())
			.stream()
			.<List<?>>map(l -> List.of(l.iso3(), reference.country(l.iso3()).map(c -> c.name(locale)).orElse(l.iso3()),
					l.area().code(), l.peopleGain()))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), "migracap-leverage",
				List.of("iso3", "country", "area", "flow_weighted_gain"), rows);
	}

	@GetMapping("/chain/leverage/{iso3}/{area}")
	String leverageDetail(@PathVariable String iso3, @PathVariable FocusArea area, Model model) {
		CountryView country = reference.getCountry(iso3);
		Optional<CurrentUser> viewer = CurrentUser.current();
		List<RouteArea> routes = chain.leverageDetail(country.iso3(), area, viewer);
		model.addAttribute("country", country);
		model.addAttribute("area", area);
		model.addAttribute("routes", routes.stream().sorted(Comparator.comparingDouble(RouteArea::gain).reversed()).toList());
		model.addAttribute("total", routes.stream().mapToDouble(RouteArea::gain).sum());
		return "mobility/leverage-detail";
	}

}
