package org.migracap.request.domain;

import java.util.List;
import java.util.Set;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.request.ActionPointRequestRefused;
import org.migracap.request.HelpKind;
import org.migracap.request.RequestOpenedForActionPoint;
import org.migracap.request.Urgency;
import org.migracap.workshopoutcome.ActionPointAgreed;
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
 * Submits the assistance request a workshop agreed on for an action point (ADR workshop-06), as the workshop's
 * facilitator, IOM staff or a focal point of the country, marked with the action point as its origin, and answers
 * {@link RequestOpenedForActionPoint}. The request and the answer are written in one transaction of their own; when
 * the actor may not or the request is not valid, nothing is written and the answer is
 * {@link ActionPointRequestRefused}, so that the event publication completes instead of being retried forever. An
 * action point whose request already exists (the event delivered again) gets that request's id again.
 */
@Component
class ActionPointRequests {

	private static final Logger log = LoggerFactory.getLogger(ActionPointRequests.class);

	private final RequestService requests;

	private final AssistanceRequests stored;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate separately;

	ActionPointRequests(RequestService requests, AssistanceRequests stored, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.requests = requests;
		this.stored = stored;
		this.events = events;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener
	void on(ActionPointAgreed agreed) {
		try {
			separately.executeWithoutResult(status -> submit(agreed));
		}
		catch (AccessDeniedException ex) {
			refuse(agreed, "request.error.actionPointNotAllowed", ex);
		}
		catch (RuleViolationException ex) {
			refuse(agreed, ex.messageKey(), ex);
		}
		catch (NotFoundException ex) {
			refuse(agreed, "request.error.actionPointInvalid", ex);
		}
	}

	private void submit(ActionPointAgreed agreed) {
		long id = stored.findFirstByOriginOrderByIdAsc(agreed.origin()).map(AssistanceRequest::id).orElseGet(() -> {
			CurrentUser actor = agreed.actor().user();
			if (!actor.has(Role.FACILITATOR) && !actor.isStaff() && !actor.isFocalPointOf(agreed.iso3())) {
				throw new AccessDeniedException("Not allowed to create requests for " + agreed.iso3());
			}
			HelpKind kind;
			Urgency urgency;
			try {
				kind = HelpKind.valueOf(agreed.helpKind());
				urgency = Urgency.valueOf(agreed.urgency());
			}
			catch (IllegalArgumentException ex) {
				throw RuleViolationException.invalid("request.error.actionPointInvalid");
			}
			return requests.submit(new RequestService.NewRequest(List.of(agreed.iso3()), Set.of(agreed.area()), kind,
					urgency, agreed.title(), agreed.description(), null, null, agreed.origin(), List.of()), actor);
		});
		events.publishEvent(new RequestOpenedForActionPoint(agreed.actionPointId(), id));
	}

	private void refuse(ActionPointAgreed agreed, String reason, RuntimeException ex) {
		log.warn("Request for action point {} of workshop {} refused ({}): {}", agreed.actionPointId(),
				agreed.workshopId(), reason, ex.getMessage());
		events.publishEvent(new ActionPointRequestRefused(agreed.actionPointId(), reason));
	}

}
