package org.migracap.workshop.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants' short evaluation of a workshop: five ratings from 1 to 5 and a comment, once per confirmed
 * participant, anonymous (who answered is kept apart from the answers).
 */
@Service("workshopSurveyService")
public class SurveyService {

	public static final List<String> QUESTIONS = List.of("relevance", "material", "facilitation", "voting", "overall");

	private final WorkshopAccess access;

	private final RegistrationService registrations;

	private final JdbcClient jdbc;

	SurveyService(WorkshopAccess access, RegistrationService registrations, JdbcClient jdbc) {
		this.access = access;
		this.registrations = registrations;
		this.jdbc = jdbc;
	}

	public record SurveyCommand(int relevance, int material, int facilitation, int voting, int overall,
			@Nullable String comment) {

		int[] ratings() {
			return new int[] { relevance, material, facilitation, voting, overall };
		}

	}

	/** Per question: the mean rating and how many gave 1 … 5. */
	public record SurveyResults(int responses, int eligible, List<String> questions, double[] means, int[][] counts,
			List<String> comments) {

		public boolean empty() {
			return responses == 0;
		}

	}

	public enum MyStatus {

		NOT_REGISTERED, CLOSED, OPEN, ANSWERED

	}

	@Transactional(readOnly = true)
	public MyStatus status(long workshopId, CurrentUser user) {
		Workshop workshop = access.visible(workshopId, Optional.of(user));
		Optional<Registration> registration = registrations.confirmedRegistration(workshopId, user);
		if (registration.isEmpty()) {
			return MyStatus.NOT_REGISTERED;
		}
		if (answered(workshopId, registration.get().id())) {
			return MyStatus.ANSWERED;
		}
		return workshop.surveyOpen ? MyStatus.OPEN : MyStatus.CLOSED;
	}

	@Transactional
	public void answer(long workshopId, SurveyCommand command, CurrentUser user) {
		Workshop workshop = access.visible(workshopId, Optional.of(user));
		if (!workshop.surveyOpen) {
			throw RuleViolationException.conflict("workshop.survey.error.closed");
		}
		Registration registration = registrations.confirmedRegistration(workshopId, user)
			.orElseThrow(() -> RuleViolationException.conflict("workshop.survey.error.notRegistered"));
		record(workshop, registration, command);
	}

	void record(Workshop workshop, Registration registration, SurveyCommand command) {
		for (int rating : command.ratings()) {
			if (rating < 1 || rating > 5) {
				throw RuleViolationException.invalid("workshop.survey.error.rating");
			}
		}
		if (answered(workshop.id(), registration.id())) {
			throw RuleViolationException.conflict("workshop.survey.error.answered");
		}
		jdbc.sql("insert into workshop.survey_respondent (workshop_id, registration_id, answered_at) values (:w, :r, :at)")
			.param("w", workshop.id())
			.param("r", registration.id())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		String comment = Strings.blankToNull(command.comment());
		jdbc.sql("""
				insert into workshop.survey_answer (id, workshop_id, relevance, material, facilitation, voting, overall, comment)
				values (:id, :w, :a, :b, :c, :d, :e, :comment)""")
			.param("id", UUID.randomUUID().toString())
			.param("w", workshop.id())
			.param("a", command.relevance())
			.param("b", command.material())
			.param("c", command.facilitation())
			.param("d", command.voting())
			.param("e", command.overall())
			.param("comment", comment == null ? null : comment.length() > 2000 ? comment.substring(0, 2000) : comment)
			.update();
	}

	private boolean answered(long workshopId, long registrationId) {
		return jdbc.sql("select count(*) from workshop.survey_respondent where workshop_id = :w and registration_id = :r")
			.param("w", workshopId)
			.param("r", registrationId)
			.query(Integer.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	public SurveyResults results(long workshopId, Optional<CurrentUser> viewer) {
		Workshop workshop = access.visible(workshopId, viewer);
		return results(workshop);
	}

	SurveyResults results(Workshop workshop) {
		List<int[]> rows = jdbc.sql("""
				select relevance, material, facilitation, voting, overall from workshop.survey_answer
				where workshop_id = :w""")
			.param("w", workshop.id())
			.query((rs, i) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5) })
			.list();
		List<String> comments = new ArrayList<>(jdbc
			.sql("select comment from workshop.survey_answer where workshop_id = :w and comment is not null order by id")
			.param("w", workshop.id())
			.query(String.class)
			.list());
		double[] means = new double[QUESTIONS.size()];
		int[][] counts = new int[QUESTIONS.size()][5];
		for (int[] row : rows) {
			for (int q = 0; q < QUESTIONS.size(); q++) {
				means[q] += row[q];
				counts[q][row[q] - 1]++;
			}
		}
		for (int q = 0; q < QUESTIONS.size(); q++) {
			means[q] = rows.isEmpty() ? 0 : means[q] / rows.size();
		}
		return new SurveyResults(rows.size(), registrations.confirmed(workshop.id()).size(), QUESTIONS, means, counts,
				comments);
	}

}
