package org.migracap.cooperation.domain;

import org.migracap.cooperation.AgreementDrafted;
import org.migracap.cooperation.AgreementProposal;
import org.migracap.cooperation.AgreementProposalRefused;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.workshopoutcome.AgreementProposedByWorkshop;
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
 * Drafts the agreement a workshop proposed for an action point (ADR workshop-06) through
 * {@link AgreementService#propose}, which lets IOM staff and workshop facilitators only, and answers
 * {@link AgreementDrafted}. The draft and the answer are written in one transaction of their own; when the actor may
 * not or the proposal is not valid, nothing is written and the answer is {@link AgreementProposalRefused}, so that the
 * event publication completes instead of being retried forever. An action point whose draft already exists (the
 * event delivered again) gets that draft's id again.
 */
@Component
class WorkshopAgreements {

	private static final Logger log = LoggerFactory.getLogger(WorkshopAgreements.class);

	private final AgreementService agreements;

	private final Agreements stored;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate separately;

	WorkshopAgreements(AgreementService agreements, Agreements stored, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.agreements = agreements;
		this.stored = stored;
		this.events = events;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener
	void on(AgreementProposedByWorkshop proposed) {
		try {
			separately.executeWithoutResult(status -> draft(proposed));
		}
		catch (AccessDeniedException ex) {
			refuse(proposed, "cooperation.agreement.error.proposeNotAllowed", ex);
		}
		catch (RuleViolationException ex) {
			refuse(proposed, ex.messageKey(), ex);
		}
		catch (NotFoundException ex) {
			refuse(proposed, "cooperation.agreement.error.proposalInvalid", ex);
		}
	}

	private void draft(AgreementProposedByWorkshop proposed) {
		long id = stored.findFirstByOriginOrderByIdAsc(proposed.origin())
			.map(Agreement::id)
			.orElseGet(() -> agreements.propose(new AgreementProposal(proposed.title(), proposed.type(),
					proposed.parties(), proposed.areas(), proposed.description(), proposed.origin()),
					proposed.actor().user()));
		events.publishEvent(new AgreementDrafted(proposed.actionPointId(), id));
	}

	private void refuse(AgreementProposedByWorkshop proposed, String reason, RuntimeException ex) {
		log.warn("Agreement for action point {} of workshop {} refused ({}): {}", proposed.actionPointId(),
				proposed.workshopId(), reason, ex.getMessage());
		events.publishEvent(new AgreementProposalRefused(proposed.actionPointId(), reason));
	}

}
