package org.migracap.workshop.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.mobility.CountryRole;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.workshop.domain.Attendance;
import org.migracap.workshop.domain.RegistrationService;
import org.migracap.workshop.domain.RegistrationStatus;
import org.migracap.workshop.domain.WorkshopService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration over the API, as the registration pages do it: the form's questions, a participant or focal point
 * registering themselves (confirmed or on the waiting list), reading and cancelling their registration; the
 * managers' list of registrations and cancelling somebody's.
 */
@RestController
class WorkshopRegistrationApiController {

	private final WorkshopService workshops;

	private final RegistrationService registrations;

	private final IdentityApi identity;

	WorkshopRegistrationApiController(WorkshopService workshops, RegistrationService registrations,
			IdentityApi identity) {
		this.workshops = workshops;
		this.registrations = registrations;
		this.identity = identity;
	}

	@GetMapping("/api/workshops/{workshopId}/registration-questions")
	@Access
	List<RegistrationService.QuestionView> questions(@PathVariable long workshopId, Locale locale) {
		return registrations.questions(workshopId, CurrentUser.current(), locale);
	}

	@Schema(description = "An answer to one of the workshop's registration questions (yes/no questions: \"yes\" or \"no\").",
			example = "{\"question\": 12, \"answer\": \"no\"}")
	record RegistrationAnswerBody(@NotNull @Min(1) Long question, @NotNull @Size(max = 1000) String answer) {
	}

	@Schema(description = "The caller's registration. Name, e-mail and country default to the caller's account; "
			+ "'language' is one of the workshop's working languages, 'attendance' one its format allows; the "
			+ "required questions (GET .../registration-questions) need an answer.",
			example = "{\"language\": \"en\", \"attendance\": \"IN_PERSON\", \"organisation\": \"Ministry of Labour\","
					+ " \"positionTitle\": \"Director of migration\", \"perspective\": \"ORIGIN\","
					+ " \"answers\": [{\"question\": 12, \"answer\": \"no\"}]}")
	record RegistrationBody(@Nullable @Size(max = 200) String name, @Nullable @Email @Size(max = 200) String email,
			@Nullable @Pattern(regexp = "[A-Za-z]{3}") @Size(max = 3) String countryCode,
			@Nullable @Size(max = 200) String organisation, @Nullable @Size(max = 200) String positionTitle,
			@NotBlank @Pattern(regexp = "en|fr|es") @Size(max = 5) String language, @NotNull Attendance attendance,
			@Nullable CountryRole perspective,
			@Nullable @Pattern(regexp = "en|fr|es") @Size(max = 5) String interpretationInto,
			@Nullable @Size(max = 1000) String accessibilityNeeds,
			@Nullable @Size(max = 50) List<@NotNull @Valid RegistrationAnswerBody> answers) {
	}

	@PostMapping(path = "/api/workshops/{workshopId}/registration", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.PARTICIPANT, Role.FOCAL_POINT })
	ResponseEntity<RegistrationService.RegistrationView> register(@PathVariable long workshopId,
			@Valid @RequestBody RegistrationBody body, Locale locale) {
		CurrentUser user = CurrentUser.required();
		RegistrationService.RegistrationCommand prefill = registrations.prefill(workshopId, user, locale);
		Map<Long, String> answers = new HashMap<>();
		if (body.answers() != null) {
			body.answers().forEach(a -> answers.put(a.question(), a.answer()));
		}
		RegistrationService.RegistrationCommand command = new RegistrationService.RegistrationCommand(
				blank(body.name()) == null ? prefill.name() : body.name(),
				blank(body.email()) == null ? prefill.email() : body.email(),
				blank(body.countryCode()) == null ? prefill.countryCode() : body.countryCode().toUpperCase(Locale.ROOT),
				blank(body.organisation()), blank(body.positionTitle()), body.language(), body.attendance(),
				body.perspective() == null ? prefill.perspective() : body.perspective(), blank(body.interpretationInto()),
				blank(body.accessibilityNeeds()), answers);
		boolean existed = registrations.mine(workshopId, user, locale).isPresent();
		RegistrationService.RegistrationView registration;
		try {
			registration = registrations.register(workshopId, command, user, locale);
		}
		catch (RegistrationService.AnswerRequiredException ex) {
			throw RuleViolationException.invalid("workshop.api.registration.answerRequired", ex.questionId());
		}
		identity.notify(List.of(user.id()), "workshop.notification.registered",
				List.of(workshops.view(workshopId, Optional.of(user), Locale.of(registration.language())).title()),
				"/workshops/" + workshopId + "/agenda?lang=" + registration.language());
		return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(registration);
	}

	@Schema(description = "The caller's registration to a workshop, if any: 'registered' when confirmed or waiting "
			+ "(a cancelled registration is shown with its status).")
	record MineJson(boolean registered, RegistrationService.@Nullable RegistrationView registration) {
	}

	@GetMapping("/api/workshops/{workshopId}/registration")
	@Access({ Role.PARTICIPANT, Role.FOCAL_POINT })
	MineJson mine(@PathVariable long workshopId, Locale locale) {
		Optional<RegistrationService.RegistrationView> mine = registrations.mine(workshopId, CurrentUser.required(),
				locale);
		return new MineJson(mine.filter(r -> r.status() != RegistrationStatus.CANCELLED).isPresent(), mine.orElse(null));
	}

	@DeleteMapping("/api/workshops/{workshopId}/registration")
	@Access({ Role.PARTICIPANT, Role.FOCAL_POINT })
	ResponseEntity<Void> cancelMine(@PathVariable long workshopId) {
		registrations.cancelMine(workshopId, CurrentUser.required());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/workshops/{workshopId}/registrations")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	List<RegistrationService.RegistrationView> list(@PathVariable long workshopId, Locale locale) {
		CurrentUser user = CurrentUser.required();
		WorkshopController.requireManage(workshops.view(workshopId, Optional.of(user), locale));
		return registrations.list(workshopId, new RegistrationService.RegistrationFilter(null, null, null, null), user,
				locale);
	}

	@DeleteMapping("/api/workshops/{workshopId}/registrations/{registrationId}")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<Void> cancel(@PathVariable long workshopId, @PathVariable long registrationId) {
		registrations.cancelByManager(workshopId, registrationId, CurrentUser.required());
		return ResponseEntity.noContent().build();
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
