package org.migracap.workshop.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.migracap.mobility.CountryRole;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workshop report: who took part (by country, perspective and attendance), the agenda as held, the results of the
 * closed ballots, the minutes, the action points and the participants' evaluation; in the reader's language.
 */
@Service("workshopReportService")
public class ReportService {

	private final WorkshopAccess access;

	private final WorkshopService workshops;

	private final RegistrationService registrations;

	private final AgendaService agenda;

	private final BallotService ballots;

	private final ConclusionService conclusions;

	private final SurveyService survey;

	ReportService(WorkshopAccess access, WorkshopService workshops, RegistrationService registrations,
			AgendaService agenda, BallotService ballots, ConclusionService conclusions, SurveyService survey) {
		this.access = access;
		this.workshops = workshops;
		this.registrations = registrations;
		this.agenda = agenda;
		this.ballots = ballots;
		this.conclusions = conclusions;
		this.survey = survey;
	}

	public record Participation(int confirmed, int attended, int inPerson, int online, Map<String, Integer> byCountry,
			Map<CountryRole, Integer> byPerspective, int undeclared) {
	}

	public record Report(WorkshopService.WorkshopView workshop, Participation participation,
			AgendaService.AgendaView agenda, List<BallotService.BallotResults> results,
			ConclusionService.MinutesView minutes, List<ConclusionService.ActionView> actions,
			SurveyService.SurveyResults survey, Instant generatedAt) {
	}

	/** The report of a concluded workshop (its managers may preview it before). */
	@Transactional(readOnly = true)
	public Report report(long workshopId, Optional<CurrentUser> viewer, Locale locale) {
		Workshop workshop = access.visible(workshopId, viewer);
		boolean manager = viewer.map(u -> WorkshopAccess.canManage(workshop, u)).orElse(false);
		if (workshop.status != WorkshopStatus.CONCLUDED && !manager) {
			throw RuleViolationException.conflict("workshop.report.error.notConcluded");
		}
		List<Registration> confirmed = registrations.confirmed(workshopId);
		Map<String, Integer> byCountry = new TreeMap<>();
		Map<CountryRole, Integer> byPerspective = new EnumMap<>(CountryRole.class);
		int undeclared = 0;
		int attended = 0;
		int inPerson = 0;
		for (Registration r : confirmed) {
			byCountry.merge(r.countryCode == null ? "—" : r.countryCode, 1, Integer::sum);
			CountryRole p = registrations.perspectiveOf(r);
			if (p == null) {
				undeclared++;
			}
			else {
				byPerspective.merge(p, 1, Integer::sum);
			}
			attended += r.attended ? 1 : 0;
			inPerson += r.attendance == Attendance.IN_PERSON ? 1 : 0;
		}
		List<BallotService.BallotResults> results = new ArrayList<>();
		for (Ballot ballot : ballots.ballotsOf(workshopId)) {
			if (ballot.status == BallotStatus.CLOSED) {
				results.add(ballots.count(workshop, ballot, locale));
			}
		}
		return new Report(workshops.view(workshop, viewer, locale),
				new Participation(confirmed.size(), attended, inPerson, confirmed.size() - inPerson, byCountry,
						byPerspective, undeclared),
				agenda.agenda(workshop, locale), results, conclusions.minutes(workshopId, viewer, locale),
				conclusions.actions(workshopId, viewer, locale), survey.results(workshop), Instant.now());
	}

}
