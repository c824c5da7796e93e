package org.migracap.workshop.web;

import java.net.URI;
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
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ETags;
import org.migracap.platform.Role;
import org.migracap.workshop.domain.AgendaService;
import org.migracap.workshop.domain.SessionKind;
import org.migracap.workshop.domain.WorkshopService;
import org.migracap.workshop.domain.scheduling.AgendaSchedule;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
 * The agenda over the API: anybody who sees the workshop reads it; its managers add rooms and speakers, create,
 * update (ETag / If-Match) and delete sessions, and run the scheduler. The scheduler runs within the request, as on
 * the page (bounded by {@code migracap.workshop.schedule-time-limit}): the answer is the schedule it saved, or a 422
 * problem detail with the rules that cannot all hold (nothing saved).
 */
@RestController
@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
class WorkshopAgendaApiController {

	private final WorkshopService workshops;

	private final AgendaService agenda;

	private final MessageSource messages;

	WorkshopAgendaApiController(WorkshopService workshops, AgendaService agenda, MessageSource messages) {
		this.workshops = workshops;
		this.agenda = agenda;
		this.messages = messages;
	}

	@GetMapping("/api/workshops/{workshopId}/agenda")
	@Access
	AgendaService.AgendaView agenda(@PathVariable long workshopId, Locale locale) {
		return agenda.agenda(workshopId, CurrentUser.current(), locale);
	}

	@Schema(description = "A room of the venue: its seats and whether it has interpretation booths.",
			example = "{\"name\": \"Plenary hall\", \"capacity\": 120, \"interpretation\": true}")
	record RoomBody(@NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(100000) Integer capacity,
			@Nullable Boolean interpretation) {
	}

	@PostMapping(path = "/api/workshops/{workshopId}/agenda/rooms", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<AgendaService.RoomView>> addRoom(@PathVariable long workshopId, @Valid @RequestBody RoomBody body,
			Locale locale) {
		CurrentUser user = CurrentUser.required();
		agenda.addRoom(workshopId, body.name(), body.capacity(), Boolean.TRUE.equals(body.interpretation()), user);
		return ResponseEntity.status(HttpStatus.CREATED).body(agenda.agenda(workshopId, Optional.of(user), locale).rooms());
	}

	@DeleteMapping("/api/workshops/{workshopId}/agenda/rooms/{roomId}")
	ResponseEntity<Void> removeRoom(@PathVariable long workshopId, @PathVariable long roomId) {
		agenda.removeRoom(workshopId, roomId, CurrentUser.required());
		return ResponseEntity.noContent().build();
	}

	@Schema(description = "A speaker, to name in sessions.",
			example = "{\"name\": \"Dr Amina Yusuf\", \"affiliation\": \"University of Nairobi\"}")
	record SpeakerBody(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 200) String affiliation) {
	}

