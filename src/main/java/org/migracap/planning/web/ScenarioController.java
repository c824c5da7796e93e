package org.migracap.planning.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.migracap.platform.Paging;
import org.migracap.planning.domain.CandidateService;
import org.migracap.planning.domain.CandidateView;
import org.migracap.planning.domain.GapTable;
import org.migracap.planning.domain.PlanningSources;
import org.migracap.planning.domain.ScenarioService;
import org.migracap.planning.domain.ScenarioSettings;
import org.migracap.planning.domain.SolveService;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Htmx;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.ImportReport;
import org.migracap.platform.Role;
import org.migracap.platform.TabularExport;
import org.migracap.platform.TabularFile;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scenarios: the list, creating and editing one (budgets, weights, constraints), its gap table (import, export,
 * generating candidates from it), copying it with another budget, adopting its plan, deleting it.
 */
@Controller
@Access({ Role.COORDINATOR, Role.ADMIN })
class ScenarioController {

	static final int PAGE_SIZE = 25;

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("planning.error.name", "name"),
			Map.entry("planning.error.startYear", "startYear"), Map.entry("planning.error.horizon", "budgets"),
			Map.entry("planning.error.budget", "budgets"), Map.entry("planning.error.unknownCountry", "countries"),
			Map.entry("planning.error.criterionWeight", "needWeight"),
			Map.entry("planning.error.areaWeight", "areaWeights"),
			Map.entry("planning.error.countryCap", "countryCap"),
			Map.entry("planning.error.unknownRegion", "regionalFloors"),
			Map.entry("planning.error.floor", "regionalFloors"),
			Map.entry("planning.error.absorption", "absorption"));

	private final ScenarioService scenarios;

	private final CandidateService candidates;

	private final GapTable gaps;

	private final SolveService solves;

	private final ReferenceApi reference;

	private final PlanningSources sources;

	private final FormErrors formErrors;

	ScenarioController(ScenarioService scenarios, CandidateService candidates, GapTable gaps, SolveService solves,
			ReferenceApi reference, PlanningSources sources, FormErrors formErrors) {
		this.formErrors = formErrors;
		this.sources = sources;
		this.scenarios = scenarios;
		this.candidates = candidates;
		this.gaps = gaps;
		this.solves = solves;
		this.reference = reference;
	}

	@GetMapping("/planning")
	String list(Model model) {
		model.addAttribute("scenarios", scenarios.all());
		return "planning/scenarios";
	}

	@GetMapping("/planning/scenarios/new")
	String newScenario(Model model) {
		ScenarioForm form = new ScenarioForm();
		form.setBudgets("1000000, 1000000, 1000000");
		return form(form, null, model);
	}

	@PostMapping("/planning/scenarios")
	String create(@Valid @ModelAttribute("form") ScenarioForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ScenarioSettings settings = result.hasErrors() ? null : form.toSettings(result);
		if (settings == null) {
			return form(form, null, model);
		}
		Optional<Long> id = formErrors.attempt(result, model)
			.fields(FIELDS)
			.call(() -> scenarios.create(settings).id());
		if (id.isEmpty()) {
			return form(form, null, model);
		}
		redirect.addFlashAttribute("flashSuccess", "planning.scenario.created");
		return "redirect:/planning/scenarios/" + id.get();
	}

	@GetMapping("/planning/scenarios/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "code") String sort, @RequestParam(defaultValue = "asc") String dir,
			@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
		ScenarioService.ScenarioView scenario = scenarios.get(id);
		List<CandidateView> all = filter(candidates.list(id), q, sort, dir);
		int from = Math.min(Math.max(page, 0) * PAGE_SIZE, all.size());
		Page<CandidateView> candidatePage = new PageImpl<>(all.subList(from, Math.min(from + PAGE_SIZE, all.size())),
				Paging.of(page, PAGE_SIZE), all.size());
		model.addAttribute("scenario", scenario);
		model.addAttribute("candidates", candidatePage);
		model.addAttribute("q", q);
		model.addAttribute("sort", sort);
		model.addAttribute("dir", dir);
		model.addAttribute("base", "/planning/scenarios/" + id + "?q=" + enc(q) + "&sort=" + enc(sort) + "&dir=" + enc(dir));
		if (!Htmx.isRequest(request)) {
			List<GapTable.GapRow> rows = gaps.rows(id);
			model.addAttribute("gapCount", rows.size());
			model.addAttribute("gapTotal", rows.stream().mapToInt(GapTable.GapRow::gap).sum());
			model.addAttribute("runs", solves.runsOf(id));
			model.addAttribute("copyName", scenario.name() + " — 50%");
			model.addAttribute("areas", FocusArea.values());
		}
		return Htmx.view(request, "planning/scenario", "candidates");
	}

	@GetMapping("/planning/scenarios/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ScenarioService.ScenarioView scenario = scenarios.get(id);
		return form(ScenarioForm.of(scenario.settings(), scenario.version()), scenario, model);
	}

	@PostMapping("/planning/scenarios/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ScenarioForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ScenarioService.ScenarioView scenario = scenarios.get(id);
		ScenarioSettings settings = result.hasErrors() ? null : form.toSettings(result);
		if (settings == null) {
			return form(form, scenario, model);
		}
		if (!settings.areaWeights().equals(scenario.settings().areaWeights())) {
			settings = settings.withAreaWeights(settings.areaWeights(), ScenarioSettings.TYPED);
		}
		else {
			settings = settings.withAreaWeights(settings.areaWeights(), scenario.settings().areaWeightsSource());
		}
		ScenarioSettings changed = settings;
		FormErrors.Attempt attempt = formErrors.attempt(result, model).fields(FIELDS).onConflict(version -> {
			form.setVersion(version);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		});
		if (!attempt.run(() -> scenarios.update(id, form.getVersion(), changed))) {
			return form(form, scenario, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/planning/scenarios/" + id;
	}

	@PostMapping("/planning/scenarios/{id}/copy")
	String copy(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "1") double budgetFactor, RedirectAttributes redirect) {
		long copy = scenarios.copy(id, name, budgetFactor).id();
		redirect.addFlashAttribute("flashSuccess", "planning.scenario.copied");
		return "redirect:/planning/scenarios/" + copy;
	}

	@PostMapping("/planning/scenarios/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		scenarios.delete(id);
		redirect.addFlashAttribute("flashSuccess", "planning.scenario.deleted");
		return "redirect:/planning";
	}

	@PostMapping("/planning/scenarios/{id}/adopt")
	String adopt(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		scenarios.adopt(id, version, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", "planning.scenario.adopted");
		return "redirect:/planning/scenarios/" + id;
	}

	@PostMapping(value = "/planning/scenarios/{id}/gaps", consumes = "multipart/form-data")
	String importGaps(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		scenarios.get(id);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("flashError", "planning.gaps.noFile");
			return "redirect:/planning/scenarios/" + id;
		}
		try {
			TabularFile table = TabularFile.read(file.getOriginalFilename() == null ? "gaps.csv" : file.getOriginalFilename(),
					file.getInputStream(), "iso3", "indicator", "level", "target");
			ImportReport report = gaps.importFile(id, table);
			redirect.addFlashAttribute("flashSuccess", "planning.gaps.imported");
			redirect.addFlashAttribute("flashArgs", new Object[] { report.written() });
		}
		catch (ImportFailedException ex) {
			redirect.addFlashAttribute("importReport", ex.report());
		}
		return "redirect:/planning/scenarios/" + id;
	}

	@GetMapping("/planning/scenarios/{id}/gaps/export")
	ResponseEntity<byte[]> exportGaps(@PathVariable long id, @RequestParam(defaultValue = "csv") String format) {
		scenarios.get(id);
		List<List<?>> rows = gaps.rows(id)
			.stream()
			.<List<?>>map(g -> List.of(g.iso3(), g.indicatorCode(), g.level(), g.targetLevel(), g.leverage(), g.source()))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), "migracap-scenario-" + id + "-gaps",
				List.of("iso3", "indicator", "level", "target", "leverage", "source"), rows);
	}

	@PostMapping("/planning/scenarios/{id}/generate")
	String generate(@PathVariable long id, @RequestParam(defaultValue = "") String countries,
			@RequestParam(required = false) Set<FocusArea> areas, RedirectAttributes redirect) {
		Set<String> only = new HashSet<>(CandidateForm.split(countries));
		int added = candidates.generateFromGaps(id, only, areas == null ? EnumSet.noneOf(FocusArea.class) : areas);
		redirect.addFlashAttribute("flashSuccess", "planning.generate.done");
		redirect.addFlashAttribute("flashArgs", new Object[] { added });
		return "redirect:/planning/scenarios/" + id;
	}

	@PostMapping("/planning/scenarios/{id}/gaps/assessments")
	String gapsFromAssessments(@PathVariable long id, RedirectAttributes redirect) {
		int rows = sources.loadGapsFromAssessments(id, CurrentUser.current());
		redirect.addFlashAttribute("flashSuccess", "planning.gaps.fromAssessments");
		redirect.addFlashAttribute("flashArgs", new Object[] { rows });
		return "redirect:/planning/scenarios/" + id;
	}

	@PostMapping("/planning/scenarios/{id}/requests")
	String candidatesFromRequests(@PathVariable long id, RedirectAttributes redirect) {
		int added = sources.addCandidatesFromRequests(id);
		redirect.addFlashAttribute("flashSuccess", "planning.requests.done");
		redirect.addFlashAttribute("flashArgs", new Object[] { added });
		return "redirect:/planning/scenarios/" + id;
	}

	@GetMapping("/planning/scenarios/{id}/candidates/export")
	ResponseEntity<byte[]> exportCandidates(@PathVariable long id, @RequestParam(defaultValue = "csv") String format) {
		List<List<?>> rows = candidates.list(id)
			.stream()
			.<List<?>>map(c -> List.of(c.code(), c.title(), String.join(" ", c.countries()), c.area().code(),
					c.indicatorCode() == null ? "" : c.indicatorCode(), c.oneOffCost(), c.recurrentCost(), c.startYear(),
					c.durationYears(), c.uplift(), String.join(" ", c.dependsOn()),
					c.exclusionGroup() == null ? "" : c.exclusionGroup(), c.decision().name(), c.origin().name()))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), "migracap-scenario-" + id + "-candidates",
				List.of("code", "title", "countries", "area", "indicator", "one_off_cost", "recurrent_cost",
						"start_year", "duration_years", "uplift", "depends_on", "exclusion_group", "decision", "origin"),
				rows);
	}

	private String form(ScenarioForm form, ScenarioService.ScenarioView scenario, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("scenario", scenario);
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("regions", reference.regions());
		model.addAttribute("subRegions", reference.subRegions());
		return "planning/scenario-form";
	}

	static List<CandidateView> filter(List<CandidateView> all, String q, String sort, String dir) {
		String needle = q.trim().toUpperCase(Locale.ROOT);
		Comparator<CandidateView> order = switch (sort) {
			case "oneOff" -> Comparator.comparingDouble(CandidateView::oneOffCost);
			case "recurrent" -> Comparator.comparingDouble(CandidateView::recurrentCost);
			case "area" -> Comparator.comparing((CandidateView c) -> c.area().code()).thenComparing(CandidateView::code);
			case "start" -> Comparator.comparingInt(CandidateView::startYear);
			default -> Comparator.comparing(CandidateView::code);
		};
		if ("desc".equals(dir)) {
			order = order.reversed();
		}
		return all.stream()
			.filter(c -> needle.isEmpty() || c.code().contains(needle) || c.title().toUpperCase(Locale.ROOT).contains(needle)
					|| c.countries().contains(needle))
			.sorted(order)
			.toList();
	}

	static String enc(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
