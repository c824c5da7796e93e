package org.migracap.mobility.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.domain.ChainOfMovement;
import org.migracap.mobility.domain.ChainService;
import org.migracap.mobility.domain.RouteService;
import org.migracap.mobility.domain.RouteService.RouteRecord;
import org.migracap.mobility.domain.VolumeMode;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Htmx;
import org.migracap.platform.Role;
import org.migracap.platform.TabularExport;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Routes along the chain of movement: the list and each route with its chain analysis for everybody; coordinators
 * define, change and remove routes.
 */
@Controller
class RouteController {

	static final List<String> SORTS = List.of("name", "origin", "destination", "volume");

	private static final Map<String, String> FIELDS = Map.of("mobility.route.error.name", "name",
			"mobility.route.error.nameTaken", "name", "mobility.route.error.origin", "origin",
			"mobility.route.error.destination", "destination", "mobility.route.error.volume", "enteredVolume",
			"mobility.route.error.note", "note");

	private final RouteService routes;

	private final ChainService chain;

	private final ReferenceApi reference;

	private final FormErrors formErrors;

	RouteController(RouteService routes, ChainService chain, ReferenceApi reference, FormErrors formErrors) {
		this.routes = routes;
		this.chain = chain;
		this.reference = reference;
		this.formErrors = formErrors;
	}

	List<RouteRecord> filtered(@Nullable String q, @Nullable String sort, @Nullable String dir, Locale locale) {
		String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
		Collator collator = Collator.getInstance(locale);
		Comparator<RouteRecord> order = switch (sort == null || !SORTS.contains(sort) ? "name" : sort) {
			case "origin" -> Comparator.comparing((RouteRecord r) -> name(r.originIso3(), locale), collator);
			case "destination" -> Comparator.comparing((RouteRecord r) -> name(r.destinationIso3(), locale), collator);
			case "volume" -> Comparator.comparingDouble(RouteRecord::volume);
			default -> Comparator.comparing(RouteRecord::name, collator);
		};
		if ("desc".equalsIgnoreCase(dir)) {
			order = order.reversed();
		}
		return routes.list()
			.stream()
			.filter(r -> needle.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(needle)
					|| r.countries().stream().anyMatch(c -> c.equalsIgnoreCase(needle)
							|| name(c, locale).toLowerCase(Locale.ROOT).contains(needle)))
			.sorted(order)
			.toList();
	}

	String name(String iso3, Locale locale) {
		return reference.country(iso3).map(c -> c.name(locale)).orElse(iso3);
	}

