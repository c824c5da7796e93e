package org.migracap.request.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.Htmx;
import org.migracap.platform.Role;
import org.migracap.platform.TabularExport;
import org.migracap.platform.files.FileDownloads;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.migracap.request.HelpKind;
import org.migracap.request.Urgency;
import org.migracap.request.domain.RequestQuery;
import org.migracap.request.domain.RequestRow;
import org.migracap.request.domain.RequestService;
import org.migracap.request.domain.RequestSettings;
import org.migracap.request.domain.RequestStatus;
import org.migracap.request.domain.TriageContext;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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
 * Requests for help: the requester's list and form, the coordinator's triage queue, and the page of one request with
 * its history, files, possible duplicates and the decisions.
 */
@Controller
@Access({ Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN })
class RequestController {

	/** The field of the request form each rule of a submission is about; the others are shown above the form. */
	private static final Map<String, String> SUBMIT_FIELDS = Map.of("request.attachment", "files",
			"request.error.countriesAreas", "partners", "request.error.countryRequired", "partners",
			"request.error.tooManyCountries", "partners", "request.error.unknownCountry", "partners");

	private final RequestService requests;

	private final TriageContext context;

	private final ReferenceApi reference;

	private final RequestSettings settings;

	private final MessageSource messages;

	private final FormErrors formErrors;

	RequestController(RequestService requests, TriageContext context, ReferenceApi reference,
			RequestSettings settings, MessageSource messages, FormErrors formErrors) {
		this.requests = requests;
		this.context = context;
		this.reference = reference;
		this.settings = settings;
		this.messages = messages;
		this.formErrors = formErrors;
	}

	@GetMapping("/requests")
	String list(RequestQuery query, Model model, HttpServletRequest request) {
		CurrentUser user = CurrentUser.required();
		Page<RequestRow> page = requests.search(query, user);
		listModel(query, page, false, user, model);
		model.addAttribute("base", "/requests?" + query.parameters(RequestController::encode));
		return Htmx.view(request, "request/list", "results");
	}

	@GetMapping("/requests/triage")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String triage(RequestQuery query, Model model, HttpServletRequest request) {
		CurrentUser user = CurrentUser.required();
		RequestQuery queue = query.status() == null ? query.withStatus(RequestStatus.SUBMITTED) : query;
		Page<RequestRow> page = requests.search(queue, user);
		listModel(queue, page, true, user, model);
		model.addAttribute("base", "/requests/triage?" + queue.parameters(RequestController::encode));
		return Htmx.view(request, "request/list", "results");
	}

