package org.migracap.programme.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Htmx;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.TabularExport;
import org.migracap.platform.files.FileDownloads;
import org.migracap.programme.domain.CostKind;
import org.migracap.programme.domain.FundingSource;
import org.migracap.programme.domain.IatiExport;
import org.migracap.programme.domain.ImpactService;
import org.migracap.programme.domain.LogframeLevel;
import org.migracap.programme.domain.ProgrammeQuery;
import org.migracap.programme.domain.ProgrammeService;
import org.migracap.programme.domain.ProgrammeViews;
import org.migracap.programme.domain.RecurrentService;
import org.migracap.reference.CodeItem;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.migracap.request.RequestApi;
import org.migracap.request.RequestDetails;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * Programme pages: the list (public parts of published programmes for everybody), creating a programme from an
 * accepted request, the programme page with its partners, log frame, results, budget, ODA classification and
 * documents, the impact page and the IATI export.
 */
@Controller
@Access({ Role.COORDINATOR, Role.ADMIN })
class ProgrammeController {

	private final ProgrammeService programmes;

	private final ImpactService impact;

	private final IatiExport iati;

	private final RecurrentService recurrent;

	private final RequestApi requests;

	private final ReferenceApi reference;

	private final MessageSource messages;

	private final FormErrors formErrors;

	ProgrammeController(ProgrammeService programmes, ImpactService impact, IatiExport iati, RecurrentService recurrent,
			RequestApi requests, ReferenceApi reference, MessageSource messages, FormErrors formErrors) {
		this.programmes = programmes;
		this.impact = impact;
		this.iati = iati;
		this.recurrent = recurrent;
		this.requests = requests;
		this.reference = reference;
		this.messages = messages;
		this.formErrors = formErrors;
	}

