package org.migracap.workshop.domain.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.migracap.workshop.domain.scheduling.AgendaProblem.Room;
import org.migracap.workshop.domain.scheduling.AgendaProblem.Session;

/**
 * Counting arguments that prove an agenda impossible before any search, each with a plain explanation: too few
 * places, a session no room can hold, a speaker with more sessions than slots, more slots needed by plenaries than
 * exist, two sessions pinned to one place.
 */
final class Prechecks {

	private Prechecks() {
	}

	/**
	 * Hall's condition on classes of rooms: the sessions (besides plenaries) that need a room of at least c seats
	 * (with booths, when they need interpretation) cannot outnumber the places such rooms offer in the slots the
	 * plenaries leave free. Checked for every expected audience c, with and without booths.
	 */
	private static void roomClasses(AgendaProblem problem, int free, List<Conflict> conflicts) {
		for (boolean booths : new boolean[] { false, true }) {
			for (int seats : problem.sessions().stream().mapToInt(Session::audience).distinct().sorted().toArray()) {
				long rooms = problem.rooms()
					.stream()
					.filter(r -> r.capacity() >= seats && (!booths || r.interpretation()))
					.count();
				long needing = problem.sessions()
					.stream()
					.filter(s -> !s.plenary() && s.audience() >= seats && (!booths || s.needsInterpretation()))
					.count();
				if (needing > 0 && needing > rooms * free) {
					conflicts.add(Conflict.of(booths ? "roomClassBooths" : "roomClass", needing, seats, rooms, free,
							rooms * free));
					return;
				}
			}
		}
	}

	static List<Conflict> check(AgendaProblem problem) {
		List<Conflict> conflicts = new ArrayList<>();
		List<Session> sessions = problem.sessions();
		if (sessions.isEmpty()) {
			return conflicts;
		}
		int slots = problem.slots().size();
		int rooms = problem.rooms().size();
		if (slots == 0) {
			conflicts.add(Conflict.of("noSlots"));
		}
		if (rooms == 0) {
			conflicts.add(Conflict.of("noRooms"));
		}
		if (!conflicts.isEmpty()) {
			return conflicts;
		}
		if (sessions.size() > slots * rooms) {
			conflicts.add(Conflict.of("tooManySessions", sessions.size(), slots, rooms, slots * rooms));
		}
		int largest = problem.rooms().stream().mapToInt(Room::capacity).max().orElse(0);
		int largestBooth = problem.rooms().stream().filter(Room::interpretation).mapToInt(Room::capacity).max().orElse(0);
		long boothRooms = problem.rooms().stream().filter(Room::interpretation).count();
		int needingBooths = 0;
		for (Session session : sessions) {
			if (session.pinned()) {
				continue;
			}
			if (session.audience() > largest) {
				conflicts.add(Conflict.of("roomTooSmall", session.title(), session.audience(), largest));
			}
			else if (session.needsInterpretation() && boothRooms == 0) {
				conflicts.add(Conflict.of("noInterpretationRoom", session.title()));
			}
			else if (session.needsInterpretation() && session.audience() > largestBooth) {
				conflicts.add(Conflict.of("interpretationRoomTooSmall", session.title(), session.audience(), largestBooth));
			}
			if (session.needsInterpretation()) {
				needingBooths++;
			}
		}
		if (boothRooms > 0 && needingBooths > slots * boothRooms) {
			conflicts.add(Conflict.of("interpretationOverbooked", needingBooths, slots * boothRooms));
		}
		Map<Long, Integer> perSpeaker = new LinkedHashMap<>();
		for (Session session : sessions) {
			for (long speaker : session.speakerIds()) {
				perSpeaker.merge(speaker, 1, Integer::sum);
			}
		}
		perSpeaker.forEach((speaker, count) -> {
			if (count > slots) {
				conflicts.add(Conflict.of("speakerOverbooked", problem.speakerName(speaker), count, slots));
			}
		});
		long plenaries = sessions.stream().filter(Session::plenary).count();
		long others = sessions.size() - plenaries;
		if (plenaries > 0) {
			long needed = plenaries + (others + rooms - 1) / rooms;
			if (needed > slots) {
				conflicts.add(Conflict.of("plenariesNeedSlots", plenaries, others, needed, slots));
			}
		}
		boolean anyPinned = sessions.stream().anyMatch(Session::pinned);
		if (plenaries > 0 && plenaries <= slots && !anyPinned) {
			int free = (int) (slots - plenaries);
			perSpeaker.forEach((speaker, count) -> {
				long outsidePlenaries = sessions.stream()
					.filter(s -> !s.plenary() && s.speakerIds().contains(speaker))
					.count();
				if (count <= slots && outsidePlenaries > free) {
					conflicts.add(Conflict.of("speakerPlenaries", problem.speakerName(speaker), outsidePlenaries,
							plenaries, free));
				}
			});
			long boothsOutside = sessions.stream().filter(s -> !s.plenary() && s.needsInterpretation()).count();
			if (boothRooms > 0 && boothsOutside > (long) free * boothRooms
					&& needingBooths <= slots * boothRooms) {
				conflicts.add(Conflict.of("interpretationPlenaries", boothsOutside, plenaries, (long) free * boothRooms));
			}
		}
		if (plenaries <= slots && !anyPinned && conflicts.isEmpty()) {
			roomClasses(problem, (int) (slots - plenaries), conflicts);
		}
		Map<String, Session> pinnedPlaces = new HashMap<>();
		for (Session session : sessions) {
			if (!session.pinned()) {
				continue;
			}
			String place = session.pinnedSlot() + "/" + session.pinnedRoom();
			Session other = pinnedPlaces.putIfAbsent(place, session);
			if (other != null) {
				String slot = problem.slots().stream().filter(s -> Objects.equals(s.id(), session.pinnedSlot()))
					.map(AgendaProblem.Slot::label).findFirst().orElse("?");
				String room = problem.rooms().stream().filter(r -> Objects.equals(r.id(), session.pinnedRoom()))
					.map(Room::name).findFirst().orElse("?");
				conflicts.add(Conflict.of("pinnedSamePlace", other.title(), session.title(), slot, room));
			}
		}
		return conflicts;
	}

}
