package org.migracap.workshop.domain.scheduling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migracap.workshop.domain.scheduling.AgendaProblem.Room;
import org.migracap.workshop.domain.scheduling.AgendaProblem.Session;
import org.migracap.workshop.domain.scheduling.AgendaProblem.Slot;
import org.migracap.workshop.domain.scheduling.AgendaSchedule.Placement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler keeps every rule on small agendas checked by hand, balances parallel sessions, keeps pinned sessions,
 * and explains impossible agendas by naming the rules in conflict.
 */
class AgendaSchedulerTests {

	static final AgendaScheduler SCHEDULER = new AgendaScheduler(1);

	static Session session(long id, String title, int audience, boolean interpretation, Long... speakers) {
		return new Session(id, title, false, audience, interpretation, List.of(speakers), null, null, null, null);
	}

	static Session plenary(long id, String title, int audience, Long... speakers) {
		return new Session(id, title, true, audience, true, List.of(speakers), null, null, null, null);
	}

	static AgendaProblem problem(int slots, List<Room> rooms, List<Session> sessions) {
		List<Slot> slotList = new ArrayList<>();
		for (int i = 1; i <= slots; i++) {
			slotList.add(new Slot(100 + i, "slot " + i));
		}
		Map<Long, String> names = new HashMap<>();
		for (long i = 1; i <= 50; i++) {
			names.put(i, "Speaker " + i);
		}
		return new AgendaProblem(slotList, rooms, sessions, names, Duration.ofSeconds(10));
	}

	@Test
	void everyRuleHoldsAndParallelSessionsAreBalanced() {
		List<Room> rooms = List.of(new Room(1, "Hall", 200, true), new Room(2, "Room B", 40, false),
				new Room(3, "Room C", 40, true));
		List<Session> sessions = List.of(plenary(1, "Opening", 150, 1L), session(2, "Panel border data", 30, true, 1L, 2L),
				session(3, "Breakout A", 35, false, 2L), session(4, "Breakout B", 35, false, 3L),
				session(5, "Breakout C", 20, true, 3L), session(6, "Large panel", 120, false, 4L),
				session(7, "Breakout D", 10, false, 5L));
		AgendaProblem problem = problem(4, rooms, sessions);
		AgendaSchedule.Scheduled scheduled = (AgendaSchedule.Scheduled) SCHEDULER.schedule(problem);
		Map<Long, Placement> placed = scheduled.placements();
		assertThat(placed).hasSize(7);
		assertRulesHold(problem, placed);
		// 6 sessions besides the plenary over the 3 other slots: 2 each, so the spread is 0
		assertThat(scheduled.spread()).isZero();
		assertThat(scheduled.optimal()).isTrue();
	}

	@Test
	void aFirstSchedulingFollowsTheOrderTheSessionsWereListedIn() {
		List<Room> rooms = List.of(new Room(1, "Hall", 100, true));
		AgendaProblem problem = problem(3, rooms, List.of(plenary(1, "Opening", 50), session(2, "Panel", 20, false),
				plenary(3, "Closing", 50)));
		AgendaSchedule.Scheduled scheduled = (AgendaSchedule.Scheduled) SCHEDULER.schedule(problem);
		assertThat(scheduled.placements().get(1L).slotId()).isEqualTo(101);
		assertThat(scheduled.placements().get(2L).slotId()).isEqualTo(102);
		assertThat(scheduled.placements().get(3L).slotId()).isEqualTo(103);
	}

	@Test
	void aPinnedSessionKeepsItsPlace() {
		List<Room> rooms = List.of(new Room(1, "Hall", 100, true), new Room(2, "Room B", 100, true));
		Session pinned = new Session(1, "Pinned", false, 10, false, List.of(1L), 102L, 2L, 102L, 2L);
		AgendaProblem problem = problem(2, rooms, List.of(pinned, session(2, "Other", 10, false, 1L)));
		AgendaSchedule.Scheduled scheduled = (AgendaSchedule.Scheduled) SCHEDULER.schedule(problem);
		assertThat(scheduled.placements().get(1L)).isEqualTo(new Placement(102, 2));
		assertThat(scheduled.placements().get(2L).slotId()).isEqualTo(101);
	}

	@Test
	void obviousImpossibilitiesAreNamedBeforeAnySearch() {
		List<Room> rooms = List.of(new Room(1, "Hall", 50, false));
		AgendaProblem problem = problem(1, rooms,
				List.of(session(1, "Huge", 80, false, 1L), session(2, "Needs booths", 20, true, 1L)));
		AgendaSchedule.Impossible impossible = (AgendaSchedule.Impossible) SCHEDULER.schedule(problem);
		assertThat(impossible.conflicts()).extracting(Conflict::messageKey)
			.contains("workshop.schedule.conflict.tooManySessions", "workshop.schedule.conflict.roomTooSmall",
					"workshop.schedule.conflict.noInterpretationRoom", "workshop.schedule.conflict.speakerOverbooked");
		assertThat(impossible.conflicts()).anySatisfy(c -> assertThat(c.args()).contains("Huge", 80, 50));
	}