	@GetMapping("/programmes")
	@Access(anonymous = true)
	String list(ProgrammeQuery query, Model model, HttpServletRequest request) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		model.addAttribute("query", query);
		model.addAttribute("page", programmes.search(query, viewer));
		model.addAttribute("base", "/programmes?" + query.parameters(v -> URLEncoder.encode(v, StandardCharsets.UTF_8)));
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("statuses", List.of(1, 2, 3, 4, 5, 6));
		model.addAttribute("mayCreate", viewer.map(CurrentUser::isStaff).orElse(false));
		model.addAttribute("accepted", viewer.map(CurrentUser::isStaff).orElse(false) ? requests.acceptedRequests()
			.stream()
			.filter(r -> programmes.programmeOfRequest(r.id()).isEmpty())
			.toList() : List.of());
		return Htmx.view(request, "programme/list", "results");
	}

	@GetMapping("/programmes/export")
	@Access(anonymous = true)
	ResponseEntity<byte[]> export(ProgrammeQuery query, @RequestParam(defaultValue = "xlsx") String format,
			Locale locale) {
		List<String> header = List.of("id", "code", "title", "countries", "areas", "status", "planned_start",
				"planned_end", "total_budget", "overdue_periods", "published", "demo");
		List<List<?>> rows = programmes.list(query, CurrentUser.current())
			.stream()
			.<List<?>>map(r -> List.of(r.id(), r.code(), r.title(), String.join(", ", r.countries()),
					r.areas().stream().map(FocusArea::code).collect(Collectors.joining(", ")),
					messages.getMessage(r.statusKey(), null, locale), r.plannedStart().toString(),
					r.plannedEnd().toString(), r.totalBudget(), r.overduePeriods(), r.published() ? "yes" : "no",
					r.demo() ? "demo" : ""))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), "migracap-programmes", header, rows);
	}

	@GetMapping("/programmes/iati.xml")
	@Access(anonymous = true)
	ResponseEntity<byte[]> iatiAll() {
		return xml(iati.published(), "migracap-iati-activities.xml");
	}

	@GetMapping("/programmes/new")
	String newProgramme(@RequestParam(required = false) @Nullable Long request, Model model) {
		ProgrammeForm form = new ProgrammeForm();
		form.setPlannedStart(LocalDate.now().withDayOfMonth(1).plusMonths(1));
		form.setPlannedEnd(form.getPlannedStart().plusYears(2).minusDays(1));
		if (request != null) {
			RequestDetails details = requests.details(request, CurrentUser.current())
				.orElseThrow(() -> org.migracap.platform.NotFoundException.of("request", request));
			form.setRequestId(request);
			form.setTitle(details.summary().title());
			form.setDescription(details.description());
			form.setCountries(List.copyOf(details.summary().countries()));
			form.setAreas(details.summary().areas());
			if (details.desiredStart() != null) {
				form.setPlannedStart(details.desiredStart());
			}
			if (details.desiredEnd() != null && !details.desiredEnd().isBefore(form.getPlannedStart())) {
				form.setPlannedEnd(details.desiredEnd());
			}
		}
		return form(form, true, model);
	}

	@PostMapping("/programmes")
	String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		datesCheck(form, result);
		if (result.hasErrors()) {
			response.setStatus(422);
			return form(form, true, model);
		}
		CurrentUser user = CurrentUser.required();
		Optional<Long> created = formErrors.attempt(result, model)
			.onRuleViolation(ex -> response.setStatus(422))
			.call(() -> {
				long id = programmes.create(new ProgrammeService.NewProgramme(form.getTitle(), form.getDescription(),
						form.getGoal(), form.getCountries(), form.getAreas(), form.getPlannedStart(),
						form.getPlannedEnd(), form.getRequestId(), null,
						form.getRequestId() == null ? null : "request:" + form.getRequestId()), user);
				if (form.getRequestId() != null) {
					requests.linkProgramme(form.getRequestId(), id, form.getTitle(), user);
				}
				return id;
			});
		if (created.isEmpty()) {
			return form(form, true, model);
		}
		redirect.addFlashAttribute("flashSuccess", "programme.created");
		return "redirect:/programmes/" + created.get();
	}

	@GetMapping("/programmes/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ProgrammeViews.Detail d = programmes.detail(id, CurrentUser.current());
		ProgrammeForm form = new ProgrammeForm();
		form.setTitle(d.row().title());
		form.setDescription(d.description());
		form.setGoal(d.goal());
		form.setCountries(d.row().countries());
		form.setAreas(d.row().areas());
		form.setPlannedStart(d.row().plannedStart());
		form.setPlannedEnd(d.row().plannedEnd());
		form.setActualStart(d.actualStart());
		form.setActualEnd(d.actualEnd());
		form.setStatus(d.row().status());
		form.setVersion(d.version());
		model.addAttribute("programmeId", id);
		return form(form, false, model);
	}

	@PostMapping("/programmes/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("programmeId", id);
		datesCheck(form, result);
		if (result.hasErrors()) {
			response.setStatus(422);
			return form(form, false, model);
		}
		boolean saved = formErrors.attempt(result, model).onConflict(version -> {
			form.setVersion(version);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		})
			.onRuleViolation(ex -> response.setStatus(422))
			.run(() -> programmes.update(id, new ProgrammeService.Changes(form.getVersion(), form.getTitle(),
					form.getDescription(), form.getGoal(), form.getCountries(), form.getAreas(),
					form.getPlannedStart(), form.getPlannedEnd(), form.getStatus(), form.getActualStart(),
					form.getActualEnd()), CurrentUser.required()));
		if (!saved) {
			return form(form, false, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/programmes/" + id;
	}

	private static void datesCheck(ProgrammeForm form, BindingResult result) {
		if (form.getPlannedStart() != null && form.getPlannedEnd() != null
				&& form.getPlannedEnd().isBefore(form.getPlannedStart())) {
			result.rejectValue("plannedEnd", "programme.error.dates");
		}
	}

	private String form(ProgrammeForm form, boolean creating, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		model.addAttribute("countries", reference.countries());
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("statuses", reference.codeList("iati-ActivityStatus"));
		return "programme/form";
	}

	@GetMapping("/programmes/{id}")
	@Access(anonymous = true)
	@org.migracap.platform.SignInWhenHidden
	String detail(@PathVariable long id, Model model) {
		return page(id, model);
	}

	private String page(long id, Model model) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		ProgrammeViews.Detail d = programmes.detail(id, viewer);
		model.addAttribute("d", d);
		model.addAttribute("iatiId", iati.identifier(d.row().code()));
		model.addAttribute("risks", recurrent.risksOf(id, viewer));
		if (d.mayEdit()) {
			model.addAttribute("roles", reference.codeList("iati-OrganisationRole"));
			model.addAttribute("orgTypes", active("iati-OrganisationType"));
			model.addAttribute("categories", active("iati-DocumentCategory"));
			model.addAttribute("markerList", active("iati-PolicyMarker"));
			model.addAttribute("kinds", CostKind.values());
			model.addAttribute("sources", FundingSource.values());
			model.addAttribute("levels", LogframeLevel.values());
			Map<String, Integer> significance = new HashMap<>();
			d.markers().forEach(m -> significance.put(m.code(), m.significance()));
			model.addAttribute("significance", significance);
			model.addAttribute("thisYear", LocalDate.now().getYear());
		}
		return "programme/detail";
	}

	private List<CodeItem> active(String list) {
		return reference.codeList(list).stream().filter(CodeItem::active).toList();
	}

	@PostMapping("/programmes/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(defaultValue = "false") boolean published,
			RedirectAttributes redirect) {
		programmes.publish(id, published, CurrentUser.required());
		redirect.addFlashAttribute("flashSuccess", published ? "programme.publishedDone" : "programme.unpublishedDone");
		return "redirect:/programmes/" + id;
	}

	@PostMapping("/programmes/{id}/classification")
	String classify(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "false") boolean oda, @RequestParam(defaultValue = "") String dacCode,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, Integer> markers = new HashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith("marker-") && !value.isBlank() && !"-".equals(value)) {
				markers.put(key.substring("marker-".length()), Integer.parseInt(value));
			}
		});
		return act(id, "oda", model, redirect, response,
				() -> programmes.classify(id, version, oda, dacCode, markers, CurrentUser.required()));
	}

	@PostMapping("/programmes/{id}/partners")
	String addPartner(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String ref, @RequestParam(defaultValue = "") String orgType,
			@RequestParam(defaultValue = "0") int role, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, "partners", model, redirect, response,
				() -> programmes.addPartner(id, name, ref, orgType, role, CurrentUser.required()));
	}

	@PostMapping("/programmes/{id}/partners/{partnerId}/delete")
	String removePartner(@PathVariable long id, @PathVariable long partnerId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, "partners", model, redirect, response,
				() -> programmes.removePartner(id, partnerId, CurrentUser.required()));
	}

	@PostMapping("/programmes/{id}/logframe")
	String addLogframe(@PathVariable long id, @RequestParam(defaultValue = "OUTCOME") LogframeLevel level,
			@RequestParam(required = false) @Nullable Long parentId, @RequestParam(defaultValue = "") String text,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, "logframe", model, redirect, response,
				() -> programmes.addLogframeItem(id, parentId, level, text, CurrentUser.required()));
	}

	@PostMapping("/programmes/{id}/logframe/{itemId}/delete")
	String removeLogframe(@PathVariable long id, @PathVariable long itemId, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, "logframe", model, redirect, response,
				() -> programmes.removeLogframeItem(id, itemId, CurrentUser.required()));
	}

	@PostMapping("/programmes/{id}/indicators")
	String addIndicator(@PathVariable long id, @RequestParam(required = false) @Nullable Long logframeItemId,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "1") int measure,
			@RequestParam(defaultValue = "true") boolean ascending, @RequestParam(defaultValue = "0") int baselineYear,
			@RequestParam(defaultValue = "0") BigDecimal baselineValue,
			@RequestParam(defaultValue = "") String assessmentIndicator, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		int year = baselineYear == 0 ? LocalDate.now().getYear() : baselineYear;
		return act(id, "results", model, redirect, response, () -> programmes.addIndicator(id, logframeItemId, title,
				measure, ascending, year, baselineValue, assessmentIndicator, CurrentUser.required()));
	}

	@PostMapping("/programmes/{id}/indicators/{indicatorId}/periods")
	String addPeriod(@PathVariable long id, @PathVariable long indicatorId,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) @Nullable LocalDate start,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) @Nullable LocalDate end,
			@RequestParam(required = false) @Nullable BigDecimal target, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, "results", model, redirect, response, () -> {
			if (start == null || end == null || target == null) {
				throw RuleViolationException.invalid("programme.error.period");
			}
			programmes.addPeriod(id, indicatorId, start, end, target, CurrentUser.required());
		});
	}

	@PostMapping("/programmes/{id}/periods/{periodId}/actual")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String recordActual(@PathVariable long id, @PathVariable long periodId,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) @Nullable String actual,
			@RequestParam(defaultValue = "") String comment, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		programmes.requireReporter(id, CurrentUser.required());
		return act(id, "results", model, redirect, response, () -> {
			@Nullable BigDecimal value;
			try {
				value = actual == null || actual.isBlank() ? null : new BigDecimal(actual.trim().replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				throw RuleViolationException.invalid("programme.error.number", actual == null ? "" : actual);
			}
			programmes.recordActual(id, periodId, version, value, comment, CurrentUser.required());
		});
	}

	@PostMapping("/programmes/{id}/budget")
	String addBudgetLine(@PathVariable long id, @RequestParam(defaultValue = "0") int year,
			@RequestParam(defaultValue = "ONE_OFF") CostKind kind,
			@RequestParam(required = false) @Nullable BigDecimal amount, @RequestParam(defaultValue = "") String country,
			@RequestParam(defaultValue = "DONOR_GRANT") FundingSource source,
			@RequestParam(defaultValue = "") String donor, @RequestParam(defaultValue = "") String description,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, "budget", model, redirect, response, () -> programmes.addBudgetLine(id, year, kind,
				amount == null ? BigDecimal.ZERO : amount, country, source, donor, description, CurrentUser.required()));
	}

	@PostMapping("/programmes/{id}/budget/{lineId}/delete")
	String removeBudgetLine(@PathVariable long id, @PathVariable long lineId,
			@RequestParam(defaultValue = "-1") long version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, "budget", model, redirect, response,
				() -> programmes.removeBudgetLine(id, lineId, version, CurrentUser.required()));
	}

	@PostMapping("/programmes/{id}/documents")
	String addDocument(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "A01") String category,
			@RequestParam(defaultValue = "false") boolean publicDocument,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, "documents", model, redirect, response, () -> {
			if (file == null || file.isEmpty()) {
				throw RuleViolationException.invalid("programme.error.emptyFile");
			}
			try {
				programmes.addDocument(id, title, category, file.getOriginalFilename(), file.getBytes(),
						publicDocument, CurrentUser.required());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@GetMapping("/programmes/{id}/documents/{documentId}")
	@Access(anonymous = true)
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
		return FileDownloads.attachment(programmes.document(id, documentId, CurrentUser.current()));
	}

	@GetMapping("/programmes/{id}/impact")
	@Access(anonymous = true)
	String impact(@PathVariable long id, @RequestParam(defaultValue = "either") String basis, Model model) {
		model.addAttribute("impact", impact.impact(id, basis, CurrentUser.current()));
		model.addAttribute("bases", ImpactService.BASES);
		return "programme/impact";
	}

	@GetMapping("/programmes/{id}/iati.xml")
	@Access(anonymous = true)
	ResponseEntity<byte[]> iatiOne(@PathVariable long id) {
		return xml(iati.one(id, CurrentUser.current()), "migracap-iati-" + id + ".xml");
	}

	private static ResponseEntity<byte[]> xml(byte[] body, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	private String act(long id, String section, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Runnable step) {
		if (!formErrors.onPage(model, response, step)) {
			model.addAttribute("failedSection", section);
			return page(id, model);
		}
		redirect.addFlashAttribute("flashSuccess", "common.updated");
		return "redirect:/programmes/" + id + "#" + section;
	}

}