	private void listModel(RequestQuery query, Page<RequestRow> page, boolean triage, CurrentUser user, Model model) {
		model.addAttribute("query", query);
		model.addAttribute("page", page);
		model.addAttribute("triage", triage);
		model.addAttribute("mayCreate", user.has(Role.FOCAL_POINT));
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("kinds", HelpKind.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("ages", RequestQuery.AGES);
		model.addAttribute("countries", countryOptions(user));
		if (triage) {
			Map<Long, List<RequestService.SimilarRequest>> duplicates = requests
				.possibleDuplicates(page.getContent().stream().map(RequestRow::id).toList());
			Optional<CurrentUser> viewer = Optional.of(user);
			Map<String, Map<FocusArea, Double>> allLeverage = context.allLeverage(viewer);
			List<TriageRow> rows = page.getContent().stream().map(r -> {
				Map<FocusArea, TriageContext.AreaGap> gaps = context.gaps(r.leadCountry(), viewer);
				Map<FocusArea, Double> leverage = allLeverage.getOrDefault(r.leadCountry(), Map.of());
				return new TriageRow(r, duplicates.getOrDefault(r.id(), List.of()),
						r.areas().stream().filter(gaps::containsKey).map(gaps::get).toList(),
						leverage.entrySet()
							.stream()
							.filter(e -> r.areas().contains(e.getKey()))
							.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
			}).toList();
			model.addAttribute("triageRows", rows);
			model.addAttribute("assessmentAvailable", context.assessmentAvailable());
			model.addAttribute("leverageAvailable", context.leverageAvailable());
		}
	}

	@GetMapping("/requests/export")
	ResponseEntity<byte[]> export(RequestQuery query, @RequestParam(defaultValue = "xlsx") String format,
			Locale locale) {
		return export(requests.list(query, CurrentUser.required()), format, "migracap-requests", locale);
	}

	@GetMapping("/requests/triage/export")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<byte[]> exportTriage(RequestQuery query, @RequestParam(defaultValue = "xlsx") String format,
			Locale locale) {
		RequestQuery queue = query.status() == null ? query.withStatus(RequestStatus.SUBMITTED) : query;
		return export(requests.list(queue, CurrentUser.required()), format, "migracap-triage", locale);
	}

	private ResponseEntity<byte[]> export(List<RequestRow> rows, String format, String name, Locale locale) {
		List<String> header = List.of("id", "title", "countries", "areas", "kind", "urgency", "status", "submitted_on",
				"days_waiting", "days_since_submission", "submitted_by", "desired_start", "desired_end", "origin",
				"demo");
		List<List<?>> data = rows.stream()
			.<List<?>>map(r -> List.of(r.id(), r.title(), String.join(", ", r.countries()),
					r.areas().stream().map(FocusArea::code).collect(Collectors.joining(", ")),
					text(r.kind().messageKey(), locale), text(r.urgency().messageKey(), locale),
					text(r.status().messageKey(), locale), LocalDate.ofInstant(r.submittedAt(), ZoneOffset.UTC).toString(),
					r.waitingDays(), r.ageDays(), r.submittedByName(),
					r.desiredStart() == null ? "" : r.desiredStart().toString(),
					r.desiredEnd() == null ? "" : r.desiredEnd().toString(), r.origin() == null ? "" : r.origin(),
					r.demo() ? "demo" : ""))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), name, header, data);
	}

	@GetMapping("/requests/new")
	String newRequest(Model model) {
		RequestForm form = new RequestForm();
		CurrentUser user = CurrentUser.required();
		form.setCountry(user.countryCode());
		return form(form, user, model);
	}

	@PostMapping("/requests")
	String create(@Valid @ModelAttribute("form") RequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		CurrentUser user = CurrentUser.required();
		String lead = user.isStaff() ? form.getCountry() : user.countryCode();
		if (lead == null || lead.isBlank()) {
			result.rejectValue("country", "request.error.countryRequired");
		}
		if (form.getDesiredStart() != null && form.getDesiredEnd() != null
				&& form.getDesiredEnd().isBefore(form.getDesiredStart())) {
			result.rejectValue("desiredEnd", "request.error.timing");
		}
		if (result.hasErrors()) {
			response.setStatus(422);
			return form(form, user, model);
		}
		List<String> countries = new ArrayList<>();
		countries.add(lead);
		form.getPartners().stream().filter(p -> p != null && !p.isBlank() && !p.equals(lead)).forEach(countries::add);
		return formErrors.attempt(result, model)
			.fields(SUBMIT_FIELDS)
			.onRuleViolation(ex -> response.setStatus(422))
			.call(() -> requests.submit(new RequestService.NewRequest(countries, form.getAreas(), form.getKind(),
					form.getUrgency(), form.getTitle(), form.getDescription(), form.getDesiredStart(),
					form.getDesiredEnd(), null, uploads(form.getFiles())), user))
			.map(id -> {
				redirect.addFlashAttribute("flashSuccess", "request.submitted");
				return "redirect:/requests/" + id;
			})
			.orElseGet(() -> form(form, user, model));
	}