	@Test
	void aHiddenConflictIsExplainedByTheRulesThatClash() {
		// Three panels in two slots, each pair sharing a speaker (1-2, 2-3, 3-1): all three need different slots.
		// Every speaker has two sessions for two slots, so no counting check objects; the core names the speakers.
		List<Room> rooms = List.of(new Room(1, "Hall", 100, true), new Room(2, "Room B", 100, true));
		AgendaProblem problem = problem(2, rooms, List.of(session(1, "Panel one", 20, false, 1L, 2L),
				session(2, "Panel two", 20, false, 2L, 3L), session(3, "Panel three", 20, false, 3L, 1L)));
		AgendaSchedule.Impossible impossible = (AgendaSchedule.Impossible) SCHEDULER.schedule(problem);
		assertThat(impossible.conflicts()).extracting(Conflict::messageKey)
			.contains("workshop.schedule.conflict.rule.speaker")
			.doesNotContain("workshop.schedule.conflict.unexplained", "workshop.schedule.conflict.timeout");
		assertThat(impossible.conflicts()).filteredOn(c -> c.messageKey().endsWith("rule.speaker"))
			.extracting(c -> c.args().get(0))
			.containsExactlyInAnyOrder("Speaker 1", "Speaker 2", "Speaker 3");
	}

	@Test
	void aSpeakerWithMoreSessionsThanThePlenariesLeaveIsNamedAtOnce() {
		List<Room> rooms = List.of(new Room(1, "Hall", 100, true), new Room(2, "Room B", 100, true));
		AgendaProblem problem = problem(2, rooms, List.of(plenary(1, "Opening", 80, 9L),
				session(2, "Panel one", 20, false, 1L), session(3, "Panel two", 20, false, 1L)));
		AgendaSchedule.Impossible impossible = (AgendaSchedule.Impossible) SCHEDULER.schedule(problem);
		assertThat(impossible.conflicts()).singleElement().satisfies(c -> {
			assertThat(c.messageKey()).isEqualTo("workshop.schedule.conflict.speakerPlenaries");
			assertThat(c.args()).containsExactly("Speaker 1", 2L, 1L, 1);
			assertThat(new java.text.MessageFormat("{3,choice,0#no slot|1#only one slot|1<only {3} slots}").format(c.argArray())).isEqualTo("only one slot");
		});
	}

	@Test
	void moreLargeSessionsThanLargeRoomPlacesAreNamedAtOnce() {
		// three sessions of 60 in two slots, but only one room seats 60: two places for three sessions
		List<Room> rooms = List.of(new Room(1, "Hall", 100, false), new Room(2, "Small", 30, false));
		AgendaProblem problem = problem(2, rooms, List.of(session(1, "One", 60, false), session(2, "Two", 60, false),
				session(3, "Three", 60, false)));
		AgendaSchedule.Impossible impossible = (AgendaSchedule.Impossible) SCHEDULER.schedule(problem);
		assertThat(impossible.conflicts()).singleElement().satisfies(c -> {
			assertThat(c.messageKey()).isEqualTo("workshop.schedule.conflict.roomClass");
			assertThat(c.args()).containsExactly(3L, 60, 1L, 2, 2L);
		});
	}

	static void assertRulesHold(AgendaProblem problem, Map<Long, Placement> placed) {
		Map<Long, Room> rooms = new HashMap<>();
		problem.rooms().forEach(r -> rooms.put(r.id(), r));
		List<Placement> places = new ArrayList<>(placed.values());
		assertThat(places).doesNotHaveDuplicates();
		for (Session s : problem.sessions()) {
			Placement p = placed.get(s.id());
			Room room = rooms.get(p.roomId());
			assertThat(room.capacity()).as(s.title() + " fits").isGreaterThanOrEqualTo(s.audience());
			if (s.needsInterpretation()) {
				assertThat(room.interpretation()).as(s.title() + " has booths").isTrue();
			}
			for (Session other : problem.sessions()) {
				if (other.id() == s.id() || placed.get(other.id()).slotId() != p.slotId()) {
					continue;
				}
				assertThat(s.plenary()).as(s.title() + " shares its slot with " + other.title()).isFalse();
				assertThat(s.speakerIds()).as("speaker in two places").doesNotContainAnyElementsOf(other.speakerIds());
			}
		}
	}

}