	@PostMapping(path = "/api/workshops/{workshopId}/agenda/speakers", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<AgendaService.SpeakerView>> addSpeaker(@PathVariable long workshopId,
			@Valid @RequestBody SpeakerBody body, Locale locale) {
		CurrentUser user = CurrentUser.required();
		agenda.addSpeaker(workshopId, body.name(), body.affiliation(), user);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(agenda.agenda(workshopId, Optional.of(user), locale).speakers());
	}

	@Schema(description = "An agenda session. The title is needed in every working language; 'speakerIds' are the "
			+ "workshop's speakers; 'version' (optional) is checked when no If-Match is sent.",
			example = "{\"kind\": \"PANEL\", \"title\": {\"en\": \"Skills recognition\", \"fr\": \"Reconnaissance des compétences\"},"
					+ " \"description\": {\"en\": \"How partner countries recognise each other's diplomas.\"},"
					+ " \"speakerIds\": [], \"audience\": 30, \"needsInterpretation\": false}")
	record SessionBody(@NotNull SessionKind kind, @NotNull @Valid ShortTextBody title,
			@Nullable @Valid LongTextBody description,
			@Nullable @Size(max = 20) List<@NotNull Long> speakerIds, @NotNull @Min(1) @Max(100000) Integer audience,
			@Nullable Boolean needsInterpretation, @Nullable @Min(0) @Max(Integer.MAX_VALUE) Long version) {

		AgendaService.SessionCommand toCommand() {
			return new AgendaService.SessionCommand(kind, title.toTexts(), LongTextBody.of(description),
					speakerIds == null ? List.of() : speakerIds, audience, Boolean.TRUE.equals(needsInterpretation));
		}

	}

	@PostMapping(path = "/api/workshops/{workshopId}/agenda/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AgendaService.SessionView> createSession(@PathVariable long workshopId,
			@Valid @RequestBody SessionBody body, Locale locale) {
		CurrentUser user = CurrentUser.required();
		long id = agenda.createSession(workshopId, body.toCommand(), user);
		AgendaService.SessionView view = agenda.session(workshopId, id, user, locale);
		return ResponseEntity.created(URI.create("/api/workshops/" + workshopId + "/agenda/sessions/" + id))
			.eTag(ETags.of(view.version()))
			.body(view);
	}

	@GetMapping("/api/workshops/{workshopId}/agenda/sessions/{sessionId}")
	ResponseEntity<AgendaService.SessionView> session(@PathVariable long workshopId, @PathVariable long sessionId,
			Locale locale) {
		AgendaService.SessionView view = agenda.session(workshopId, sessionId, CurrentUser.required(), locale);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@PutMapping(path = "/api/workshops/{workshopId}/agenda/sessions/{sessionId}",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AgendaService.SessionView> updateSession(@PathVariable long workshopId, @PathVariable long sessionId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody SessionBody body, Locale locale) {
		CurrentUser user = CurrentUser.required();
		AgendaService.SessionView current = agenda.session(workshopId, sessionId, user, locale);
		ETags.check(ifMatch, "session", sessionId, current.version());
		long version = ifMatch == null && body.version() != null ? body.version() : current.version();
		agenda.updateSession(workshopId, sessionId, version, body.toCommand(), user);
		AgendaService.SessionView view = agenda.session(workshopId, sessionId, user, locale);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@DeleteMapping("/api/workshops/{workshopId}/agenda/sessions/{sessionId}")
	ResponseEntity<Void> deleteSession(@PathVariable long workshopId, @PathVariable long sessionId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, Locale locale) {
		CurrentUser user = CurrentUser.required();
		AgendaService.SessionView current = agenda.session(workshopId, sessionId, user, locale);
		ETags.check(ifMatch, "session", sessionId, current.version());
		agenda.deleteSession(workshopId, sessionId, user);
		return ResponseEntity.noContent().build();
	}

	@Schema(description = "The schedule saved: each session's slot and room, whether the balance of parallel sessions "
			+ "is proven the best, the difference between the fullest and emptiest slot, how many sessions moved.")
	record ScheduleJson(Map<Long, AgendaSchedule.Placement> placements, boolean optimal, int spread, int moved,
			long millis) {
	}

	@PostMapping("/api/workshops/{workshopId}/agenda/schedule")
	ResponseEntity<?> schedule(@PathVariable long workshopId, Locale locale) {
		CurrentUser user = CurrentUser.required();
		WorkshopController.requireManage(workshops.view(workshopId, Optional.of(user), locale));
		AgendaSchedule result = agenda.schedule(workshopId, user, locale);
		if (result instanceof AgendaSchedule.Scheduled s) {
			return ResponseEntity.ok(new ScheduleJson(s.placements(), s.optimal(), s.spread(), s.moved(), s.millis()));
		}
		AgendaSchedule.Impossible impossible = (AgendaSchedule.Impossible) result;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("workshop.schedule.impossible", null, locale));
		problem.setType(URI.create("urn:migracap:problem:schedule-impossible"));
		problem.setTitle(messages.getMessage("error.422.title", null, "Cannot be done", locale));
		problem.setInstance(URI.create("/api/workshops/" + workshopId + "/agenda/schedule"));
		problem.setProperty("conflicts", impossible.conflicts()
			.stream()
			.map(c -> Map.of("key", c.messageKey(), "message",
					messages.getMessage(c.messageKey(), c.argArray(), c.messageKey(), locale)))
			.toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