	private String form(RequestForm form, CurrentUser user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("areas", FocusArea.values());
		model.addAttribute("kinds", HelpKind.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("countries", reference.countries());
		model.addAttribute("staff", user.isStaff());
		model.addAttribute("maxMegabytes", settings.attachmentMaxSize().toMegabytes());
		model.addAttribute("maxFiles", settings.attachmentMaxCount());
		model.addAttribute("gaps", user.countryCode() == null ? Map.of()
				: context.gaps(user.countryCode(), Optional.of(user)));
		return "request/form";
	}

	@GetMapping("/requests/{id}")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String detail(@PathVariable long id, Model model) {
		return detailPage(id, model);
	}

	private String detailPage(long id, Model model) {
		CurrentUser user = CurrentUser.required();
		RequestService.RequestDetail detail = requests.detail(id, user);
		model.addAttribute("detail", detail);
		model.addAttribute("r", detail.row());
		if (user.isStaff()) {
			Optional<CurrentUser> viewer = Optional.of(user);
			model.addAttribute("similar", requests.similar(id, user));
			Map<FocusArea, TriageContext.AreaGap> gaps = context.gaps(detail.row().leadCountry(), viewer);
			model.addAttribute("gaps", gaps.values()
				.stream()
				.sorted(Comparator.comparing(TriageContext.AreaGap::area))
				.toList());
			model.addAttribute("leverage", context.leverage(detail.row().leadCountry(), viewer));
			model.addAttribute("assessmentAvailable", context.assessmentAvailable());
			model.addAttribute("leverageAvailable", context.leverageAvailable());
		}
		model.addAttribute("maxMegabytes", settings.attachmentMaxSize().toMegabytes());
		return "request/detail";
	}

	@PostMapping("/requests/{id}/accept")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String accept(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, "accept", note, model, redirect, response,
				() -> requests.accept(id, version, note, CurrentUser.required()), "request.accepted");
	}

	@PostMapping("/requests/{id}/decline")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String decline(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, "decline", note, model, redirect, response,
				() -> requests.decline(id, version, note, CurrentUser.required()), "request.declined");
	}

	@PostMapping("/requests/{id}/ask")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	String ask(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, "ask", note, model, redirect, response,
				() -> requests.askForInformation(id, version, note, CurrentUser.required()), "request.asked");
	}

	@PostMapping("/requests/{id}/answer")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String answer(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "") String note,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, "answer", note, model, redirect, response,
				() -> requests.answer(id, version, note, uploads(files), CurrentUser.required()), "request.answered");
	}

	@PostMapping("/requests/{id}/withdraw")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, "withdraw", note, model, redirect, response,
				() -> requests.withdraw(id, version, note, CurrentUser.required()), "request.withdrawnDone");
	}

	@PostMapping("/requests/{id}/attachments")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	String attach(@PathVariable long id,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, "attach", "", model, redirect, response,
				() -> requests.attach(id, uploads(files), CurrentUser.required()), "request.attachedDone");
	}

	@GetMapping("/requests/{id}/attachments/{attachmentId}")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		return FileDownloads.attachment(requests.attachment(id, attachmentId, CurrentUser.required()));
	}

	private String act(long id, String action, String note, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Runnable step, String done) {
		if (!formErrors.onPage(model, response, step)) {
			model.addAttribute("failedAction", action);
			model.addAttribute("note", note);
			return detailPage(id, model);
		}
		redirect.addFlashAttribute("flashSuccess", done);
		return "redirect:/requests/" + id;
	}

	private List<CountryOption> countryOptions(CurrentUser user) {
		if (!user.isStaff()) {
			return List.of();
		}
		return reference.countries().stream().map(c -> new CountryOption(c.iso3(), c.name())).toList();
	}

	/** A country in a filter list. */
	public record CountryOption(String iso3, String name) {
	}

	static List<RequestService.Upload> uploads(@Nullable List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		List<RequestService.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				uploads.add(new RequestService.Upload(
						file.getOriginalFilename() == null ? "attachment" : file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
