package org.migracap.workshop.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.Text;
import org.migracap.workshop.domain.scheduling.AgendaProblem;
import org.migracap.workshop.domain.scheduling.AgendaSchedule;
import org.migracap.workshop.domain.scheduling.AgendaScheduler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workshop's agenda: rooms, time slots, speakers and sessions; automatic scheduling (CP-SAT, see
 * {@link AgendaScheduler}); moving a session by hand, which pins it and warns about every rule the new place breaks;
 * and the agenda as days of slots by rooms, in the reader's language.
 */
@Service("workshopAgendaService")
public class AgendaService {

	private final WorkshopAccess access;

	private final Rooms rooms;

	private final TimeSlots slots;

	private final Speakers speakers;

	private final AgendaSessions sessions;

	private final WorkshopSettings settings;

	private final Registrations registrations;

	private final WorkshopMail mail;

	AgendaService(WorkshopAccess access, Rooms rooms, TimeSlots slots, Speakers speakers, AgendaSessions sessions,
			WorkshopSettings settings, Registrations registrations, WorkshopMail mail) {
		this.registrations = registrations;
		this.mail = mail;
		this.access = access;
		this.rooms = rooms;
		this.slots = slots;
		this.speakers = speakers;
		this.sessions = sessions;
		this.settings = settings;
	}

	public record RoomView(long id, long version, String name, int capacity, boolean interpretation) {
	}

	public record SlotView(long id, LocalDate day, LocalTime startsAt, LocalTime endsAt) {
	}

	public record SpeakerView(long id, String name, @Nullable String affiliation, int sessions) {
	}

	public record SessionView(long id, long version, SessionKind kind, String title, String description, Text titles,
			Text descriptions, List<Long> speakerIds, List<String> speakerNames, int audience,
			boolean needsInterpretation, @Nullable Long slotId, @Nullable Long roomId, @Nullable String roomName,
			@Nullable SlotView slot, boolean pinned, List<Notice> warnings, List<String> missingLanguages) {
	}

	public record AgendaCell(RoomView room, @Nullable SessionView session) {
	}

	public record AgendaRow(SlotView slot, List<AgendaCell> cells, List<SessionView> sessions) {
	}

	public record AgendaDay(LocalDate day, List<AgendaRow> rows) {
	}

	public record AgendaView(List<String> languages, List<RoomView> rooms, List<SlotView> slots, List<AgendaDay> days,
			List<SessionView> sessions, List<SessionView> unscheduled, List<SpeakerView> speakers, int warnings) {

		public boolean empty() {
			return sessions.isEmpty();
		}

	}

	public record SessionCommand(SessionKind kind, Text title, Text description, List<Long> speakerIds, int audience,
			boolean needsInterpretation) {
	}

	@Transactional(readOnly = true)
	public AgendaView agenda(long workshopId, Optional<CurrentUser> viewer, Locale locale) {
		Workshop workshop = access.visible(workshopId, viewer);
		return agenda(workshop, locale);
	}

	AgendaView agenda(Workshop workshop, Locale locale) {
		long id = workshop.id();
		List<RoomView> roomViews = rooms.findByWorkshopIdOrderByNameAsc(id)
			.stream()
			.map(r -> new RoomView(r.id(), r.version, r.name, r.capacity, r.interpretation))
			.toList();
		List<SlotView> slotViews = slots.findByWorkshopIdOrderBySlotDateAscStartsAtAsc(id)
			.stream()
			.map(s -> new SlotView(s.id(), s.slotDate, s.startsAt, s.endsAt))
			.toList();
		List<Speaker> speakerList = speakers.findByWorkshopIdOrderByNameAsc(id);
		Map<Long, String> speakerNames = new HashMap<>();
		speakerList.forEach(s -> speakerNames.put(s.id(), s.name));
		List<AgendaSession> all = sessions.findByWorkshopIdOrderByIdAsc(id);
		Map<Long, RoomView> roomById = new HashMap<>();
		roomViews.forEach(r -> roomById.put(r.id(), r));
		Map<Long, SlotView> slotById = new HashMap<>();
		slotViews.forEach(s -> slotById.put(s.id(), s));
		List<SessionView> views = all.stream()
			.map(s -> view(workshop, s, all, speakerNames, roomById, slotById, locale))
			.toList();
		List<AgendaDay> days = new ArrayList<>();
		Map<LocalDate, List<AgendaRow>> byDay = new LinkedHashMap<>();
		for (SlotView slot : slotViews) {
			List<SessionView> here = views.stream().filter(v -> Objects.equals(v.slotId(), slot.id())).toList();
			List<AgendaCell> cells = roomViews.stream()
				.map(room -> new AgendaCell(room,
						here.stream().filter(v -> Objects.equals(v.roomId(), room.id())).findFirst().orElse(null)))
				.toList();
			byDay.computeIfAbsent(slot.day(), d -> new ArrayList<>()).add(new AgendaRow(slot, cells, here));
		}
		byDay.forEach((day, rows) -> days.add(new AgendaDay(day, rows)));
		List<SpeakerView> speakerViews = speakerList.stream()
			.map(s -> new SpeakerView(s.id(), s.name, s.affiliation,
					(int) all.stream().filter(x -> x.speakerIds.contains(s.id())).count()))
			.toList();
		int warnings = views.stream().mapToInt(v -> v.warnings().size()).sum();
		return new AgendaView(List.copyOf(workshop.languages), roomViews, slotViews, days, views,
				views.stream().filter(v -> v.slotId() == null).toList(), speakerViews, warnings);
	}

