package org.migracap.workshop.domain.scheduling;

import java.util.List;
import java.util.Map;

/** The scheduler's answer: a placement for every session, or the constraints that cannot all hold. */
public sealed interface AgendaSchedule {

	record Placement(long slotId, long roomId) {
	}

	/**
	 * @param optimal whether CP-SAT proved the balance optimal within the time limit
	 * @param spread the difference between the most and the fewest parallel sessions over slots without a plenary
	 * @param moved sessions placed elsewhere than before
	 */
	record Scheduled(Map<Long, Placement> placements, boolean optimal, int spread, int moved, long millis)
			implements AgendaSchedule {

		public Scheduled {
			placements = Map.copyOf(placements);
		}

	}

	record Impossible(List<Conflict> conflicts, long millis) implements AgendaSchedule {

		public Impossible {
			conflicts = List.copyOf(conflicts);
		}

	}

}
