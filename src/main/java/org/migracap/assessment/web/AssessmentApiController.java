package org.migracap.assessment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.migracap.assessment.AreaScore;
import org.migracap.assessment.AssessmentApi;
import org.migracap.assessment.CountryProfile;
import org.migracap.assessment.SdgResult;
import org.migracap.assessment.SdgYearSummary;
import org.migracap.assessment.domain.Answer;
import org.migracap.assessment.domain.CapacityScoring;
import org.migracap.assessment.domain.Confidence;
import org.migracap.assessment.domain.CycleKind;
import org.migracap.assessment.domain.CycleService;
import org.migracap.assessment.domain.CycleSummary;
import org.migracap.assessment.domain.CycleView;
import org.migracap.assessment.domain.FrameworkDocument;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.assessment.domain.FrameworkStatus;
import org.migracap.assessment.domain.FrameworkView;
import org.migracap.assessment.domain.ResponseView;
import org.migracap.platform.Access;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ETags;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.reference.ReferenceApi;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of frameworks, assessment cycles, their answers and workflow, and scores. Every answer contains only
 * what the caller may see; a cycle the caller may not see is answered 404.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentApiController {

	private final FrameworkService frameworks;

	private final CycleService cycles;

	private final AssessmentApi api;

	private final ReferenceApi reference;

	AssessmentApiController(FrameworkService frameworks, CycleService cycles, AssessmentApi api,
			ReferenceApi reference) {
		this.frameworks = frameworks;
		this.cycles = cycles;
		this.api = api;
		this.reference = reference;
	}

	record FrameworkSummary(long id, String code, int version, FrameworkStatus status, String title,
			int indicators) {

		static FrameworkSummary of(FrameworkView f) {
			return new FrameworkSummary(f.id(), f.code(), f.frameworkVersion(), f.status(), f.title().in(Locale.ENGLISH),
					f.indicatorCount());
		}

	}

	@GetMapping("/frameworks")
	@Access(anonymous = true)
	List<FrameworkSummary> frameworks() {
		boolean admin = CurrentUser.current().map(u -> u.has(Role.ADMIN)).orElse(false);
		return frameworks.all()
			.stream()
			.filter(f -> admin || f.status() != FrameworkStatus.DRAFT)
			.map(FrameworkSummary::of)
			.toList();
	}

	@GetMapping("/frameworks/{frameworkId}")
	@Access(anonymous = true)
	FrameworkDocument framework(@PathVariable long frameworkId) {
		FrameworkView framework = frameworks.get(frameworkId);
		if (framework.draft() && !CurrentUser.current().map(u -> u.has(Role.ADMIN)).orElse(false)) {
			throw NotFoundException.of("framework", frameworkId);
		}
		return framework.document();
	}

	@GetMapping("/assessments")
	@Access(anonymous = true)
	PagedModel<CycleSummary> cycles(@ParameterObject CycleListParameters parameters) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		String country = parameters.countryCode();
		return parameters.page(country == null ? cycles.all(viewer) : cycles.cyclesOf(country, viewer));
	}

	@Schema(description = "Opens an assessment cycle of a country: the framework (default the core framework), self- or joint "
			+ "assessment, the year, who may see its results once published, and dueDate (optional, not in the past): "
			+ "when the country is asked to submit it.",
			example = "{\"iso3\": \"KEN\", \"framework\": \"MIGRACAP_CORE\", \"kind\": \"SELF\", \"year\": 2026, "
					+ "\"confidentiality\": \"PRIVATE\", \"dueDate\": \"2099-06-30\"}")
	record NewCycleRequest(@NotBlank @Size(max = 3) String iso3, @Nullable @Size(max = 40) String framework,
			@Nullable CycleKind kind, @NotNull @Min(2000) @Max(2100) Integer year,
			@Nullable Confidentiality confidentiality, @Nullable LocalDate dueDate) {
	}

	@PostMapping(path = "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Access({ Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN })
	CycleView create(@Valid @RequestBody NewCycleRequest request) {
		return cycles.create(request.iso3(),
				new CycleService.NewCycle(request.framework() == null ? FrameworkService.CORE : request.framework(),
						request.kind() == null ? CycleKind.SELF : request.kind(), request.year(), null, null,
						request.confidentiality() == null ? Confidentiality.PRIVATE : request.confidentiality(),
						request.dueDate()),
				CurrentUser.required());
	}

	/** One cycle; its {@code ETag} is the version that submit, return, validate and publish take as If-Match. */
	@GetMapping("/assessments/{cycleId}")
	@Access(anonymous = true)
	ResponseEntity<CycleView> cycle(@PathVariable long cycleId) {
		return tagged(cycles.get(cycleId, CurrentUser.current()));
	}

	@GetMapping("/assessments/{cycleId}/responses")
	@Access(anonymous = true)
	List<ResponseView> responses(@PathVariable long cycleId) {
		return cycles.responses(cycleId, CurrentUser.current());
	}

	@GetMapping("/assessments/{cycleId}/scores")
	@Access(anonymous = true)
	List<CapacityScoring.AreaResult> scores(@PathVariable long cycleId) {
		return cycles.scores(cycleId, CurrentUser.current());
	}

	@Schema(description = "The answer to one indicator: level 0-4, confidence, target, evidence and a comment; version is "
			+ "the answer's version read (or send it as If-Match), none for a first answer.",
			example = "{\"level\": 2, \"confidence\": \"MEDIUM\", \"targetLevel\": 3, \"targetYear\": 2028, "
					+ "\"evidenceText\": \"The 2021 Refugees Act sets out the procedure.\", "
					+ "\"evidenceLinks\": [\"https://example.org/refugees-act-2021.pdf\"], \"comment\": \"Draft by the ministry.\"}")
	record AnswerRequest(@Nullable Long version, @Nullable Integer level, @Nullable Confidence confidence,
			@Nullable Integer targetLevel, @Nullable Integer targetYear, @Nullable @Size(max = 4000) String evidenceText,
			@Nullable @Size(max = CycleService.MAX_LINKS) List<@Size(max = 2000) String> evidenceLinks,
			@Nullable @Size(max = 2000) String comment) {
	}

	/** One answer of a cycle; its {@code ETag} is the version its update takes as If-Match. */
	@GetMapping("/assessments/{cycleId}/responses/{code}")
	@Access(anonymous = true)
	ResponseEntity<ResponseView> response(@PathVariable long cycleId, @PathVariable String code) {
		ResponseView response = cycles.responses(cycleId, CurrentUser.current())
			.stream()
			.filter(r -> r.indicatorCode().equals(code))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("answer", code));
		return ResponseEntity.ok().eTag(ETags.of(response.version())).body(response);
	}

	/**
	 * Answers one indicator. The version read (the answer's ETag) goes in {@code If-Match} (412 when stale) or as
	 * {@code version} in the body (409 when stale); a first answer needs neither.
	 */
	@PutMapping(path = "/assessments/{cycleId}/responses/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	ResponseEntity<ResponseView> answer(@PathVariable long cycleId, @PathVariable String code,
			@Valid @RequestBody AnswerRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		cycles.requireEditor(cycleId, CurrentUser.required());
		Long version = ETags.expected(ifMatch, request.version());
		ResponseView answered = ETags.update(ifMatch, () -> cycles.answer(cycleId, code,
				new Answer(request.level(), request.confidence(), request.targetLevel(), request.targetYear(),
						request.evidenceText(), request.evidenceLinks() == null ? List.of() : request.evidenceLinks(),
						request.comment()),
				version, CurrentUser.required()));
		return ResponseEntity.ok().eTag(ETags.of(answered.version())).body(answered);
	}

	@Schema(description = "The version of the cycle the caller read; may be left out when If-Match carries it.",
			example = "{\"version\": 3}")
	record VersionRequest(@Nullable Long version) {
	}

	/** Submits a cycle for validation; the cycle's version in {@code If-Match} (412 when stale) or in the body. */
	@PostMapping(path = "/assessments/{cycleId}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	ResponseEntity<CycleView> submit(@PathVariable long cycleId,
			@RequestBody(required = false) @Nullable VersionRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		CurrentUser user = CurrentUser.required();
		cycles.requireEditor(cycleId, user);
		long version = ETags.required(ifMatch, request == null ? null : request.version());
		return tagged(ETags.update(ifMatch, () -> cycles.submit(cycleId, version, user)));
	}

	@Schema(description = "Returns a submitted cycle to its country with comments, overall and per indicator.",
			example = "{\"version\": 4, \"comment\": \"Please add evidence for the border indicators.\", "
					+ "\"indicatorComments\": {\"BRD-1\": \"Which law sets this out?\"}}")
	record ReturnRequest(@Nullable Long version, @NotBlank @Size(max = 4000) String comment,
			@Nullable Map<String, String> indicatorComments) {
	}

	@PostMapping(path = "/assessments/{cycleId}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<CycleView> returnWithComments(@PathVariable long cycleId, @Valid @RequestBody ReturnRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.required(ifMatch, request.version());
		return tagged(ETags.update(ifMatch, () -> cycles.returnWithComments(cycleId, version, request.comment(),
				request.indicatorComments() == null ? Map.of() : request.indicatorComments(), CurrentUser.required())));
	}

	@PostMapping(path = "/assessments/{cycleId}/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<CycleView> validate(@PathVariable long cycleId,
			@RequestBody(required = false) @Nullable VersionRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.required(ifMatch, request == null ? null : request.version());
		return tagged(ETags.update(ifMatch, () -> cycles.validate(cycleId, version, CurrentUser.required())));
	}

	@PostMapping(path = "/assessments/{cycleId}/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<CycleView> publish(@PathVariable long cycleId,
			@RequestBody(required = false) @Nullable VersionRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.required(ifMatch, request == null ? null : request.version());
		return tagged(ETags.update(ifMatch, () -> cycles.publish(cycleId, version, CurrentUser.required())));
	}

	private static ResponseEntity<CycleView> tagged(CycleView cycle) {
		return ResponseEntity.ok().eTag(ETags.of(cycle.version())).body(cycle);
	}

	@GetMapping("/scores")
	@Access(anonymous = true)
	List<AreaScore> latestScores() {
		return api.latestAreaScores(CurrentUser.current());
	}

	@GetMapping("/scores/{iso3}")
	@Access(anonymous = true)
	CountryProfile profile(@PathVariable String iso3) {
		return api.profile(reference.getCountry(iso3).iso3(), CurrentUser.current());
	}

	record SdgReport(List<SdgYearSummary> years, List<SdgResult> results) {
	}

	@GetMapping("/sdg-10-7-2")
	@Access(anonymous = true)
	SdgReport sdg() {
		return new SdgReport(api.sdgSummaryByYear(), api.sdgResults());
	}

}
