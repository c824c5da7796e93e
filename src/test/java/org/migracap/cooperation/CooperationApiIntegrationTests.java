package org.migracap.cooperation;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migracap.cooperation.domain.AgreementService;
import org.migracap.cooperation.domain.AgreementStatus;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.support.EventPublications;
import org.migracap.support.MigraCapIntegrationTest;
import org.migracap.workshopoutcome.Actor;
import org.migracap.workshopoutcome.AgreementProposedByWorkshop;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What workshops get from cooperation: a draft agreement from their {@link AgreementProposedByWorkshop} event (ADR
 * workshop-06) and, from {@link CooperationApi}, the common ground of their participants.
 */
@MigraCapIntegrationTest
class CooperationApiIntegrationTests {

	static final CurrentUser FACILITATOR = new CurrentUser(3, "facilitator", "Facilitator", Set.of(Role.FACILITATOR), null);

	static final CurrentUser PARTICIPANT = new CurrentUser(4, "participant", "Participant", Set.of(Role.PARTICIPANT), null);

	static final CurrentUser FOCAL_GTM = new CurrentUser(6, "focal.gtm", "Guatemala", Set.of(Role.FOCAL_POINT), "GTM");

	@Autowired
	CooperationApi cooperation;

	@Autowired
	AgreementService agreements;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	void propose(AgreementProposedByWorkshop proposed) {
		transactions.executeWithoutResult(status -> events.publishEvent(proposed));
	}

	List<Long> agreementsWithOrigin(String origin) {
		return jdbc.sql("select id from cooperation.agreement where origin = :o").param("o", origin)
			.query(Long.class)
			.list();
	}

	/**
	 * The listener of {@link AgreementProposedByWorkshop} (ADR workshop-06) drafts a confidential agreement seen by
	 * staff and the parties' focal points only, answered with {@link AgreementDrafted}; delivered again, it drafts no
	 * second one.
	 */
	@Test
	void aWorkshopProposalBecomesAConfidentialDraftSeenByStaffAndThePartiesFocalPointsOnly() {
		String origin = "workshop:12 action " + System.nanoTime();
		AgreementProposedByWorkshop proposed = new AgreementProposedByWorkshop(12, -1, "Joint border training",
				"memorandum_of_understanding", Set.of("GTM", "MEX"), EnumSet.of(FocusArea.B), "Agreed in the workshop",
				origin, Actor.of(FACILITATOR));
		propose(proposed);
		await().atMost(EventPublications.PATIENCE).until(() -> agreementsWithOrigin(origin).size() == 1);
		long id = agreementsWithOrigin(origin).get(0);
		AgreementService.AgreementView draft = agreements.get(id, Optional.of(FOCAL_GTM));
		assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
		assertThat(draft.confidential()).isTrue();
		assertThat(draft.origin()).isEqualTo(origin);
		assertThat(draft.states()).containsExactly("GTM", "MEX");
		assertThat(agreements.list(Optional.empty())).noneMatch(a -> a.id() == id);
		assertThat(agreements.list(Optional.of(PARTICIPANT))).noneMatch(a -> a.id() == id);
		EventPublications.awaitCompleted(jdbc, "OutcomeAnswers", "\"agreementId\":" + id);

		propose(proposed);
		await().atMost(EventPublications.PATIENCE)
			.until(() -> EventPublications.count(jdbc, "WorkshopAgreements", origin, true) == 2);
		assertThat(agreementsWithOrigin(origin)).as("delivered again, no second draft").hasSize(1);
	}

	/** A proposal from somebody who may not, or with an unknown type, drafts nothing and is refused. */
	@Test
	void aWorkshopProposalFromAParticipantOrOfAnUnknownTypeDraftsNothing() {
		String outsider = "workshop:13 action " + System.nanoTime();
		String unknownType = "workshop:13 action " + System.nanoTime();
		propose(new AgreementProposedByWorkshop(13, -2, "T", "JOINT_PROGRAMME", Set.of("KEN", "UGA"), Set.of(), "",
				outsider, Actor.of(PARTICIPANT)));
		propose(new AgreementProposedByWorkshop(13, -3, "T", "TREATY", Set.of("KEN", "UGA"), Set.of(), "",
				unknownType, Actor.of(FACILITATOR)));
		EventPublications.awaitCompleted(jdbc, "WorkshopAgreements", outsider);
		EventPublications.awaitCompleted(jdbc, "WorkshopAgreements", unknownType);
		assertThat(agreementsWithOrigin(outsider)).isEmpty();
		assertThat(agreementsWithOrigin(unknownType)).isEmpty();
		assertThat(EventPublications.count(jdbc, "OutcomeAnswers", "cooperation.agreement.error.proposeNotAllowed",
				false)).isPositive();
		assertThat(EventPublications.count(jdbc, "OutcomeAnswers", "cooperation.agreement.error.type", false))
			.isPositive();
	}

	@Test
	@Transactional
	void onlyStaffAndFacilitatorsProposeAndTheProposalMustBeValid() {
		AgreementProposal proposal = new AgreementProposal("T", "JOINT_PROGRAMME", Set.of("KEN"), Set.of(), "", "x");
		assertThatThrownBy(() -> agreements.propose(proposal, PARTICIPANT))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> agreements.propose(
				new AgreementProposal("T", "TREATY", Set.of("KEN"), Set.of(), "", "x"), FACILITATOR))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> agreements.propose(
				new AgreementProposal("T", "JOINT_PROGRAMME", Set.of("ZZZ"), Set.of(), "", "x"), FACILITATOR))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> agreements.propose(
				new AgreementProposal("T", "JOINT_PROGRAMME", Set.of(), Set.of(), "", "x"), FACILITATOR))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void commonGroundOfTheDemoStancesListsSharedAndContestedObjectives() {
		// Demo stances (DemoCooperation): Senegal and Spain both support A1 (+2/+1) and both give C1 +2;
		// on G1 (return) Senegal says -2 and Spain +2: contested, 4 apart.
		CommonGroundView view = cooperation.commonGround(Set.of("SEN", "ESP"), Optional.of(FACILITATOR));
		assertThat(view.sharedObjectives()).contains("A1", "C1");
		assertThat(view.contestedObjectives()).first().isEqualTo("G1");
		assertThat(cooperation.objectives()).hasSize(34);
	}

	@Test
	void privateStancesStayOutOfOtherViewersCommonGround() {
		// Kenya's stances on D2, G1 and G3 are private (demo).
		CommonGroundView members = cooperation.commonGround(Set.of("KEN", "SAU"), Optional.of(PARTICIPANT));
		assertThat(members.contestedObjectives()).doesNotContain("G1", "G3");
		assertThat(members.sharedObjectives()).doesNotContain("D2");
		CommonGroundView publicView = cooperation.commonGround(Set.of("KEN", "SAU"), Optional.empty());
		assertThat(publicView.sharedObjectives()).containsOnly("X1");
	}

}