	private SessionView view(Workshop workshop, AgendaSession s, List<AgendaSession> all, Map<Long, String> speakerNames,
			Map<Long, RoomView> roomById, Map<Long, SlotView> slotById, Locale locale) {
		RoomView room = s.roomId == null ? null : roomById.get(s.roomId);
		return new SessionView(s.id(), s.version, s.kind, s.title().resolve(locale, workshop.languages),
				s.description().resolve(locale, workshop.languages), s.title(), s.description(),
				List.copyOf(s.speakerIds), s.speakerIds.stream().map(i -> speakerNames.getOrDefault(i, "?")).toList(),
				s.audience, s.needsInterpretation, s.slotId, s.roomId, room == null ? null : room.name(),
				s.slotId == null ? null : slotById.get(s.slotId), s.pinned,
				warnings(workshop, s, all, speakerNames, roomById, locale), s.title().missingIn(workshop.languages));
	}

	/** Every rule the session's current place breaks. */
	private static List<Notice> warnings(Workshop workshop, AgendaSession s, List<AgendaSession> all,
			Map<Long, String> speakerNames, Map<Long, RoomView> roomById, Locale locale) {
		List<Notice> warnings = new ArrayList<>();
		if (s.slotId == null || s.roomId == null) {
			return warnings;
		}
		RoomView room = roomById.get(s.roomId);
		if (room != null) {
			if (room.capacity() < s.audience) {
				warnings.add(Notice.of("workshop.agenda.warning.roomTooSmall", room.name(), room.capacity(), s.audience));
			}
			if (s.needsInterpretation && !room.interpretation()) {
				warnings.add(Notice.of("workshop.agenda.warning.noInterpretation", room.name()));
			}
		}
		for (AgendaSession other : all) {
			if (Objects.equals(other.id, s.id) || !Objects.equals(other.slotId, s.slotId)) {
				continue;
			}
			String otherTitle = other.title().resolve(locale, workshop.languages);
			if (Objects.equals(other.roomId, s.roomId)) {
				warnings.add(Notice.of("workshop.agenda.warning.roomTaken", otherTitle));
			}
			for (Long speaker : s.speakerIds) {
				if (other.speakerIds.contains(speaker)) {
					warnings.add(Notice.of("workshop.agenda.warning.speakerClash", speakerNames.getOrDefault(speaker, "?"),
							otherTitle));
				}
			}
			if (s.kind == SessionKind.PLENARY) {
				warnings.add(Notice.of("workshop.agenda.warning.plenaryShared", otherTitle));
			}
		}
		return warnings;
	}

	@Transactional
	public void addRoom(long workshopId, String name, int capacity, boolean interpretation, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		if (capacity < 1) {
			throw RuleViolationException.invalid("workshop.agenda.error.roomCapacity");
		}
		if (rooms.findByWorkshopIdOrderByNameAsc(workshop.id()).stream().anyMatch(r -> r.name.equalsIgnoreCase(name.trim()))) {
			throw RuleViolationException.conflict("workshop.agenda.error.roomDuplicate", name.trim());
		}
		rooms.save(new Room(workshop.id(), name.trim(), capacity, interpretation));
	}

	@Transactional
	public void removeRoom(long workshopId, long roomId, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		Room room = rooms.findById(roomId).filter(r -> r.workshopId == workshop.id())
			.orElseThrow(() -> NotFoundException.of("room", roomId));
		for (AgendaSession session : sessions.findByRoomId(roomId)) {
			session.roomId = null;
			session.slotId = null;
			session.pinned = false;
		}
		sessions.flush();
		rooms.delete(room);
		rooms.flush();
		calendarsChanged(workshop);
	}

