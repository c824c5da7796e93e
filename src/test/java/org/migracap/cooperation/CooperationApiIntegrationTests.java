package org.migracap.cooperation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migracap.cooperation.domain.AgreementService;
import org.migracap.cooperation.domain.AgreementStatus;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What workshops get from {@link CooperationApi}: drafting an agreement from a proposal and the common ground of
 * their participants.
 */
@MigraCapIntegrationTest
@Transactional
class CooperationApiIntegrationTests {

	static final CurrentUser FACILITATOR = new CurrentUser(3, "facilitator", "Facilitator", Set.of(Role.FACILITATOR), null);

	static final CurrentUser PARTICIPANT = new CurrentUser(4, "participant", "Participant", Set.of(Role.PARTICIPANT), null);

	static final CurrentUser FOCAL_GTM = new CurrentUser(6, "focal.gtm", "Guatemala", Set.of(Role.FOCAL_POINT), "GTM");

	@Autowired
	CooperationApi cooperation;

	@Autowired
	AgreementService agreements;

	@Test
	void aProposalBecomesAConfidentialDraftSeenByStaffAndThePartiesFocalPointsOnly() {
		long id = cooperation.proposeAgreement(new AgreementProposal("Joint border training", "memorandum_of_understanding",
				Set.of("GTM", "MEX"), EnumSet.of(FocusArea.B), "Agreed in the workshop", "workshop:12"), FACILITATOR);
		AgreementService.AgreementView draft = agreements.get(id, Optional.of(FOCAL_GTM));
		assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
		assertThat(draft.confidential()).isTrue();
		assertThat(draft.origin()).isEqualTo("workshop:12");
		assertThat(draft.states()).containsExactly("GTM", "MEX");
		assertThat(agreements.list(Optional.empty())).noneMatch(a -> a.id() == id);
		assertThat(agreements.list(Optional.of(PARTICIPANT))).noneMatch(a -> a.id() == id);
	}

	@Test
	void onlyStaffAndFacilitatorsProposeAndTheProposalMustBeValid() {
		AgreementProposal proposal = new AgreementProposal("T", "JOINT_PROGRAMME", Set.of("KEN"), Set.of(), "", "x");
		assertThatThrownBy(() -> cooperation.proposeAgreement(proposal, PARTICIPANT))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cooperation.proposeAgreement(
				new AgreementProposal("T", "TREATY", Set.of("KEN"), Set.of(), "", "x"), FACILITATOR))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> cooperation.proposeAgreement(
				new AgreementProposal("T", "JOINT_PROGRAMME", Set.of("ZZZ"), Set.of(), "", "x"), FACILITATOR))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> cooperation.proposeAgreement(
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
