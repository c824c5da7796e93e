package org.migracap.programme.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ETags;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.TabularExport;
import org.migracap.platform.files.FileDownloads;
import org.migracap.programme.domain.CostKind;
import org.migracap.programme.domain.DocumentView;
import org.migracap.programme.domain.FundingSource;
import org.migracap.programme.domain.LogframeLevel;
import org.migracap.programme.domain.IatiExport;
import org.migracap.programme.domain.ImpactService;
import org.migracap.programme.domain.ProgrammeService;
import org.migracap.programme.domain.ProgrammeViews;
import org.migracap.programme.domain.RecurrentFinancing;
import org.migracap.programme.domain.RecurrentService;
import org.migracap.reference.FocusArea;
import org.migracap.request.RequestApi;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of programmes: the list and one programme (public parts for everybody, budget lines and internal documents
 * for IOM staff and the programme's countries), its impact estimate, results reporting, and a country's recurrent
 * financing outlook.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ProgrammeApiController {

	private final ProgrammeService programmes;

	private final ImpactService impact;

	private final RecurrentService recurrent;

	private final IatiExport iati;

	private final RequestApi requests;

	ProgrammeApiController(ProgrammeService programmes, ImpactService impact, RecurrentService recurrent,
			IatiExport iati, RequestApi requests) {
		this.requests = requests;
		this.programmes = programmes;
		this.iati = iati;
		this.impact = impact;
		this.recurrent = recurrent;
	}

	@GetMapping("/programmes")
	@Access(anonymous = true)
	PagedModel<ProgrammeViews.Row> list(@ParameterObject ProgrammeListParameters parameters) {
		return new PagedModel<>(programmes.search(parameters.toQuery(), CurrentUser.current()));
	}

	/** The IATI 2.03 activity file of the published programmes, checked against the IATI schema before it is sent. */
	@GetMapping(path = "/programmes/iati.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Access(anonymous = true)
	ResponseEntity<byte[]> iati() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(iati.published());
	}

	/** The IATI 2.03 activity of one programme, as far as it is public. */
	@GetMapping(path = "/programmes/{id}/iati.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Access(anonymous = true)
	ResponseEntity<byte[]> iatiOne(@PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(iati.one(id, CurrentUser.current()));
	}

	@GetMapping("/programmes/{id}")
	@Access(anonymous = true)
	ResponseEntity<ProgrammeViews.Detail> get(@PathVariable long id) {
		ProgrammeViews.Detail detail = programmes.detail(id, CurrentUser.current());
		return ResponseEntity.ok().eTag(ETags.of(detail.version())).body(detail);
	}

	/** The programmes of the list, with the list's filters and order but not paged, as CSV. */
	@GetMapping(path = "/programmes.csv", produces = { "text/csv", MediaType.ALL_VALUE })
	@Access(anonymous = true)
	ResponseEntity<byte[]> csv(@ParameterObject ProgrammeExportParameters parameters) {
		List<List<?>> rows = programmes.list(parameters.toQuery(), CurrentUser.current())
			.stream()
			.<List<?>>map(r -> List.of(r.id(), r.code(), r.title(), String.join(" ", r.countries()),
					r.areas().stream().map(FocusArea::code).sorted().collect(Collectors.joining(" ")), r.status(),
					r.plannedStart().toString(), r.plannedEnd().toString(), r.totalBudget(), r.overduePeriods(),
					r.published(), r.demo()))
			.toList();
		return TabularExport.download(TabularExport.Format.CSV, "migracap-programmes",
				List.of("id", "code", "title", "countries", "areas", "iati_status", "planned_start", "planned_end",
						"total_budget", "overdue_periods", "published", "demo"),
				rows);
	}

	/**
	 * The yearly budget of each programme of the list (one-off and recurrent), with the list's filters, as CSV: the
	 * public yearly totals that the programme page and the IATI file show.
	 */
	@GetMapping(path = "/programmes/budgets.csv", produces = { "text/csv", MediaType.ALL_VALUE })
	@Access(anonymous = true)
	ResponseEntity<byte[]> budgetsCsv(@ParameterObject ProgrammeExportParameters parameters) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		List<List<?>> rows = new ArrayList<>();
		for (ProgrammeViews.Row r : programmes.list(parameters.toQuery(), viewer)) {
			ProgrammeViews.Detail d = programmes.detail(r.id(), viewer);
			for (ProgrammeViews.YearTotal y : d.budgetByYear()) {
				rows.add(List.of(r.id(), r.code(), r.title(), String.join(" ", r.countries()), y.year(), d.currency(),
						y.oneOff(), y.recurrent(), y.total()));
			}
		}
		return TabularExport.download(TabularExport.Format.CSV, "migracap-programme-budgets",
				List.of("id", "code", "title", "countries", "year", "currency", "one_off", "recurrent", "total"), rows);
	}

	@Schema(description = "A new programme: what the programme page's form asks. requestId links it to an accepted request for help.",
			example = """
					{"title": "Border data exchange", "description": "Shared border crossing statistics between two States.",
					 "goal": "Border agencies exchange crossing data monthly.", "countries": ["KEN", "UGA"], "areas": ["D"],
					 "plannedStart": "2027-01-01", "plannedEnd": "2028-12-31"}""")
	record NewProgrammeBody(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 8000) String description,
			@Nullable @Size(max = 2000) String goal, @NotEmpty @Size(max = 100) List<@Size(max = 3) String> countries,
			@NotEmpty Set<FocusArea> areas, @NotNull LocalDate plannedStart, @NotNull LocalDate plannedEnd,
			@Nullable Long requestId) {
	}

	@PostMapping(path = "/programmes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<ProgrammeViews.Detail> create(@Valid @RequestBody NewProgrammeBody body) {
		if (body.plannedEnd().isBefore(body.plannedStart())) {
			throw RuleViolationException.invalid("programme.error.dates");
		}
		CurrentUser user = CurrentUser.required();
		long id = programmes.create(new ProgrammeService.NewProgramme(body.title(), body.description(), body.goal(),
				body.countries(), body.areas(), body.plannedStart(), body.plannedEnd(), body.requestId(), null,
				body.requestId() == null ? null : "request:" + body.requestId()), user);
		if (body.requestId() != null) {
			requests.linkProgramme(body.requestId(), id, body.title(), user);
		}
		ProgrammeViews.Detail detail = programmes.detail(id, Optional.of(user));
		return ResponseEntity.created(URI.create("/api/programmes/" + id)).eTag(ETags.of(detail.version())).body(detail);
	}

	@Schema(description = "A programme's details and IATI activity status (1 pipeline ... 6 suspended), as the edit form has them. "
			+ "version: the version edited (optional; If-Match is checked first).",
			example = """
					{"title": "Border data exchange", "description": "Shared border crossing statistics between two States.",
					 "goal": "Border agencies exchange crossing data monthly.", "countries": ["KEN", "UGA"], "areas": ["D"],
					 "plannedStart": "2027-01-01", "plannedEnd": "2028-12-31", "status": 2, "actualStart": "2027-02-01"}""")
	record ProgrammeChangesBody(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 8000) String description,
			@Nullable @Size(max = 2000) String goal, @NotEmpty @Size(max = 100) List<@Size(max = 3) String> countries,
			@NotEmpty Set<FocusArea> areas, @NotNull LocalDate plannedStart, @NotNull LocalDate plannedEnd,
			@NotNull @Min(1) @Max(6) Integer status, @Nullable LocalDate actualStart, @Nullable LocalDate actualEnd,
			@Nullable Long version) {
	}

	@PutMapping(path = "/programmes/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<ProgrammeViews.Detail> update(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ProgrammeChangesBody body) {
		CurrentUser user = CurrentUser.required();
		long current = programmes.detail(id, Optional.of(user)).version();
		ETags.check(ifMatch, "programme", id, current);
		if (body.plannedEnd().isBefore(body.plannedStart())) {
			throw RuleViolationException.invalid("programme.error.dates");
		}
		programmes.update(id, new ProgrammeService.Changes(body.version() == null ? current : body.version(),
				body.title(), body.description(), body.goal(), body.countries(), body.areas(), body.plannedStart(),
				body.plannedEnd(), body.status(), body.actualStart(), body.actualEnd()), user);
		return detail(id, user);
	}

	@Schema(description = "Publish (true) or withdraw (false) a programme: published programmes show to everybody and go to the IATI file.",
			example = "{\"published\": true}")
	record PublicationBody(@NotNull Boolean published) {
	}

	@PostMapping(path = "/programmes/{id}/publication", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<ProgrammeViews.Detail> publish(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody PublicationBody body) {
		CurrentUser user = CurrentUser.required();
		ETags.check(ifMatch, "programme", id, programmes.detail(id, Optional.of(user)).version());
		programmes.publish(id, body.published(), user);
		return detail(id, user);
	}

	@Schema(description = "A costed line of a programme's budget for one year. country: the country that bears it, one of the "
			+ "programme's (none: shared).",
			example = """
					{"year": 2027, "kind": "RECURRENT", "amount": 45000.00, "country": "KEN", "source": "DONOR_GRANT",
					 "donor": "European Union", "description": "Data officers' salaries"}""")
	record NewBudgetLineBody(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull CostKind kind,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000")
			@Digits(integer = 10, fraction = 2) BigDecimal amount, @Nullable @Size(max = 3) String country,
			@NotNull FundingSource source, @Nullable @Size(max = 200) String donor,
			@NotBlank @Size(max = 500) String description) {
	}

	@Schema(description = "A budget line's new content. version: the version edited (optional; If-Match is checked first).",
			example = """
					{"year": 2027, "kind": "RECURRENT", "amount": 47500.25, "country": "KEN", "source": "DONOR_GRANT",
					 "donor": "European Union", "description": "Data officers' salaries"}""")
	record BudgetLineBody(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull CostKind kind,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000")
			@Digits(integer = 10, fraction = 2) BigDecimal amount, @Nullable @Size(max = 3) String country,
			@NotNull FundingSource source, @Nullable @Size(max = 200) String donor,
			@NotBlank @Size(max = 500) String description, @Nullable Long version) {
	}

	@GetMapping("/programmes/{id}/budget-lines/{lineId}")
	@Access(anonymous = true)
	ResponseEntity<ProgrammeViews.BudgetLineView> budgetLine(@PathVariable long id, @PathVariable long lineId) {
		ProgrammeViews.BudgetLineView line = programmes.budgetLine(id, lineId, CurrentUser.current());
		return ResponseEntity.ok().eTag(ETags.of(line.version())).body(line);
	}

	@PostMapping(path = "/programmes/{id}/budget-lines", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<ProgrammeViews.BudgetLineView> addBudgetLine(@PathVariable long id,
			@Valid @RequestBody NewBudgetLineBody body) {
		CurrentUser user = CurrentUser.required();
		long lineId = programmes.addBudgetLine(id, body.year(), body.kind(), body.amount(), upper(body.country()),
				body.source(), body.donor(), body.description(), user);
		ProgrammeViews.BudgetLineView line = programmes.budgetLine(id, lineId, Optional.of(user));
		return ResponseEntity.created(URI.create("/api/programmes/" + id + "/budget-lines/" + lineId))
			.eTag(ETags.of(line.version()))
			.body(line);
	}

	@PutMapping(path = "/programmes/{id}/budget-lines/{lineId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<ProgrammeViews.BudgetLineView> updateBudgetLine(@PathVariable long id, @PathVariable long lineId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody BudgetLineBody body) {
		CurrentUser user = CurrentUser.required();
		long current = programmes.budgetLine(id, lineId, Optional.of(user)).version();
		ETags.check(ifMatch, "budget line", lineId, current);
		programmes.updateBudgetLine(id, lineId, body.version() == null ? current : body.version(), body.year(),
				body.kind(), body.amount(), upper(body.country()), body.source(), body.donor(), body.description(), user);
		ProgrammeViews.BudgetLineView line = programmes.budgetLine(id, lineId, Optional.of(user));
		return ResponseEntity.ok().eTag(ETags.of(line.version())).body(line);
	}

	@DeleteMapping("/programmes/{id}/budget-lines/{lineId}")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<Void> removeBudgetLine(@PathVariable long id, @PathVariable long lineId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		CurrentUser user = CurrentUser.required();
		long current = programmes.budgetLine(id, lineId, Optional.of(user)).version();
		ETags.check(ifMatch, "budget line", lineId, current);
		programmes.removeBudgetLine(id, lineId, current, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/programmes/{id}/documents")
	@Access(anonymous = true)
	List<DocumentView> documents(@PathVariable long id) {
		return programmes.documents(id, CurrentUser.current());
	}

	/** Uploads a document (multipart: file, title, IATI document category, publicDocument), as the programme page does. */
	@PostMapping(path = "/programmes/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<DocumentView> addDocument(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "A01") String category,
			@RequestParam(defaultValue = "false") boolean publicDocument,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		CurrentUser user = CurrentUser.required();
		if (file == null || file.isEmpty()) {
			programmes.detail(id, Optional.of(user));
			throw RuleViolationException.invalid("programme.error.emptyFile");
		}
		if (title.length() > 200) {
			throw RuleViolationException.invalid("programme.error.text");
		}
		long documentId = programmes.addDocument(id, title, category, file.getOriginalFilename(), file.getBytes(),
				publicDocument, user);
		DocumentView saved = programmes.documents(id, Optional.of(user))
			.stream()
			.filter(d -> d.id() == documentId)
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/programmes/" + id + "/documents/" + documentId))
			.eTag(ETags.of(saved.version()))
			.body(saved);
	}

	@GetMapping(path = "/programmes/{id}/documents/{documentId}", produces = MediaType.ALL_VALUE)
	@Access(anonymous = true)
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
		return FileDownloads.attachment(programmes.document(id, documentId, CurrentUser.current()));
	}

	@DeleteMapping("/programmes/{id}/documents/{documentId}")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<Void> removeDocument(@PathVariable long id, @PathVariable long documentId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		CurrentUser user = CurrentUser.required();
		long current = programmes.documents(id, Optional.of(user))
			.stream()
			.filter(d -> d.id() == documentId)
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("document", documentId))
			.version();
		ETags.check(ifMatch, "document", documentId, current);
		programmes.removeDocument(id, documentId, current, user);
		return ResponseEntity.noContent().build();
	}

	@Schema(description = "A programme's ODA eligibility, OECD DAC 5-digit purpose code (IATI Sector) and policy markers "
			+ "(IATI PolicyMarker code -> significance 0..4), as the programme page's classification form.",
			example = "{\"oda\": true, \"dacCode\": \"15190\", \"markers\": {\"1\": 1}}")
	record ClassificationBody(@NotNull Boolean oda, @NotBlank @Size(max = 5) String dacCode,
			@Nullable @Size(max = 20) Map<@Size(max = 10) String, @NotNull @Min(0) @Max(4) Integer> markers) {
	}

	@PutMapping(path = "/programmes/{id}/classification", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<ProgrammeViews.Detail> classify(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ClassificationBody body) {
		CurrentUser user = CurrentUser.required();
		long current = programmes.detail(id, Optional.of(user)).version();
		ETags.check(ifMatch, "programme", id, current);
		programmes.classify(id, current, body.oda(), body.dacCode(), body.markers() == null ? Map.of() : body.markers(),
				user);
		return detail(id, user);
	}

	@Schema(description = "A participating organisation (IATI OrganisationRole 1 funding .. 4 implementing; OrganisationType code).",
			example = "{\"name\": \"Ministry of Interior\", \"ref\": \"KE-GOV-MOI\", \"orgType\": \"10\", \"role\": 4}")
	record PartnerBody(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 100) String ref,
			@Nullable @Size(max = 3) String orgType, @NotNull @Min(1) @Max(4) Integer role) {
	}

	@PostMapping(path = "/programmes/{id}/partners", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<ProgrammeViews.Detail> addPartner(@PathVariable long id, @Valid @RequestBody PartnerBody body) {
		CurrentUser user = CurrentUser.required();
		programmes.addPartner(id, body.name(), body.ref(), body.orgType(), body.role(), user);
		return ResponseEntity.status(201).body(programmes.detail(id, Optional.of(user)));
	}

	@DeleteMapping("/programmes/{id}/partners/{partnerId}")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<Void> removePartner(@PathVariable long id, @PathVariable long partnerId) {
		programmes.removePartner(id, partnerId, CurrentUser.required());
		return ResponseEntity.noContent().build();
	}

	@Schema(description = "A line of the log frame: an OUTCOME (no parent), an OUTPUT under an outcome, an ACTIVITY under an output.",
			example = "{\"level\": \"OUTCOME\", \"text\": \"Border agencies exchange crossing data monthly.\"}")
	record LogframeBody(@NotNull LogframeLevel level, @Nullable Long parentId, @NotBlank @Size(max = 2000) String text) {
	}

	@PostMapping(path = "/programmes/{id}/logframe", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<ProgrammeViews.Detail> addLogframe(@PathVariable long id, @Valid @RequestBody LogframeBody body) {
		CurrentUser user = CurrentUser.required();
		if (body.level().parent() == null && body.parentId() != null) {
			programmes.detail(id, Optional.of(user));
			throw RuleViolationException.invalid("programme.error.parent");
		}
		programmes.addLogframeItem(id, body.parentId(), body.level(), body.text(), user);
		return ResponseEntity.status(201).body(programmes.detail(id, Optional.of(user)));
	}

	@DeleteMapping("/programmes/{id}/logframe/{itemId}")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<Void> removeLogframe(@PathVariable long id, @PathVariable long itemId) {
		programmes.removeLogframeItem(id, itemId, CurrentUser.required());
		return ResponseEntity.noContent().build();
	}

	@Schema(description = "A result indicator (IATI measure 1 unit, 2 percentage, ...), with its baseline and, optionally, the "
			+ "log frame line and the assessment indicator it tracks.",
			example = "{\"title\": \"Monthly data exchanges\", \"measure\": 1, \"ascending\": true, \"baselineYear\": 2026, \"baselineValue\": 0}")
	record IndicatorBody(@NotBlank @Size(max = 300) String title, @Nullable Long logframeItemId,
			@NotNull @Min(1) @Max(5) Integer measure, @Nullable Boolean ascending,
			@NotNull @Min(1900) @Max(2100) Integer baselineYear,
			@NotNull @Digits(integer = 14, fraction = 4) BigDecimal baselineValue,
			@Nullable @Size(max = 10) String assessmentIndicator) {
	}

	@PostMapping(path = "/programmes/{id}/indicators", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<ProgrammeViews.Detail> addIndicator(@PathVariable long id, @Valid @RequestBody IndicatorBody body) {
		CurrentUser user = CurrentUser.required();
		programmes.addIndicator(id, body.logframeItemId(), body.title(), body.measure(),
				body.ascending() == null || body.ascending(), body.baselineYear(), body.baselineValue(),
				body.assessmentIndicator() == null ? "" : body.assessmentIndicator(), user);
		return ResponseEntity.status(201).body(programmes.detail(id, Optional.of(user)));
	}

	@Schema(description = "A result period of an indicator, with its target; its actual is reported on /periods/{periodId}/actual.",
			example = "{\"start\": \"2027-01-01\", \"end\": \"2027-12-31\", \"target\": 12}")
	record PeriodBody(@NotNull LocalDate start, @NotNull LocalDate end,
			@NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000")
			@Digits(integer = 10, fraction = 4) BigDecimal target) {
	}

	@PostMapping(path = "/programmes/{id}/indicators/{indicatorId}/periods", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<ProgrammeViews.Detail> addPeriod(@PathVariable long id, @PathVariable long indicatorId,
			@Valid @RequestBody PeriodBody body) {
		CurrentUser user = CurrentUser.required();
		programmes.addPeriod(id, indicatorId, body.start(), body.end(), body.target(), user);
		return ResponseEntity.status(201).body(programmes.detail(id, Optional.of(user)));
	}

	private ResponseEntity<ProgrammeViews.Detail> detail(long id, CurrentUser user) {
		ProgrammeViews.Detail detail = programmes.detail(id, Optional.of(user));
		return ResponseEntity.ok().eTag(ETags.of(detail.version())).body(detail);
	}

	private static @Nullable String upper(@Nullable String iso3) {
		return iso3 == null || iso3.isBlank() ? null : iso3.trim().toUpperCase(Locale.ROOT);
	}

	record ImpactResponse(long programmeId, int startYear, String basis, boolean dataAvailable,
			org.migracap.programme.domain.DifferenceInDifferences.Result result) {
	}

	@GetMapping("/programmes/{id}/impact")
	@Access(anonymous = true)
	ImpactResponse impact(@PathVariable long id, @RequestParam(defaultValue = "either") String basis) {
		ProgrammeViews.Impact found = impact.impact(id, basis, CurrentUser.current());
		return new ImpactResponse(id, found.startYear(), found.basis(), found.dataAvailable(), found.result());
	}

	/** Not validated before the call, so that a focal point of another country is told "not found" first. */
	@Schema(description = "The value reached for an indicator in a reporting period, a comment, and the version read.",
			example = "{\"actual\": 120, \"comment\": \"Officers trained at Busia and Malaba.\", \"version\": 0}")
	record ActualBody(@Nullable BigDecimal actual, @Nullable String comment, @Nullable Long version) {
	}

	@PostMapping(path = "/programmes/{id}/periods/{periodId}/actual", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	ProgrammeViews.Detail recordActual(@PathVariable long id, @PathVariable long periodId,
			@RequestBody ActualBody body) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		programmes.requireReporter(id, CurrentUser.required());
		programmes.recordActual(id, periodId, body.version() == null ? -1 : body.version(), body.actual(),
				body.comment(), CurrentUser.required());
		return programmes.detail(id, viewer);
	}

	@GetMapping("/recurrent/{iso3}")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, country = "iso3")
	RecurrentFinancing.Outlook outlook(@PathVariable String iso3) {
		return recurrent.outlook(iso3, CurrentUser.required());
	}

}