	@GetMapping("/routes")
	@Access(anonymous = true)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model, HttpServletRequest request) {
		List<RouteRecord> all = filtered(q, sort, dir, locale);
		PageRequest pageRequest = PageRequest.of(Math.max(page, 0), 25);
		int from = (int) Math.min(pageRequest.getOffset(), all.size());
		Page<RouteRecord> result = new PageImpl<>(all.subList(from, Math.min(all.size(), from + 25)), pageRequest,
				all.size());
		model.addAttribute("page", result);
		model.addAttribute("q", q);
		model.addAttribute("sort", sort == null || !SORTS.contains(sort) ? "name" : sort);
		model.addAttribute("dir", "desc".equalsIgnoreCase(dir) ? "desc" : "asc");
		model.addAttribute("sorts", SORTS);
		model.addAttribute("base", "/routes?q=" + CorridorController.encode(q) + "&sort=" + CorridorController.encode(sort)
				+ "&dir=" + CorridorController.encode(dir));
		return Htmx.view(request, "mobility/routes", "results");
	}

	@GetMapping("/routes/export")
	@Access(anonymous = true)
	ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(defaultValue = "csv") String format,
			Locale locale) {
		List<List<?>> rows = filtered(q, sort, dir, locale).stream()
			.<List<?>>map(r -> List.of(r.id(), r.name(), r.originIso3(), String.join(" ", r.transitIso3()),
					r.destinationIso3(), r.volume(), r.volumeMode().name(),
					r.volumeFrom() == null ? "" : r.volumeFrom().source() + " " + r.volumeFrom().year(), r.demo()))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), "migracap-routes",
				List.of("id", "name", "origin", "transit", "destination", "volume", "volume_mode", "volume_source", "demo"),
				rows);
	}

	/** One area of a route's analysis, for the route page. */
	public record AreaRow(FocusArea area, ChainOfMovement.RouteArea result) {
	}

	@GetMapping("/routes/{id}")
	@Access(anonymous = true)
	String show(@PathVariable long id, @RequestParam(required = false) FocusArea area, Model model) {
		RouteRecord route = routes.get(id);
		Optional<CurrentUser> viewer = CurrentUser.current();
		ChainService.Analysis analysis = chain.analysis(viewer);
		List<AreaRow> rows = new ArrayList<>();
		analysis.indexOfRoute(id).ifPresent(i -> {
			for (FocusArea a : FocusArea.values()) {
				ChainOfMovement.RouteArea r = analysis.result().at(i, a);
				if (r != null) {
					rows.add(new AreaRow(a, r));
				}
			}
		});
		FocusArea selected = area != null ? area
				: rows.stream().max(Comparator.comparingDouble(r -> r.result().exposure())).map(AreaRow::area).orElse(FocusArea.A);
		model.addAttribute("route", route);
		model.addAttribute("rows", rows);
		model.addAttribute("area", selected);
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("links", chain.routeLinks(id, selected, viewer));
		model.addAttribute("selectedResult", rows.stream().filter(r -> r.area() == selected).findFirst().orElse(null));
		model.addAttribute("analysis", analysis);
		return "mobility/route";
	}

	public static class RouteForm {

		@NotBlank
		@Size(max = 200)
		private String name = "";

		@NotBlank
		@Size(max = 3)
		private String origin = "";

		@Size(max = 10)
		private List<@Size(max = 3) String> transit = new ArrayList<>(List.of("", "", ""));

		@NotBlank
		@Size(max = 3)
		private String destination = "";

		private VolumeMode volumeMode = VolumeMode.DATA;

		@PositiveOrZero
		private @Nullable Double enteredVolume;

		@Size(max = 2000)
		private @Nullable String note;

		private long version;

		static RouteForm of(RouteRecord route) {
			RouteForm form = new RouteForm();
			form.name = route.name();
			form.origin = route.originIso3();
			form.transit = new ArrayList<>(route.transitIso3());
			while (form.transit.size() < 3) {
				form.transit.add("");
			}
			form.destination = route.destinationIso3();
			form.volumeMode = route.volumeMode();
			form.enteredVolume = route.enteredVolume();
			form.note = route.note();
			form.version = route.version();
			return form;
		}

		RouteService.RouteDraft draft() {
			return new RouteService.RouteDraft(name, origin, transit.stream().filter(t -> t != null && !t.isBlank()).toList(),
					destination, volumeMode, enteredVolume, note);
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getOrigin() {
			return origin;
		}

		public void setOrigin(String origin) {
			this.origin = origin;
		}

		public List<String> getTransit() {
			return transit;
		}

		public void setTransit(List<String> transit) {
			this.transit = transit;
		}

		public String getDestination() {
			return destination;
		}

		public void setDestination(String destination) {
			this.destination = destination;
		}

		public VolumeMode getVolumeMode() {
			return volumeMode;
		}

		public void setVolumeMode(VolumeMode volumeMode) {
			this.volumeMode = volumeMode;
		}

		public @Nullable Double getEnteredVolume() {
			return enteredVolume;
		}

		public void setEnteredVolume(@Nullable Double enteredVolume) {
			this.enteredVolume = enteredVolume;
		}

		public @Nullable String getNote() {
			return note;
		}

		public void setNote(@Nullable String note) {
			this.note = note;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	@GetMapping("/routes/new")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String newRoute(Model model) {
		return form(new RouteForm(), null, model);
	}

	@PostMapping("/routes")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String create(@Valid @ModelAttribute("form") RouteForm form, BindingResult result,
			@RequestParam(required = false) String moreTransit, Model model, RedirectAttributes redirect) {
		if (moreTransit != null) {
			return moreTransit(form, null, model);
		}
		Optional<RouteRecord> saved = formErrors.attempt(result, model)
			.fields(FIELDS)
			.call(() -> routes.create(form.draft()));
		if (saved.isEmpty()) {
			return form(form, null, model);
		}
		redirect.addFlashAttribute("flashSuccess", "mobility.route.created");
		return "redirect:/routes/" + saved.get().id();
	}

	@GetMapping("/routes/{id}/edit")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String edit(@PathVariable long id, Model model) {
		RouteRecord route = routes.get(id);
		return form(RouteForm.of(route), route, model);
	}

	@PostMapping("/routes/{id}")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String update(@PathVariable long id, @Valid @ModelAttribute("form") RouteForm form, BindingResult result,
			@RequestParam(required = false) String moreTransit, Model model, RedirectAttributes redirect) {
		RouteRecord route = routes.get(id);
		if (moreTransit != null) {
			return moreTransit(form, route, model);
		}
		// read in this request, the route is the current one that a concurrent edit shows above the form
		FormErrors.Attempt attempt = formErrors.attempt(result, model).fields(FIELDS).onConflict(version -> {
			model.addAttribute("currentRoute", route);
			form.setVersion(version);
		});
		if (!attempt.run(() -> routes.update(id, form.getVersion(), form.draft()))) {
			return form(form, route, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/routes/" + id;
	}

	@PostMapping("/routes/{id}/delete")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String delete(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		boolean deleted = FormErrors.flash(redirect, () -> routes.delete(id, version), "mobility.route.deleted",
				FormErrors.CONFLICT_KEY);
		return deleted ? "redirect:/routes" : "redirect:/routes/" + id;
	}

	/** Shows the form again with one more transit field, without saving (works without JavaScript). */
	private String moreTransit(RouteForm form, @Nullable RouteRecord route, Model model) {
		if (form.getTransit().size() < RouteService.MAX_TRANSIT) {
			form.getTransit().add("");
		}
		return form(form, route, model);
	}

	private String form(RouteForm form, @Nullable RouteRecord route, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("route", route);
		model.addAttribute("countries", reference.countries());
		model.addAttribute("modes", VolumeMode.values());
		model.addAttribute("maxTransit", RouteService.MAX_TRANSIT);
		return "mobility/route-form";
	}

}
