package org.migracap.planning.web;

import java.net.URI;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.planning.domain.CandidateData;
import org.migracap.planning.domain.CandidateDecision;
import org.migracap.planning.domain.CandidateOrigin;
import org.migracap.planning.domain.CandidateService;
import org.migracap.planning.domain.CandidateView;
import org.migracap.planning.domain.PlanningSources;
import org.migracap.platform.Access;
import org.migracap.platform.ETags;
import org.migracap.platform.Role;
import org.migracap.reference.FocusArea;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidates of a scenario as JSON, as the scenario and candidate pages handle them: list (searched, filtered,
 * ordered, paged), read with an entity tag, add, update with {@code If-Match}, delete, and add candidates from the
 * accepted requests or from the gap table and the catalogue.
 */
@RestController
@Access({ Role.COORDINATOR, Role.ADMIN })
class CandidateApiController {

	private final CandidateService candidates;

	private final PlanningSources sources;

	CandidateApiController(CandidateService candidates, PlanningSources sources) {
		this.candidates = candidates;
		this.sources = sources;
	}

	@Schema(description = "A candidate intervention of a scenario; its ETag is its version.")
	record CandidateResponse(long id, long version, long scenarioId, String code, String title, List<String> countries,
			FocusArea area, @Nullable String indicatorCode, @Nullable String catalogueCode,
			@Schema(description = "The accepted request it comes from, if any.") @Nullable Long requestId,
			@Nullable String urgency, CandidateOrigin origin, double oneOffCost, double recurrentCost, int startYear,
			int durationYears, double uplift, List<String> dependsOn, @Nullable String exclusionGroup,
			CandidateDecision decision) {

		static CandidateResponse of(CandidateView c) {
			return new CandidateResponse(c.id(), c.version(), c.scenarioId(), c.code(), c.title(), c.countries(), c.area(),
					c.indicatorCode(), c.catalogueCode(), c.requestId(), c.urgency(), c.origin(), c.oneOffCost(),
					c.recurrentCost(), c.startYear(), c.durationYears(), c.uplift(), c.dependsOn(), c.exclusionGroup(),
					c.decision());
		}

	}

	@Schema(description = "A candidate as a client writes it (all of it, on create and on update). The start year must fall within the scenario's horizon; dependsOn names codes of other candidates of the scenario.",
			example = """
					{"code": "KEN-B2-BORDER", "title": "Border management training for Kenya",
					 "countries": ["KEN"], "area": "B", "indicatorCode": "B2", "oneOffCost": 120000,
					 "recurrentCost": 20000, "startYear": 2027, "durationYears": 2, "uplift": 1,
					 "dependsOn": [], "exclusionGroup": null, "decision": "FREE"}""")
	record CandidateBody(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 300) String title,
			@NotEmpty @Size(max = CandidateService.MAX_COUNTRIES) List<@NotBlank @Size(max = 3) String> countries,
			@NotNull FocusArea area, @Nullable @Size(max = 2) String indicatorCode,
			@NotNull @DecimalMin("0") @DecimalMax("1e11") Double oneOffCost,
			@NotNull @DecimalMin("0") @DecimalMax("1e11") Double recurrentCost,
			@NotNull @Min(2000) @Max(2100) Integer startYear, @Nullable @Min(1) @Max(10) Integer durationYears,
			@Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("4") Double uplift,
			@Nullable @Size(max = 9) List<@NotBlank @Size(max = 40) String> dependsOn,
			@Nullable @Size(max = 40) String exclusionGroup, @Nullable CandidateDecision decision) {

		/** The data as the candidate form makes it: typed by hand. */
		CandidateData toData() {
			return new CandidateData(code, title, countries, area,
					indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode, null, null, null,
					CandidateOrigin.MANUAL, oneOffCost, recurrentCost, startYear, durationYears == null ? 1 : durationYears,
					uplift == null ? 1.0 : uplift, dependsOn == null ? List.of() : dependsOn,
					exclusionGroup == null || exclusionGroup.isBlank() ? null : exclusionGroup,
					decision == null ? CandidateDecision.FREE : decision);
		}

	}

	@Schema(description = "Which gaps to generate candidates for: countries and areas (all of the scenario's when empty).",
			example = "{\"countries\": [\"KEN\"], \"areas\": [\"B\"]}")
	record GenerateBody(@Nullable @Size(max = 250) List<@NotBlank @Size(max = 3) String> countries,
			@Nullable @Size(max = 10) Set<@NotNull FocusArea> areas) {
	}

	@Schema(description = "How many candidates were added (those whose code exists already are skipped).")
	record Added(int added) {
	}

	@GetMapping(path = "/api/planning/scenarios/{id}/candidates", produces = MediaType.APPLICATION_JSON_VALUE)
	PagedModel<CandidateResponse> list(@PathVariable long id, @ParameterObject CandidateListParameters parameters) {
		return parameters.apply(candidates.list(id), CandidateResponse::of);
	}

	@GetMapping(path = "/api/planning/scenarios/{id}/candidates/{candidateId}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CandidateResponse> get(@PathVariable long id, @PathVariable long candidateId) {
		CandidateView candidate = candidates.get(id, candidateId);
		return ResponseEntity.ok().eTag(ETags.of(candidate.version())).body(CandidateResponse.of(candidate));
	}

	@PostMapping(path = "/api/planning/scenarios/{id}/candidates", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CandidateResponse> create(@PathVariable long id, @Valid @RequestBody CandidateBody body) {
		CandidateView created = candidates.create(id, body.toData());
		return ResponseEntity.created(URI.create("/api/planning/scenarios/" + id + "/candidates/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(CandidateResponse.of(created));
	}

	@PutMapping(path = "/api/planning/scenarios/{id}/candidates/{candidateId}",
			consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CandidateResponse> update(@PathVariable long id, @PathVariable long candidateId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody CandidateBody body) {
		CandidateView current = candidates.get(id, candidateId);
		ETags.check(ifMatch, "candidate", candidateId, current.version());
		CandidateView updated = candidates.update(id, candidateId, current.version(), body.toData());
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(CandidateResponse.of(updated));
	}

	@DeleteMapping("/api/planning/scenarios/{id}/candidates/{candidateId}")
	ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long candidateId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		ETags.check(ifMatch, "candidate", candidateId, candidates.get(id, candidateId).version());
		candidates.delete(id, candidateId);
		return ResponseEntity.noContent().build();
	}

	/** One candidate per accepted request and area that the scenario covers, as the scenario page's button. */
	@PostMapping(path = "/api/planning/scenarios/{id}/candidates/from-requests", produces = MediaType.APPLICATION_JSON_VALUE)
	Added fromRequests(@PathVariable long id) {
		return new Added(sources.addCandidatesFromRequests(id));
	}

	/** Candidates from the scenario's gap table and the intervention catalogue, as the scenario page generates them. */
	@PostMapping(path = "/api/planning/scenarios/{id}/candidates/from-gaps", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Added fromGaps(@PathVariable long id, @Valid @RequestBody GenerateBody body) {
		Set<String> only = new HashSet<>(body.countries() == null ? List.of()
				: body.countries().stream().map(c -> c.trim().toUpperCase(java.util.Locale.ROOT)).toList());
		Set<FocusArea> areas = body.areas() == null || body.areas().isEmpty() ? EnumSet.noneOf(FocusArea.class)
				: EnumSet.copyOf(body.areas());
		return new Added(candidates.generateFromGaps(id, only, areas));
	}

}
