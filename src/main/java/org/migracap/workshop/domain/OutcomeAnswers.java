package org.migracap.workshop.domain;

import org.migracap.cooperation.AgreementDrafted;
import org.migracap.cooperation.AgreementProposalRefused;
import org.migracap.planning.AreaWeightsApplied;
import org.migracap.planning.AreaWeightsRefused;
import org.migracap.request.ActionPointRequestRefused;
import org.migracap.request.RequestOpenedForActionPoint;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records what request, cooperation and planning answered to the workshop's outcome events (ADR workshop-06): the
 * request or the draft agreement of an action point, or the reason it was refused; the scenario a vote's area weights
 * were set on, or the reason planning refused them.
 */
@Component
class OutcomeAnswers {

	private final ConclusionService conclusions;

	private final BallotWeights weights;

	OutcomeAnswers(ConclusionService conclusions, BallotWeights weights) {
		this.conclusions = conclusions;
		this.weights = weights;
	}

	@ApplicationModuleListener
	void on(RequestOpenedForActionPoint opened) {
		conclusions.requestOpened(opened.actionPointId(), opened.requestId());
	}

	@ApplicationModuleListener
	void on(ActionPointRequestRefused refused) {
		conclusions.requestRefused(refused.actionPointId(), refused.reason());
	}

	@ApplicationModuleListener
	void on(AgreementDrafted drafted) {
		conclusions.agreementDrafted(drafted.actionPointId(), drafted.agreementId());
	}

	@ApplicationModuleListener
	void on(AgreementProposalRefused refused) {
		conclusions.agreementRefused(refused.actionPointId(), refused.reason());
	}

	@ApplicationModuleListener
	void on(AreaWeightsApplied applied) {
		weights.applied(applied.ballotId(), applied.scenarioId());
	}

	@ApplicationModuleListener
	void on(AreaWeightsRefused refused) {
		weights.refused(refused.ballotId(), refused.scenarioId(), refused.reason());
	}

}
