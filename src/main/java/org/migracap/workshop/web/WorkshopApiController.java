package org.migracap.workshop.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ETags;
import org.migracap.workshop.domain.AgendaService;
import org.migracap.workshop.domain.BallotService;
import org.migracap.workshop.domain.WorkshopService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workshops as JSON for signed-in users: the list, a workshop with its agenda, and a ballot's results (managers at
 * any time, everybody once the ballot is closed).
 */
@RestController
@Access
class WorkshopApiController {

	private final WorkshopService workshops;

	private final AgendaService agenda;

	private final BallotService ballots;

	WorkshopApiController(WorkshopService workshops, AgendaService agenda, BallotService ballots) {
		this.workshops = workshops;
		this.agenda = agenda;
		this.ballots = ballots;
	}

	record WorkshopJson(WorkshopService.WorkshopView workshop, AgendaService.AgendaView agenda) {
	}

	record ResultJson(long ballotId, String kind, int voters, int eligible, List<List<String>> ranking,
			Map<String, Double> scores, List<Map<String, Object>> perspectives, Double meanDisagreement) {
	}

	@GetMapping("/api/workshops")
	PagedModel<WorkshopService.WorkshopRow> list(@ParameterObject WorkshopListParameters parameters, Locale locale) {
		return new PagedModel<>(workshops.list(parameters.toFilter(), CurrentUser.required(), locale));
	}

	/** A workshop with its agenda; the entity tag is the workshop's version, for {@code PUT /api/workshops/{id}}. */
	@GetMapping("/api/workshops/{workshopId}")
	ResponseEntity<WorkshopJson> workshop(@PathVariable long workshopId, Locale locale) {
		Optional<CurrentUser> user = CurrentUser.current();
		WorkshopService.WorkshopView view = workshops.view(workshopId, user, locale);
		return ResponseEntity.ok()
			.eTag(ETags.of(view.version()))
			.body(new WorkshopJson(view, agenda.agenda(workshopId, user, locale)));
	}

	@GetMapping("/api/workshops/{workshopId}/ballots/{ballotId}/results")
	ResultJson results(@PathVariable long workshopId, @PathVariable long ballotId, Locale locale) {
		BallotService.BallotResults r = ballots.results(workshopId, ballotId, CurrentUser.current(), locale)
			.orElseThrow(() -> org.migracap.platform.RuleViolationException.conflict("workshop.results.afterClosing"));
		Map<String, Double> scores = new java.util.LinkedHashMap<>();
		for (BallotService.OptionView option : r.options()) {
			scores.put(option.label(), r.scores()[option.index()]);
		}
		List<Map<String, Object>> perspectives = r.perspectives()
			.stream()
			.map(p -> Map.<String, Object>of("perspective", p.perspective().name(), "voters", p.voters(), "hidden",
					p.hidden(), "ranking",
					p.tiers().stream().map(t -> t.stream().map(BallotService.OptionView::label).toList()).toList()))
			.toList();
		return new ResultJson(ballotId, r.ballot().kind().name(), r.voters(), r.eligible(),
				r.tiers().stream().map(t -> t.stream().map(BallotService.OptionView::label).toList()).toList(), scores,
				perspectives, r.meanDisagreement());
	}

}
