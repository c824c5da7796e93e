package org.migracap.planning.domain;

import org.migracap.planning.AreaWeightsApplied;
import org.migracap.planning.AreaWeightsRefused;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.workshopoutcome.AreaWeightsVoted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets a scenario's area weights from a workshop's vote (ADR workshop-06) through
 * {@link ScenarioService#applyAreaWeights}, which lets IOM staff and facilitators only and refuses an adopted
 * scenario, and answers {@link AreaWeightsApplied}. The weights and the answer are written in one transaction of their
 * own; when planning refuses, the scenario is unchanged and the answer is {@link AreaWeightsRefused}, so that the event
 * publication completes instead of being retried forever.
 */
@Component
class VotedAreaWeights {

	private static final Logger log = LoggerFactory.getLogger(VotedAreaWeights.class);

	private final ScenarioService scenarios;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate separately;

	VotedAreaWeights(ScenarioService scenarios, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.scenarios = scenarios;
		this.events = events;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener
	void on(AreaWeightsVoted voted) {
		try {
			separately.executeWithoutResult(status -> {
				scenarios.applyAreaWeights(voted.scenarioId(), voted.weights(), voted.source(), voted.actor().user());
				events.publishEvent(new AreaWeightsApplied(voted.ballotId(), voted.scenarioId()));
			});
		}
		catch (AccessDeniedException ex) {
			refuse(voted, "planning.error.weightsNotAllowed", ex);
		}
		catch (RuleViolationException ex) {
			refuse(voted, ex.messageKey(), ex);
		}
		catch (NotFoundException ex) {
			refuse(voted, "planning.error.scenarioGone", ex);
		}
	}

	private void refuse(AreaWeightsVoted voted, String reason, RuntimeException ex) {
		log.warn("Area weights of vote {} (workshop {}) for scenario {} refused ({}): {}", voted.ballotId(),
				voted.workshopId(), voted.scenarioId(), reason, ex.getMessage());
		events.publishEvent(new AreaWeightsRefused(voted.ballotId(), voted.scenarioId(), reason));
	}

}
