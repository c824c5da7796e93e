package org.migracap.workshop.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.workshop.domain.BallotService.BallotResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the vote on areas gives planning: the area weights of a closed ballot whose options are all focus areas, set
 * on a planning scenario by the facilitator, and the last such result for the workshop's conclusion.
 */
@Service
public class BallotWeights {

	private final WorkshopAccess access;

	private final BallotAdministration administration;

	private final BallotCounting counting;

	private final PartnerModules partners;

	BallotWeights(WorkshopAccess access, BallotAdministration administration, BallotCounting counting,
			PartnerModules partners) {
		this.access = access;
		this.administration = administration;
		this.counting = counting;
		this.partners = partners;
	}

	/** Area weights of a closed ballot whose options are all focus areas, for a planning scenario. */
	@Transactional(readOnly = true)
	public Map<FocusArea, Double> areaWeights(long workshopId, long ballotId, CurrentUser user, Locale locale) {
		return closedAreaResult(access.managed(workshopId, user), ballotId, locale).areaWeights();
	}

	/** Sets a planning scenario's area weights from a closed area ballot. */
	@Transactional
	public void applyToScenario(long workshopId, long ballotId, long scenarioId, CurrentUser user, Locale locale) {
		Workshop workshop = access.managed(workshopId, user);
		BallotResults results = closedAreaResult(workshop, ballotId, locale);
		partners.applyAreaWeights(scenarioId, results.planningWeights(), "workshop:" + workshopId + " vote " + ballotId,
				user);
		Ballot ballot = administration.find(workshop, ballotId);
		ballot.appliedScenarioId = scenarioId;
		administration.save(ballot);
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
