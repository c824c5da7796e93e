package org.migracap.workshop.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.workshop.domain.BallotService.BallotResults;
import org.migracap.workshopoutcome.Actor;
import org.migracap.workshopoutcome.AreaWeightsVoted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the vote on areas gives planning: the area weights of a closed ballot whose options are all focus areas, sent
 * to a planning scenario by the facilitator (and planning's answer), and the last such result for the workshop's
 * conclusion.
 */
@Service
public class BallotWeights {

	private static final Logger log = LoggerFactory.getLogger(BallotWeights.class);

	private final WorkshopAccess access;

	private final BallotAdministration administration;

	private final BallotCounting counting;

	private final PartnerModules partners;

	private final ApplicationEventPublisher events;

	BallotWeights(WorkshopAccess access, BallotAdministration administration, BallotCounting counting,
			PartnerModules partners, ApplicationEventPublisher events) {
		this.access = access;
		this.administration = administration;
		this.counting = counting;
		this.partners = partners;
		this.events = events;
	}

	/** Area weights of a closed ballot whose options are all focus areas, for a planning scenario. */
	@Transactional(readOnly = true)
	public Map<FocusArea, Double> areaWeights(long workshopId, long ballotId, CurrentUser user, Locale locale) {
		return closedAreaResult(access.managed(workshopId, user), ballotId, locale).areaWeights();
	}

	/**
	 * Sends a closed area ballot's weights to a planning scenario as {@link AreaWeightsVoted} (ADR workshop-06), on
	 * planning's scale (the voted areas average 1). Planning applies them after the commit and answers; until then
	 * the ballot says the weights were sent. A scenario that cannot take weights (adopted, or not offered) is refused
	 * here at once.
	 */
	@Transactional
	public void applyToScenario(long workshopId, long ballotId, long scenarioId, CurrentUser user, Locale locale) {
		Workshop workshop = access.managed(workshopId, user);
		BallotResults results = closedAreaResult(workshop, ballotId, locale);
		if (partners.scenarios().stream().noneMatch(s -> s.id() == scenarioId)) {
			throw RuleViolationException.conflict("workshop.ballot.error.scenarioNotOpen", scenarioId);
		}
		Ballot ballot = administration.find(workshop, ballotId);
		ballot.weightsSentScenarioId = scenarioId;
		ballot.weightsRefused = null;
		administration.save(ballot);
		events.publishEvent(new AreaWeightsVoted(workshop.id(), ballotId, scenarioId, results.planningWeights(),
				"workshop:" + workshopId + " vote " + ballotId, Actor.of(user)));
	}

	/** Planning set the weights sent from a ballot on the scenario. */
	@Transactional
	void applied(long ballotId, long scenarioId) {
		administration.findById(ballotId).ifPresentOrElse(ballot -> {
			ballot.appliedScenarioId = scenarioId;
			if (Objects.equals(ballot.weightsSentScenarioId, scenarioId)) {
				ballot.weightsSentScenarioId = null;
				ballot.weightsRefused = null;
			}
			administration.save(ballot);
		}, () -> log.warn("Area weights of ballot {} applied to scenario {}, but the ballot is gone", ballotId,
				scenarioId));
	}

	/** Planning refused the weights sent from a ballot; the ballot keeps the reason until they are sent again. */
	@Transactional
	void refused(long ballotId, long scenarioId, String reason) {
		administration.findById(ballotId).ifPresentOrElse(ballot -> {
			if (Objects.equals(ballot.weightsSentScenarioId, scenarioId)) {
				ballot.weightsRefused = reason;
				administration.save(ballot);
			}
		}, () -> log.warn("Area weights of ballot {} refused for scenario {}, but the ballot is gone", ballotId,
				scenarioId));
	}

	private BallotResults closedAreaResult(Workshop workshop, long ballotId, Locale locale) {
		Ballot ballot = administration.find(workshop, ballotId);
		ballot.requireStatus(BallotStatus.CLOSED);
		BallotResults results = counting.count(workshop, ballot, locale);
		if (results.areaWeights().isEmpty()) {
			throw RuleViolationException.conflict("workshop.ballot.error.notAreaBallot");
		}
		return results;
	}

	/** The last closed ballot of a workshop whose options are all areas, counted; for the conclusion event. */
	Optional<BallotResults> lastAreaResult(Workshop workshop, Locale locale) {
		List<Ballot> closed = new ArrayList<>(administration.ballotsOf(workshop.id())
			.stream()
			.filter(b -> b.status == BallotStatus.CLOSED)
			.toList());
		Collections.reverse(closed);
		for (Ballot ballot : closed) {
			BallotResults results = counting.count(workshop, ballot, locale);
			if (!results.areaWeights().isEmpty()) {
				return Optional.of(results);
			}
		}
		return Optional.empty();
	}

}
