package org.migracap.request.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ETags;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.request.HelpKind;
import org.migracap.request.Urgency;
import org.migracap.request.domain.RequestRow;
import org.migracap.request.domain.RequestService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of requests for help: list (filtered as the pages are), one request with its history, submission,
 * decisions and answers. A focal point sees and answers its own country's requests only.
 */
@RestController
@RequestMapping(path = "/api/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Access({ Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN })
class RequestApiController {

	private final RequestService requests;

	RequestApiController(RequestService requests) {
		this.requests = requests;
	}

	@GetMapping
	PagedModel<RequestRow> list(@ParameterObject RequestListParameters parameters) {
		return new PagedModel<>(requests.search(parameters.toQuery(), CurrentUser.required()));
	}

	@GetMapping("/{id}")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	ResponseEntity<RequestService.RequestDetail> get(@PathVariable long id) {
		return tagged(requests.detail(id, CurrentUser.required()));
	}

	@GetMapping("/{id}/similar")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	List<RequestService.SimilarRequest> similar(@PathVariable long id) {
		return requests.similar(id, CurrentUser.required());
	}

	@Schema(description = "A request for help: the requesting country (staff only; a focal point requests for its own), partner "
			+ "countries, focus areas, kind of help, urgency, title, description (at least 20 characters), desired dates.",
			example = "{\"country\": \"KEN\", \"partners\": [\"UGA\"], \"areas\": [\"B\"], "
					+ "\"kind\": \"TRAINING\", \"urgency\": \"MEDIUM\", \"title\": \"Training of border officers at Busia\", "
					+ "\"description\": \"Forty officers at the Busia crossing need training in document examination.\", "
					+ "\"desiredStart\": \"2027-03-01\", \"desiredEnd\": \"2027-06-30\"}")
	record NewRequestBody(@Nullable @Size(max = 3) String country,
			@Nullable @Size(max = 50) List<@Size(max = 3) String> partners,
			@NotEmpty Set<FocusArea> areas, @NotNull HelpKind kind, @NotNull Urgency urgency,
			@NotBlank @Size(max = 200) String title, @NotBlank @Size(min = 20, max = 8000) String description,
			@Nullable LocalDate desiredStart, @Nullable LocalDate desiredEnd) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RequestService.RequestDetail> submit(@Valid @RequestBody NewRequestBody body) {
		CurrentUser user = CurrentUser.required();
		String lead = user.isStaff() ? body.country() : user.countryCode();
		if (lead == null || lead.isBlank()) {
			throw RuleViolationException.invalid("request.error.countryRequired");
		}
		List<String> countries = new ArrayList<>();
		countries.add(lead);
		if (body.partners() != null) {
			countries.addAll(body.partners());
		}
		long id = requests.submit(new RequestService.NewRequest(countries, body.areas(), body.kind(), body.urgency(),
				body.title(), body.description(), body.desiredStart(), body.desiredEnd(), null, List.of()), user);
		return ResponseEntity.status(HttpStatus.CREATED).body(requests.detail(id, user));
	}

	enum Decision {

		ACCEPT, DECLINE, ASK

	}

	@Schema(description = "The triage decision: accept, decline or ask for more information, with a note; version is the "
			+ "request's version read (or send it as If-Match).",
			example = "{\"decision\": \"ASK\", \"note\": \"How many officers, and at which crossings?\", \"version\": 0}")
	record DecisionBody(@NotNull Decision decision, @Nullable @Size(max = 2000) String note, @Nullable Long version) {
	}

	/** Triage; the request's version in {@code If-Match} (412 when stale) or in the body (409 when stale). */
	@PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<RequestService.RequestDetail> decide(@PathVariable long id, @Valid @RequestBody DecisionBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		CurrentUser user = CurrentUser.required();
		String note = body.note() == null ? "" : body.note();
		long version = ETags.required(ifMatch, body.version());
		ETags.update(ifMatch, () -> {
			switch (body.decision()) {
				case ACCEPT -> requests.accept(id, version, note, user);
				case DECLINE -> requests.decline(id, version, note, user);
				case ASK -> requests.askForInformation(id, version, note, user);
			}
		});
		return tagged(requests.detail(id, user));
	}

	/** Not validated before the call, so that a focal point of another country is told "not found" first. */
	@Schema(description = "The requesting country's answer to a question of the triage team; version is the request's "
			+ "version read (or send it as If-Match).",
			example = "{\"answer\": \"Forty officers at Busia and Malaba.\", \"version\": 1}")
	record RequestAnswerBody(@Nullable @Size(max = 1000) String answer, @Nullable Long version) {
	}

	@PostMapping(path = "/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	ResponseEntity<RequestService.RequestDetail> answer(@PathVariable long id, @RequestBody RequestAnswerBody body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		CurrentUser user = CurrentUser.required();
		requests.detail(id, user);
		long version = ETags.required(ifMatch, body.version());
		ETags.update(ifMatch, () -> requests.answer(id, version, body.answer() == null ? "" : body.answer(), List.of(),
				user));
		return tagged(requests.detail(id, user));
	}

	private static ResponseEntity<RequestService.RequestDetail> tagged(RequestService.RequestDetail detail) {
		return ResponseEntity.ok().eTag(ETags.of(detail.version())).body(detail);
	}

}
