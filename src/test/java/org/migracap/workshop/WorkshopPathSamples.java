package org.migracap.workshop;

import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the workshop endpoints, all from the demo workshop (organised by the demo facilitator): its open
 * approval ballot, its first session, room, slot, speaker, registration, invitation, question and action point.
 */
public class WorkshopPathSamples implements PathSamples {

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		if (!pattern.startsWith("/workshops") && !pattern.startsWith("/api/workshops")) {
			return Optional.empty();
		}
		long workshop = jdbc.sql("select min(id) from workshop.workshop where demo = true").query(Long.class).single();
		String sql = switch (variable) {
			case "workshopId" -> null;
			case "ballotId" -> "select max(id) from workshop.ballot where workshop_id = :w";
			case "optionId" -> "select min(id) from workshop.ballot_option where ballot_id = "
					+ "(select max(id) from workshop.ballot where workshop_id = :w)";
			case "sessionId" -> "select min(id) from workshop.agenda_session where workshop_id = :w";
			case "roomId" -> "select min(id) from workshop.room where workshop_id = :w";
			case "slotId" -> "select min(id) from workshop.time_slot where workshop_id = :w";
			case "speakerId" -> "select min(id) from workshop.speaker where workshop_id = :w";
			case "registrationId" -> "select min(id) from workshop.registration where workshop_id = :w";
			case "invitationId" -> "select min(id) from workshop.invitation where workshop_id = :w";
			case "questionId" -> "select min(id) from workshop.registration_question where workshop_id = :w";
			case "actionId" -> "select min(id) from workshop.action_point where workshop_id = :w";
			default -> "";
		};
		if (sql == null) {
			return Optional.of(String.valueOf(workshop));
		}
		if (sql.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(String.valueOf(jdbc.sql(sql).param("w", workshop).query(Long.class).single()));
	}

}