	@Transactional
	public void addSlot(long workshopId, LocalDate day, LocalTime startsAt, LocalTime endsAt, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		if (!endsAt.isAfter(startsAt)) {
			throw RuleViolationException.invalid("workshop.agenda.error.slotTimes");
		}
		if (day.isBefore(workshop.startDate) || day.isAfter(workshop.endDate)) {
			throw RuleViolationException.invalid("workshop.agenda.error.slotDay", workshop.startDate, workshop.endDate);
		}
		for (TimeSlot other : slots.findByWorkshopIdOrderBySlotDateAscStartsAtAsc(workshop.id())) {
			if (other.slotDate.equals(day) && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt)) {
				throw RuleViolationException.conflict("workshop.agenda.error.slotOverlap", other.startsAt, other.endsAt);
			}
		}
		slots.save(new TimeSlot(workshop.id(), day, startsAt, endsAt));
	}

	@Transactional
	public void removeSlot(long workshopId, long slotId, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		TimeSlot slot = slots.findById(slotId).filter(s -> s.workshopId == workshop.id())
			.orElseThrow(() -> NotFoundException.of("slot", slotId));
		for (AgendaSession session : sessions.findBySlotId(slotId)) {
			session.roomId = null;
			session.slotId = null;
			session.pinned = false;
		}
		sessions.flush();
		slots.delete(slot);
		slots.flush();
		calendarsChanged(workshop);
	}

	@Transactional
	public void addSpeaker(long workshopId, String name, @Nullable String affiliation, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		speakers.save(new Speaker(workshop.id(), name.trim(), Strings.blankToNull(affiliation)));
	}

	@Transactional
	public void removeSpeaker(long workshopId, long speakerId, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		Speaker speaker = speakers.findById(speakerId).filter(s -> s.workshopId == workshop.id())
			.orElseThrow(() -> NotFoundException.of("speaker", speakerId));
		for (AgendaSession session : sessions.findByWorkshopIdOrderByIdAsc(workshop.id())) {
			if (session.speakerIds.contains(speakerId)) {
				List<Long> others = new ArrayList<>(session.speakerIds);
				others.remove(speakerId);
				session.speakerIds = others;
			}
		}
		sessions.flush();
		speakers.delete(speaker);
	}

	@Transactional
	public long createSession(long workshopId, SessionCommand command, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		AgendaSession session = new AgendaSession(workshop.id(), command.kind(), command.title());
		apply(workshop, session, command);
		return sessions.save(session).id();
	}

	@Transactional
	public void updateSession(long workshopId, long sessionId, long version, SessionCommand command, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		AgendaSession session = session(workshop, sessionId);
		org.migracap.platform.ConcurrentEditException.check("session", sessionId, version, session.version);
		apply(workshop, session, command);
		sessions.saveAndFlush(session);
		calendarsChanged(workshop);
	}

	@Transactional
	public void deleteSession(long workshopId, long sessionId, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		sessions.delete(session(workshop, sessionId));
		sessions.flush();
		calendarsChanged(workshop);
	}

	@Transactional(readOnly = true)
	public SessionView session(long workshopId, long sessionId, CurrentUser user, Locale locale) {
		Workshop workshop = access.managed(workshopId, user);
		session(workshop, sessionId);
		return agenda(workshop, locale).sessions()
			.stream()
			.filter(v -> v.id() == sessionId)
			.findFirst()
			.orElseThrow();
	}

	private void apply(Workshop workshop, AgendaSession session, SessionCommand command) {
		RegistrationService.requireText(workshop, command.title());
		if (command.audience() < 1) {
			throw RuleViolationException.invalid("workshop.agenda.error.audience");
		}
		List<Long> known = speakers.findByWorkshopIdOrderByNameAsc(workshop.id()).stream().map(Speaker::id).toList();
		for (Long speaker : command.speakerIds()) {
			if (!known.contains(speaker)) {
				throw NotFoundException.of("speaker", speaker);
			}
		}
		session.kind = command.kind();
		session.title = command.title();
		session.description = command.description();
		session.speakerIds = new ArrayList<>(command.speakerIds().stream().distinct().toList());
		session.audience = command.audience();
		session.needsInterpretation = command.needsInterpretation();
	}

	/**
	 * Puts a session in a slot and room by hand (or takes it out with nulls). The session is pinned there, so that
	 * scheduling again keeps it; the warnings say which rules the place breaks.
	 */
	@Transactional
	public List<Notice> move(long workshopId, long sessionId, @Nullable Long slotId, @Nullable Long roomId,
			CurrentUser user, Locale locale) {
		Workshop workshop = editable(workshopId, user);
		AgendaSession session = session(workshop, sessionId);
		if (slotId == null || roomId == null) {
			session.slotId = null;
			session.roomId = null;
			session.pinned = false;
		}
		else {
			slots.findById(slotId).filter(s -> s.workshopId == workshop.id())
				.orElseThrow(() -> NotFoundException.of("slot", slotId));
			rooms.findById(roomId).filter(r -> r.workshopId == workshop.id())
				.orElseThrow(() -> NotFoundException.of("room", roomId));
			session.slotId = slotId;
			session.roomId = roomId;
			session.pinned = true;
		}
		sessions.saveAndFlush(session);
		calendarsChanged(workshop);
		return agenda(workshop, locale).sessions()
			.stream()
			.filter(v -> v.id() == sessionId)
			.findFirst()
			.map(SessionView::warnings)
			.orElse(List.of());
	}

	@Transactional
	public void unpin(long workshopId, long sessionId, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		AgendaSession session = session(workshop, sessionId);
		session.pinned = false;
		sessions.save(session);
	}

	/** Schedules every session that is not pinned; on success the placements are saved, otherwise nothing changes. */
	@Transactional
	public AgendaSchedule schedule(long workshopId, CurrentUser user, Locale locale) {
		Workshop workshop = editable(workshopId, user);
		AgendaProblem problem = problem(workshop, locale, settings.scheduleTimeLimit());
		AgendaSchedule result = new AgendaScheduler(settings.solverWorkers()).schedule(problem);
		if (result instanceof AgendaSchedule.Scheduled scheduled) {
			for (AgendaSession session : sessions.findByWorkshopIdOrderByIdAsc(workshop.id())) {
				AgendaSchedule.Placement placement = scheduled.placements().get(session.id());
				if (placement != null && !session.pinned) {
					session.slotId = placement.slotId();
					session.roomId = placement.roomId();
				}
			}
			sessions.flush();
			calendarsChanged(workshop);
		}
		return result;
	}

	AgendaProblem problem(Workshop workshop, Locale locale, Duration limit) {
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		List<AgendaProblem.Slot> slotList = slots.findByWorkshopIdOrderBySlotDateAscStartsAtAsc(workshop.id())
			.stream()
			.map(s -> new AgendaProblem.Slot(s.id(), s.slotDate.format(day) + " " + s.startsAt))
			.toList();
		List<AgendaProblem.Room> roomList = rooms.findByWorkshopIdOrderByNameAsc(workshop.id())
			.stream()
			.map(r -> new AgendaProblem.Room(r.id(), r.name, r.capacity, r.interpretation))
			.toList();
		Map<Long, String> names = new HashMap<>();
		speakers.findByWorkshopIdOrderByNameAsc(workshop.id()).forEach(s -> names.put(s.id(), s.name));
		List<AgendaProblem.Session> sessionList = sessions.findByWorkshopIdOrderByIdAsc(workshop.id())
			.stream()
			.map(s -> new AgendaProblem.Session(s.id(), s.title().resolve(locale, workshop.languages),
					s.kind == SessionKind.PLENARY, s.audience, s.needsInterpretation, s.speakerIds,
					s.pinned ? s.slotId : null, s.pinned ? s.roomId : null, s.slotId, s.roomId))
			.toList();
		return new AgendaProblem(slotList, roomList, sessionList, names, limit);
	}

	/** Sends the updated calendar file to each confirmed participant whose events the change altered. */
	private void calendarsChanged(Workshop workshop) {
		mail.agendaChanged(workshop, registrations.findByWorkshopIdAndStatusOrderByWaitlistedAtAscIdAsc(workshop.id(),
				RegistrationStatus.CONFIRMED));
	}

	private AgendaSession session(Workshop workshop, long sessionId) {
		return sessions.findById(sessionId)
			.filter(s -> s.workshopId == workshop.id())
			.orElseThrow(() -> NotFoundException.of("session", sessionId));
	}

	private Workshop editable(long workshopId, CurrentUser user) {
		Workshop workshop = access.managed(workshopId, user);
		workshop.requireNotConcluded();
		return workshop;
	}

}
