package org.migracap.workshop.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ETags;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.migracap.workshop.domain.ConclusionService;
import org.migracap.workshop.domain.ScopeService;
import org.migracap.workshop.domain.WorkshopFormat;
import org.migracap.workshop.domain.WorkshopService;
import org.springframework.http.HttpStatus;
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
 * Workshops written over the API, as the workshop pages write them and authorised as they are: creating a workshop,
 * its details (ETag / If-Match), its status (publish, registration and survey open or closed, conclude), its scope
 * (countries by hand, region, route, gap) and its invitation list (contacts by e-mail or by user account, sent by
 * e-mail through the module's mail). Only the workshop's managers (its organiser and facilitators, IOM staff).
 */
@RestController
@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
class WorkshopManageApiController {

	private final WorkshopService workshops;

	private final ScopeService scope;

	private final ConclusionService conclusions;

	private final IdentityApi identity;

	private final ReferenceApi reference;

	WorkshopManageApiController(WorkshopService workshops, ScopeService scope, ConclusionService conclusions,
			IdentityApi identity, ReferenceApi reference) {
		this.workshops = workshops;
		this.scope = scope;
		this.conclusions = conclusions;
		this.identity = identity;
		this.reference = reference;
	}

	@Schema(description = "A workshop's details as its managers write them. The title is needed in every working language; "
			+ "the venue unless online; at most 10 days. 'version' (optional) is checked when no If-Match is sent.",
			example = "{\"title\": {\"en\": \"Labour migration governance\", \"fr\": \"Gouvernance des migrations de main-d’œuvre\"},"
					+ " \"description\": {\"en\": \"Three days on bilateral labour agreements.\"}, \"themes\": [\"B\", \"C\"],"
					+ " \"languages\": [\"en\", \"fr\"], \"format\": \"IN_PERSON\", \"venue\": \"Dakar\","
					+ " \"startDate\": \"2027-03-10\", \"endDate\": \"2027-03-12\", \"capacity\": 40, \"facilitatorIds\": []}")
	record WorkshopBody(@NotNull @Valid ShortTextBody title,
			@Nullable @Valid LongTextBody description, @Nullable @Size(max = 10) Set<FocusArea> themes,
			@NotEmpty @Size(max = 3) List<@NotNull @Pattern(regexp = "en|fr|es") @Size(max = 2) String> languages,
			@NotNull WorkshopFormat format, @Nullable @Size(max = 300) String venue, @NotNull LocalDate startDate,
			@NotNull LocalDate endDate, @Nullable @Min(1) @Max(100000) Integer capacity,
			@Nullable @Size(max = 20) List<@NotNull Long> facilitatorIds, @Nullable @Min(0) @Max(Integer.MAX_VALUE) Long version) {

		WorkshopService.WorkshopCommand toCommand() {
			List<String> ordered = new ArrayList<>();
			for (String language : List.of("en", "fr", "es")) {
				if (languages.contains(language)) {
					ordered.add(language);
				}
			}
			return new WorkshopService.WorkshopCommand(title.toTexts(), LongTextBody.of(description),
					themes == null || themes.isEmpty() ? EnumSet.noneOf(FocusArea.class) : EnumSet.copyOf(themes),
					ordered, format, venue, startDate, endDate, capacity,
					facilitatorIds == null ? List.of() : facilitatorIds);
		}

	}

	@PostMapping(path = "/api/workshops", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<WorkshopService.WorkshopView> create(@Valid @RequestBody WorkshopBody body, Locale locale) {
		CurrentUser user = CurrentUser.required();
		long id = workshops.create(body.toCommand(), user);
		WorkshopService.WorkshopView view = workshops.view(id, Optional.of(user), locale);
		return ResponseEntity.created(URI.create("/api/workshops/" + id)).eTag(ETags.of(view.version())).body(view);
	}

	@PutMapping(path = "/api/workshops/{workshopId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<WorkshopService.WorkshopView> update(@PathVariable long workshopId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody WorkshopBody body, Locale locale) {
		CurrentUser user = CurrentUser.required();
		WorkshopService.WorkshopView current = managed(workshopId, user, locale);
		ETags.check(ifMatch, "workshop", workshopId, current.version());
		long version = ifMatch == null && body.version() != null ? body.version() : current.version();
		workshops.update(workshopId, version, body.toCommand(), user);
		WorkshopService.WorkshopView view = workshops.view(workshopId, Optional.of(user), locale);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	/** What a manager does to a workshop's status, as the overview and conclusions pages do. */
	enum StatusAction {

		PUBLISH, OPEN_REGISTRATION, CLOSE_REGISTRATION, OPEN_SURVEY, CLOSE_SURVEY, CONCLUDE

	}

	@Schema(description = "A change of a workshop's status: publish a draft, open or close registration or the "
			+ "survey, conclude (closes registration, publishes WorkshopConcluded).", example = "{\"action\": \"PUBLISH\"}")
	record WorkshopStatusBody(@NotNull StatusAction action) {
	}

	@PostMapping(path = "/api/workshops/{workshopId}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<WorkshopService.WorkshopView> status(@PathVariable long workshopId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody WorkshopStatusBody body, Locale locale) {
		CurrentUser user = CurrentUser.required();
		WorkshopService.WorkshopView current = managed(workshopId, user, locale);
		ETags.check(ifMatch, "workshop", workshopId, current.version());
		switch (body.action()) {
			case PUBLISH -> workshops.publish(workshopId, user);
			case OPEN_REGISTRATION -> workshops.setRegistrationOpen(workshopId, true, user);
			case CLOSE_REGISTRATION -> workshops.setRegistrationOpen(workshopId, false, user);
			case OPEN_SURVEY -> workshops.setSurveyOpen(workshopId, true, user);
			case CLOSE_SURVEY -> workshops.setSurveyOpen(workshopId, false, user);
			case CONCLUDE -> conclusions.conclude(workshopId, user);
		}
		WorkshopService.WorkshopView view = workshops.view(workshopId, Optional.of(user), locale);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	// --- scope ---------------------------------------------------------------------------------------------------

	@Schema(description = "The countries a workshop is for, and how many of them a scope change added.")
	record ScopeJson(int added, List<ScopeService.ScopeRow> scope) {
	}

	@GetMapping("/api/workshops/{workshopId}/scope")
	List<ScopeService.ScopeRow> scope(@PathVariable long workshopId, Locale locale) {
		CurrentUser user = CurrentUser.required();
		managed(workshopId, user, locale);
		return scope.scope(workshopId, Optional.of(user), locale);
	}

	@Schema(description = "Countries to add to the scope, by one of: ISO 3166 alpha-3 codes, a UN M49 region or "
			+ "sub-region code, a migration route's id, or a focus area with the smallest gap between target and "
			+ "current level (0 to 4; confidential assessments count only for those who may see them). The focal "
			+ "points of the added countries are put on the invitation list.",
			example = "{\"countries\": [\"SEN\", \"GHA\"]}")
	record ScopeBody(@Nullable @Size(max = 60) List<@NotNull @Pattern(regexp = "[A-Za-z]{3}") @Size(max = 3) String> countries,
			@Nullable @Pattern(regexp = "[0-9]{1,3}") @Size(max = 3) String region, @Nullable @Min(1) Long route,
			@Nullable FocusArea gapArea, @Nullable @Min(0) @Max(4) Double minGap) {
	}

	@PostMapping(path = "/api/workshops/{workshopId}/scope", consumes = MediaType.APPLICATION_JSON_VALUE)
	ScopeJson addToScope(@PathVariable long workshopId, @Valid @RequestBody ScopeBody body, Locale locale) {
		CurrentUser user = CurrentUser.required();
		managed(workshopId, user, locale);
		int ways = (body.countries() == null || body.countries().isEmpty() ? 0 : 1) + (body.region() == null ? 0 : 1)
				+ (body.route() == null ? 0 : 1) + (body.gapArea() == null ? 0 : 1);
		if (ways != 1 || (body.gapArea() == null) != (body.minGap() == null)) {
			throw RuleViolationException.invalid("workshop.api.scope.oneWay");
		}
		int added = 0;
		if (body.countries() != null && !body.countries().isEmpty()) {
			for (String country : body.countries()) {
				if (!reference.isCountry(country.toUpperCase(Locale.ROOT))) {
					throw RuleViolationException.invalid("workshop.scope.error.unknownCountry", country);
				}
			}
			for (String country : body.countries()) {
				added += scope.addCountry(workshopId, country, user);
			}
		}
		else if (body.region() != null) {
			added = scope.addRegion(workshopId, body.region(), user);
		}
		else if (body.route() != null) {
			added = scope.addRoute(workshopId, body.route(), user);
		}
		else if (body.gapArea() != null && body.minGap() != null) {
			added = scope.addGap(workshopId, body.gapArea(), body.minGap(), user);
		}
		return new ScopeJson(added, scope.scope(workshopId, Optional.of(user), locale));
	}

	/** Takes a country out of the scope (204; also when it was not in it, and then nothing changes). */
	@DeleteMapping("/api/workshops/{workshopId}/scope/{iso3}")
	ResponseEntity<Void> removeFromScope(@PathVariable long workshopId, @PathVariable String iso3, Locale locale) {
		CurrentUser user = CurrentUser.required();
		managed(workshopId, user, locale);
		String code = iso3.toUpperCase(Locale.ROOT);
		if (scope.scope(workshopId, Optional.of(user), locale).stream().anyMatch(c -> c.iso3().equals(code))) {
			scope.removeCountry(workshopId, code, user);
		}
		return ResponseEntity.noContent().build();
	}

	// --- invitations ---------------------------------------------------------------------------------------------

	@GetMapping("/api/workshops/{workshopId}/invitations")
	List<ScopeService.InvitationRow> invitations(@PathVariable long workshopId, Locale locale) {
		return scope.invitations(workshopId, CurrentUser.required(), locale);
	}

	@Schema(description = "A person to invite: a user account ('userId'; name, e-mail and country default to the "
			+ "account's), or a contact by name and e-mail. 'language' is the invitation's, one of the workshop's "
			+ "working languages (default: the account's if it is one, else the workshop's first).",
			example = "{\"name\": \"Awa Diop\", \"email\": \"awa.diop@example.org\", \"countryCode\": \"SEN\","
					+ " \"organisation\": \"Ministry of Labour\", \"language\": \"fr\"}")
	record InvitationBody(@Nullable @Min(1) Long userId, @Nullable @Size(max = 200) String name,
			@Nullable @Email @Size(max = 200) String email,
			@Nullable @Pattern(regexp = "[A-Za-z]{3}") @Size(max = 3) String countryCode,
			@Nullable @Size(max = 200) String organisation,
			@Nullable @Pattern(regexp = "en|fr|es") @Size(max = 5) String language) {
	}

	@PostMapping(path = "/api/workshops/{workshopId}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ScopeService.InvitationRow> invite(@PathVariable long workshopId,
			@Valid @RequestBody InvitationBody body, Locale locale) {
		CurrentUser user = CurrentUser.required();
		WorkshopService.WorkshopView workshop = managed(workshopId, user, locale);
		String name = body.name();
		String email = body.email();
		String country = body.countryCode();
		String language = body.language();
		if (body.userId() != null) {
			UserSummary account = identity.user(body.userId())
				.orElseThrow(() -> NotFoundException.of("user", body.userId()));
			name = name == null || name.isBlank() ? account.displayName() : name;
			email = email == null || email.isBlank() ? account.email() : email;
			country = country == null || country.isBlank() ? account.countryCode() : country;
			if (language == null && workshop.languages().contains(account.preferredLanguage())) {
				language = account.preferredLanguage();
			}
		}
		if (name == null || name.isBlank() || email == null || email.isBlank()) {
			throw RuleViolationException.invalid("workshop.api.invitation.whom");
		}
		scope.addContact(workshopId, new ScopeService.ContactCommand(name, email,
				country == null ? null : country.toUpperCase(Locale.ROOT), body.organisation(),
				language == null ? workshop.languages().get(0) : language), user);
		String invited = email.trim();
		ScopeService.InvitationRow row = scope.invitations(workshopId, user, locale)
			.stream()
			.filter(i -> i.email().equalsIgnoreCase(invited))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.status(HttpStatus.CREATED).body(row);
	}

	@DeleteMapping("/api/workshops/{workshopId}/invitations/{invitationId}")
	ResponseEntity<Void> removeInvitation(@PathVariable long workshopId, @PathVariable long invitationId) {
		scope.removeInvitation(workshopId, invitationId, CurrentUser.required());
		return ResponseEntity.noContent().build();
	}

	@Schema(description = "How many pending invitations were sent by e-mail.")
	record SentJson(int sent) {
	}

	@PostMapping("/api/workshops/{workshopId}/invitations/send")
	SentJson send(@PathVariable long workshopId) {
		return new SentJson(scope.send(workshopId, CurrentUser.required()));
	}

	private WorkshopService.WorkshopView managed(long workshopId, CurrentUser user, Locale locale) {
		WorkshopService.WorkshopView view = workshops.view(workshopId, Optional.of(user), locale);
		WorkshopController.requireManage(view);
		return view;
	}

}
