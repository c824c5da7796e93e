package org.migracap.workshop.domain.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the scheduler places: sessions into (slot, room) pairs. A plenary has its slot to itself; a session with a
 * pinned place keeps it; a session's previous place is kept where the balance allows (fewer surprises after a
 * re-run).
 */
public record AgendaProblem(List<Slot> slots, List<Room> rooms, List<Session> sessions, Map<Long, String> speakerNames,
		Duration timeLimit) {

	public AgendaProblem {
		slots = List.copyOf(slots);
		rooms = List.copyOf(rooms);
		sessions = List.copyOf(sessions);
		speakerNames = Map.copyOf(speakerNames);
	}

	/** {@code label} names the slot in messages, e.g. "Tue 10 Mar 09:00". */
	public record Slot(long id, String label) {
	}

	public record Room(long id, String name, int capacity, boolean interpretation) {
	}

	public record Session(long id, String title, boolean plenary, int audience, boolean needsInterpretation,
			List<Long> speakerIds, @Nullable Long pinnedSlot, @Nullable Long pinnedRoom, @Nullable Long currentSlot,
			@Nullable Long currentRoom) {

		public Session {
			speakerIds = List.copyOf(speakerIds);
		}

		public boolean pinned() {
			return pinnedSlot != null && pinnedRoom != null;
		}

	}

	public String speakerName(long id) {
		return speakerNames.getOrDefault(id, "#" + id);
	}

}
